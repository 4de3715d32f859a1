/**
 * `npm run size:content`: what the content script's bytes are. Builds the Chrome extension with source
 * maps (`SHILLGUARD_SOURCEMAP=1`), then charges every mapped piece of `content.js` (and of the scripts it
 * has injected: the engine, `engine.js`, and the in-page UI, `page-ui.js`) to the source it came from: raw bytes and the gzipped size of that source's
 * pieces alone (pieces compress together in the bundle, so the gzipped column sums to more than the
 * file). `--no-build` reads the last build; `--top N` rows per file (default 40).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.output/chrome-mv3');
const topArg = process.argv.indexOf('--top');
const TOP = topArg > 0 ? Number(process.argv[topArg + 1]) || 40 : 40;

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, SHILLGUARD_SOURCEMAP: '1' },
  });
}

const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1);

async function breakdown(file: string): Promise<void> {
  const path = join(OUT, file);
  if (!existsSync(`${path}.map`)) throw new Error(`${file}.map missing: build with SHILLGUARD_SOURCEMAP=1`);
  const js = readFileSync(path, 'utf8');
  const lines = js.split('\n');
  const per = new Map<string, string[]>();
  await SourceMapConsumer.with(JSON.parse(readFileSync(`${path}.map`, 'utf8')), null, (c) => {
    const segs: { line: number; col: number; source: string }[] = [];
    c.eachMapping((m) => {
      segs.push({ line: m.generatedLine, col: m.generatedColumn, source: m.source ?? '(unmapped)' });
    });
    segs.sort((a, b) => a.line - b.line || a.col - b.col);
    for (const [i, s] of segs.entries()) {
      const next = segs[i + 1];
      const line = lines[s.line - 1] ?? '';
      const piece = line.slice(s.col, next && next.line === s.line ? next.col : line.length);
      const src = s.source.replace(/^.*node_modules\//u, 'node_modules/').replace(/^(\.\.\/)+/u, '');
      per.set(src, [...(per.get(src) ?? []), piece]);
    }
  });
  const rows = [...per].map(([src, pieces]) => {
    const text = pieces.join('');
    return { src, raw: Buffer.byteLength(text), gz: gz(text) };
  });
  rows.sort((a, b) => b.raw - a.raw);
  console.log(
    `\n${file}: ${kb(Buffer.byteLength(js))} KB raw, ${kb(gz(js))} KB gzipped (sources: raw bytes, their pieces gzipped alone)`,
  );
  for (const r of rows.slice(0, TOP)) console.log(`${String(r.raw).padStart(8)} ${String(r.gz).padStart(7)}  ${r.src}`);
  const rest = rows.slice(TOP);
  if (rest.length > 0)
    console.log(`${String(rest.reduce((n, r) => n + r.raw, 0)).padStart(8)}          ${rest.length} more`);
}

await breakdown('content-scripts/content.js');
await breakdown('engine.js');
await breakdown('page-ui.js');
