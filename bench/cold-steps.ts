/**
 * The content script's cold scan of one page, step by step, in a fresh Node process: the lexicons given
 * their build-time data and chunks as the extension gives them (`LEXICON_PREFIXES`), the engine loaded,
 * then one session stepped with a slice budget as the content script's driver does. Prints each slice's
 * CPU time and its longest step, and the totals per stage: where a cold first scan's time goes, with V8's
 * first-run costs (regex compiles, lazy function compiles) included. Not a timed test: a tool.
 *
 *   npx tsx bench/cold-steps.ts [page.html] [--slices]
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { LEXICON_PREFIXES, LEXICONS } from '../src/ext/lexicons';
import { givePrefixes } from '../src/lexicon/types';
import { Scanner } from '../src/text/scan';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/seed-page.html';
const showSlices = args.includes('--slices');
for (const [name, entries] of Object.entries(LEXICONS)) {
  const p = LEXICON_PREFIXES[name];
  if (p) givePrefixes(entries, p);
}
/** each Scanner warm-up (one regex compiled) with its time and the head of its pattern */
const warms: [number, string][] = [];
const warm = Scanner.prototype.warm;
Scanner.prototype.warm = function (this: Scanner, text: string) {
  const t0 = performance.now();
  warm.call(this, text);
  const src = (this as unknown as { source: string }).source;
  const flags = (this as unknown as { ascii: boolean }).ascii ? 'ascii' : 'u';
  warms.push([
    performance.now() - t0,
    `${src.length} chars ${flags} ${/[^\t-\u00ff]/u.test(text) ? 'wide' : 'narrow'}: ${src.slice(0, 50)}`,
  ]);
};
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** `--regexes`: every regex's first two searches of each width of text timed (V8 compiles it then; CPU time), by stage */
const firstUses = new Map<string, number>();
let stageNow = 'load';
if (args.includes('--regexes')) {
  const exec = RegExp.prototype.exec;
  const seen = new WeakMap<RegExp, number>();
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    let wide = 1;
    const str = String(text);
    for (let i = 0; i < str.length; i++) {
      const c = str.charCodeAt(i);
      if (c > 0xff || c < 9) {
        wide = 2;
        break;
      }
    }
    const uses = seen.get(this) ?? 0;
    const count = (uses >> (wide * 4)) & 15;
    if (count >= 2) return exec.call(this, text);
    seen.set(this, uses + (1 << (wide * 4)));
    const t0 = cpu();
    const r = exec.call(this, text);
    const key = `${stageNow}\t${wide === 2 ? 'wide' : 'narrow'}\t/${this.source.slice(0, 70)}/${this.flags}`;
    firstUses.set(key, (firstUses.get(key) ?? 0) + cpu() - t0);
    return r;
  };
}
const { document } = parseHTML(readFileSync(file, 'utf8'));
const l0 = cpu();
const { createScanSession } = await import('../src/engine/session');
const loadMs = cpu() - l0;
if (args.includes('--split')) {
  // the first-use costs the session pays inside its steps, paid here one by one
  const { normalize } = await import('../src/text/normalize');
  const { extractHandles } = await import('../src/handles/extract');
  const { metaKinds } = await import('../src/dom/meta');
  const wide =
    '逾期被催收,找老师协商成功了,停息挂账,免费咨询,加老师微信 laoshi8899 谢谢,骗子,风险提示,法务,先交保证金才能放款,贷款,股票群';
  const narrow =
    'I lost my savings. Mrs Susan Clark helped me recover my funds, contact her on WhatsApp +1 415 555 0182. Free consultation, beware of scams';
  const time = (what: string, f: () => unknown) => {
    const t0 = cpu();
    f();
    console.log(`${(cpu() - t0).toFixed(1).padStart(6)}  ${what}`);
  };
  time('metaKinds (walk texts)', () =>
    ['用户772093', '广东', '3天前 · 广东', 'user 772093', 'Reply', 'May 1 · 12 likes'].map((t) => metaKinds(t)),
  );
  time('metaKinds again', () =>
    ['用户772093', '广东', '3天前 · 广东', 'user 772093', 'Reply', 'May 1 · 12 likes'].map((t) => metaKinds(t)),
  );
  time('normalize wide', () => normalize(wide));
  time('normalize wide again', () => normalize(wide));
  time('extract wide', () => extractHandles(normalize(wide)));
  time('extract wide again', () => extractHandles(normalize(wide)));
  time('normalize narrow', () => normalize(narrow));
  time('extract narrow', () => extractHandles(normalize(narrow)));
  time('extract narrow again', () => extractHandles(normalize(narrow)));
}
const session = createScanSession(document as unknown as Document, { isVisible: () => true });
const perStage = new Map<string, number>();
const slices: string[] = [];
let longest = { ms: 0, what: '' };
const s0 = cpu();
const drive = () => {
  for (let cold = true; ; ) {
    const from = session.stage();
    const t0 = cpu();
    const done = session.step(performance.now() + (cold ? 3 : 8));
    const ms = cpu() - t0;
    const to = session.stage();
    cold = to !== from;
    const step = session.longestStep();
    stageNow = to;
    const what = `${from === to ? from : `${from}→${to}`}; ${step.what} ${step.ms.toFixed(1)}`;
    slices.push(`${ms.toFixed(1)} (${what})`);
    perStage.set(from, (perStage.get(from) ?? 0) + ms);
    if (ms > longest.ms) longest = { ms, what };
    if (done) break;
  }
};
if (args.includes('--profile')) {
  const { profile } = await import('./profile');
  const sum = await profile(drive, { root: process.cwd(), top: 40 });
  for (const r of sum.self) console.log(`${String(r.selfMs).padStart(5)} ${r.name} ${r.where}`);
  console.log('inclusive:');
  for (const r of sum.engine) console.log(`${String(r.totalMs).padStart(5)} ${r.name} ${r.where}`);
} else drive();
const scanMs = cpu() - s0;
const r0 = cpu();
const report = session.report();
const reportMs = cpu() - r0;
if (showSlices) console.log(slices.join('\n'));
if (firstUses.size > 0) {
  const rows = [...firstUses].sort((a, b) => b[1] - a[1]);
  for (const [k, ms] of rows.slice(0, Number(process.env.TOP ?? 40))) console.log(`${ms.toFixed(2).padStart(7)}  ${k}`);
  const byStage = new Map<string, number>();
  for (const [k, ms] of rows) byStage.set(k.split('\t')[0] ?? '', (byStage.get(k.split('\t')[0] ?? '') ?? 0) + ms);
  console.log('first searches by stage (ms):', Object.fromEntries([...byStage].map(([k, v]) => [k, +v.toFixed(1)])));
}
if (args.includes('--warms')) {
  for (const [ms, what] of warms.sort((a, b) => b[0] - a[0])) console.log(`${ms.toFixed(2).padStart(7)}  ${what}`);
  console.log(`${warms.length} Scanners warmed, ${warms.reduce((n, [ms]) => n + ms, 0).toFixed(1)} ms`);
}
console.log(
  JSON.stringify({
    loadMs: +loadMs.toFixed(1),
    scanMs: +scanMs.toFixed(1),
    reportMs: +reportMs.toFixed(1),
    slices: slices.length,
    longest: `${longest.ms.toFixed(1)} (${longest.what})`,
    stages: Object.fromEntries([...perStage].map(([k, v]) => [k, +v.toFixed(1)])),
    level: report.level,
  }),
);
