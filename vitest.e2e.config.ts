import { defineConfig } from 'vitest/config';

// Real-browser tests (`npm run e2e`): kept apart from `vitest run`, which never picks them up.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // one browser at a time: 2 cores, and both browsers start their own processes
    fileParallelism: false,
  },
});
