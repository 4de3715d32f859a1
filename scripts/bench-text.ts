/**
 * Throughput of normalize + extractHandles per text block, on real Chinese texts when the shared datasets
 * are present (../shared/datasets/telecom-fraud-texts-5, evaluation only, never copied into the project),
 * else on a synthetic mix. Run: `npx tsx scripts/bench-text.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHandles, hasContactCue } from '../src/handles/extract';
import { normalize } from '../src/text/normalize';

const dataset = join(import.meta.dirname, '..', '..', 'shared', 'datasets', 'telecom-fraud-texts-5');

function rows(file: string): string[] {
  return readFileSync(join(dataset, file), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.replace(/,[^,]*$/u, ''))
    .filter((l) => l.length > 0);
}

let blocks: string[];
let label02: string[] = [];
if (existsSync(dataset)) {
  blocks = rows('label00-last.csv');
  label02 = rows('label02-last.csv');
  console.log(`dataset: ${blocks.length} normal texts (label00) from ${dataset}`);
} else {
  console.log('shared datasets absent: using a synthetic mix');
  const base = [
    '網(wǎng)貸逾期催收的合法方法有哪些?協(xié)商還款方式',
    '老师微信xys8775,点击复制',
    '今天天气不错 hello world 2024-12-03',
    '联系电话 138-0013-8127',
  ];
  blocks = Array.from({ length: 20_000 }, (_, i) => base[i % base.length] as string);
}

const bytes = blocks.reduce((s, b) => s + Buffer.byteLength(b), 0);
const chars = blocks.reduce((s, b) => s + b.length, 0);
for (let round = 0; round < 3; round++) {
  let hits = 0;
  const t0 = performance.now();
  for (const b of blocks) hits += extractHandles(normalize(b)).length;
  const t1 = performance.now();
  let cued = 0;
  for (const b of blocks) if (hasContactCue(b)) cued++;
  const t2 = performance.now();
  const s = (t1 - t0) / 1000;
  console.log(
    `round ${round}: ${blocks.length} blocks, ${(bytes / 1e6).toFixed(2)} MB UTF-8 (${chars} chars) in ${(s * 1000).toFixed(0)} ms = ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${(blocks.length / s).toFixed(0)} blocks/s, ${hits} hits; hasContactCue ${(t2 - t1).toFixed(0)} ms, true on ${cued}`,
  );
}

if (label02.length > 0) {
  const normal = blocks.map((b) => extractHandles(b).filter((h) => h.suspect));
  const fp = normal.filter((h) => h.length > 0).length;
  const kinds = new Map<string, number>();
  for (const hs of normal) for (const h of hs) kinds.set(h.kind, (kinds.get(h.kind) ?? 0) + 1);
  console.log(`normal texts with a suspect handle: ${fp}/${blocks.length}`, Object.fromEntries(kinds));
  const fraud = label02.map((b) => extractHandles(b).filter((h) => h.suspect));
  console.log(
    `loan-fraud texts (label02) with a suspect handle: ${fraud.filter((h) => h.length > 0).length}/${label02.length}`,
  );
  if (process.argv.includes('--show')) {
    for (let i = 0; i < blocks.length; i++) {
      const hs = normal[i] ?? [];
      if (hs.length > 0)
        console.log('N', hs.map((h) => `${h.kind}:${h.value}`).join(' '), '|', blocks[i]?.slice(0, 120));
    }
  }
}
