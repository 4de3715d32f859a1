#!/usr/bin/env node
// The `shillguard` command. The scanner is TypeScript; tsx's loader compiles it in memory at start-up
// (no build step, nothing written to the project). bin/tsconfig.json gives it the project's path
// aliases, so the command also works before `wxt prepare` has generated .wxt/.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/main.ts');
await main(process.argv.slice(2));
