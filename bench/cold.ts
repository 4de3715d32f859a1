/**
 * The cold first scan of one page, run in a fresh process by the engine benchmark: how long loading
 * the engine takes, then the first scan (lexicons compiled, nothing optimised yet), then a second.
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';

const file = process.argv[2];
if (!file) throw new Error('usage: cold.ts <page.html>');
const html = readFileSync(file, 'utf8');
const { document } = parseHTML(html);
const t0 = performance.now();
const { scanDocument } = await import('../src/engine/scan');
const t1 = performance.now();
const first = scanDocument(document as unknown as Document);
const t2 = performance.now();
scanDocument(document as unknown as Document);
const t3 = performance.now();
process.stdout.write(
  `${JSON.stringify({ loadMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2, level: first.level, score: first.score })}\n`,
);
