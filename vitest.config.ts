import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    // the ReDoS check builds large automata for the lexicons' alternations; the default heap is too small
    execArgv: ['--max-old-space-size=8192'],
  },
});
