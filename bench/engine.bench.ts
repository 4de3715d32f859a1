/**
 * Engine benchmark (not a test): scanDocument on generated finance pages of 100, 1,000 and 10,000
 * comments, beside a bare TreeWalker text pass over the same linkedom document; the time of each
 * engine phase (walk, buildModel with findComments inside it, gatherFacts, scoreFacts); the seed pages
 * warm and cold; heap before and after scanning the largest page; optionally a CPU profile.
 *
 *   npm run bench                          table on stdout
 *   npm run bench -- --json out.json       the figures as JSON too (`--json` alone: JSON on stdout, table on stderr)
 *   npm run bench -- --profile             CPU profile of one scan of the largest page (top functions)
 *   npm run bench -- --sizes 100,1000 --runs 9 --no-seed
 *
 * Pages are parsed once per size, outside the timed part. Engine times are the median of several runs
 * after warm-up runs (fewer runs when one run is slow, never fewer than 3). Warm-up repeats until
 * WARM_MS is spent and WARM_MIN_RUNS ran (at most WARM_RUNS runs): one run of a small page is too little
 * work for the JIT to compile the engine, so the first size measured would time interpreted code, and
 * larger pages reach their steady speed only after a few scans (first-scan cost is the seed pages' cold
 * figure, and bench:browser's).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { findComments } from '../src/dom/comments';
import { buildModel } from '../src/dom/model';
import { Walker } from '../src/dom/walk';
import { gatherFacts } from '../src/engine/facts';
import { scanDocument } from '../src/engine/scan';
import { scoreFacts } from '../src/engine/score';
import type { PageReport } from '../src/report/types';
import { generatePage } from './page';
import { type ProfileSummary, profile } from './profile';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_RATIO = 5;
const AIM_RATIO = 3;
const TARGET_GROWTH = 12;
/** time budget for the timed runs of one size; runs stay between MIN_RUNS and --runs */
const BUDGET_MS = 30_000;
const MIN_RUNS = 3;
/**
 * warm-up runs repeat until this much time is spent and at least WARM_MIN_RUNS ran, up to WARM_RUNS runs:
 * V8 needs five to eight scans of the 1,000- and 10,000-comment pages before a scan runs at its steady
 * speed (one warm-up run left the timed runs of those pages 2-3 times slower than later ones)
 */
const WARM_MS = 400;
const WARM_MIN_RUNS = 8;
const WARM_RUNS = 10;

// ---- options ----
const argv = process.argv.slice(2);
function option(name: string): string | true | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === `--${name}`) {
      const next = argv[i + 1];
      return next !== undefined && !next.startsWith('--') ? next : true;
    }
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
  }
  return undefined;
}
const jsonOpt = option('json');
const sizesOpt = option('sizes');
const runsOpt = option('runs');
const SIZES = typeof sizesOpt === 'string' ? sizesOpt.split(',').map(Number) : [100, 1000, 10_000];
const MAX_RUNS = typeof runsOpt === 'string' ? Math.max(MIN_RUNS, Number(runsOpt)) : 7;
const PROFILE = option('profile') !== undefined;
const SEED = option('no-seed') === undefined;
// with `--json` alone the JSON goes to stdout and the table to stderr
const out = jsonOpt === true ? process.stderr : process.stdout;
const say = (s = '') => out.write(`${s}\n`);

const gc = (globalThis as { gc?: () => void }).gc;
const collect = () => gc?.();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** CPU time of this process (all threads) in ms: less disturbed than wall time on a busy machine */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Measured {
  /** wall-clock median */
  median: number;
  /** CPU-time median */
  cpu: number;
  runs: number[];
  warmup: number;
}

/**
 * warm-up (the first run, then more until WARM_MS), then runs until MAX_RUNS or the budget is spent (at
 * least MIN_RUNS). No full collection is forced between them: one deoptimises much of the code V8 has
 * optimised ("weak objects": about 35 functions of the walk, the model and the text layer each time,
 * linkedom's getAttributeNames among them), and scans need about five runs to reach their speed again;
 * a forced collection before every timed run made each
 * scan of the 1,000-comment page 2 to 2.5 times slower in CPU time than a scan in a row of scans (the
 * CLI's case). Callers collect before the warm-up; the collections the engine's own garbage brings are timed.
 */
function measure(f: () => void, warmed?: number): Measured {
  if (warmed === undefined) collect();
  const warmup = warmed ?? time(f);
  let warmSpent = warmup;
  for (let i = 1; i < WARM_RUNS && (i < WARM_MIN_RUNS || warmSpent < WARM_MS); i++) warmSpent += time(f);
  const runs: number[] = [];
  const cpus: number[] = [];
  let spent = 0;
  while (runs.length < MAX_RUNS && (runs.length < MIN_RUNS || spent < BUDGET_MS)) {
    const c0 = cpuMs();
    const t = time(f);
    cpus.push(cpuMs() - c0);
    runs.push(t);
    spent += t;
  }
  return { median: median(runs), cpu: median(cpus), runs, warmup };
}

type Doc = Document;

function treeWalkerPass(doc: Doc): { chars: number; texts: number } {
  const filter = (globalThis as { NodeFilter?: { SHOW_TEXT?: number } }).NodeFilter?.SHOW_TEXT ?? 4;
  const body = doc.body;
  if (!body) return { chars: 0, texts: 0 };
  const w = doc.createTreeWalker(body, filter);
  let chars = 0;
  let texts = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    chars += (n.nodeValue ?? '').length;
    texts++;
  }
  return { chars, texts };
}

function countNodes(doc: Doc): number {
  let n = 0;
  const stack: Node[] = doc.body ? [doc.body] : [];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    n++;
    for (let c = node.firstChild; c; c = c.nextSibling) stack.push(c);
  }
  return n;
}

interface Phases {
  walk: number;
  findComments: number;
  buildModel: number;
  gatherFacts: number;
  scoreFacts: number;
}

/** CPU time of f in ms */
function cpuTime(f: () => void): number {
  const c0 = cpuMs();
  f();
  return cpuMs() - c0;
}

/** The phases one scan goes through, in CPU time, one by one (findComments is also part of buildModel). */
function phases(doc: Doc): Phases {
  const time = cpuTime;
  const w = new Walker(doc);
  const walk = time(() => w.run());
  const findC = time(() => findComments(w.state));
  let model: ReturnType<typeof buildModel> | undefined;
  const build = time(() => {
    model = buildModel(doc, w.state);
  });
  if (!model) throw new Error('buildModel returned nothing');
  const m = model;
  let facts: ReturnType<typeof gatherFacts> | undefined;
  const gather = time(() => {
    facts = gatherFacts(m);
  });
  if (!facts) throw new Error('gatherFacts returned nothing');
  const f = facts;
  const score = time(() => scoreFacts(f));
  return { walk, findComments: findC, buildModel: build, gatherFacts: gather, scoreFacts: score };
}

function medianPhases(doc: Doc, runs: number): Phases {
  const all: Phases[] = [];
  // right after the timed runs of the same page: no collection forced (see `measure`)
  for (let i = 0; i < runs; i++) all.push(phases(doc));
  const pick = (k: keyof Phases) => median(all.map((p) => p[k]));
  return {
    walk: pick('walk'),
    findComments: pick('findComments'),
    buildModel: pick('buildModel'),
    gatherFacts: pick('gatherFacts'),
    scoreFacts: pick('scoreFacts'),
  };
}

interface SizeResult {
  comments: number;
  htmlKB: number;
  parseMs: number;
  nodes: number;
  textNodes: number;
  engineMs?: number;
  engineCpuMs?: number;
  engineRuns?: number[];
  warmupMs?: number;
  treeWalkerMs: number;
  treeWalkerCpuMs: number;
  ratio?: number;
  /** the same ratio in CPU time */
  cpuRatio?: number;
  usPerNode?: number;
  capped?: boolean;
  report?: { level: string; score: number; handles: number; suspect: number; threads: number; planted: number };
  generated: { handles: number; planted: number };
  phases?: Phases;
  /** heap used (bytes) before and after the warm-up scan; afterGc with the report still held */
  memory?: { before: number; afterScan: number; afterGc?: number; rss: number; evidence: number };
  error?: string;
}

const f1 = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(1));
const f2 = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(2));
const pad = (s: string, n: number) => s.padStart(n);

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : pad(c, widths[i] ?? 0))).join('  ');
}

function reportSummary(r: PageReport): NonNullable<SizeResult['report']> {
  return {
    level: r.level,
    score: r.score,
    handles: r.handles.length,
    suspect: r.handles.filter((h) => h.suspect).length,
    threads: r.threads.length,
    planted: r.threads.filter((t) => t.planted).length,
  };
}

// ---- generated pages ----
say(`ShillGuard engine benchmark  (node ${process.version}, linkedom, gc ${gc ? 'exposed' : 'NOT exposed'})`);
say(
  `machine: ${cpus().length} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} at start (wall times are inflated on a busy machine; CPU times less so)`,
);
say(
  `runs: median of ${MIN_RUNS}-${MAX_RUNS} after warm-up runs (at least ${WARM_MIN_RUNS} and until ${WARM_MS} ms, at most ${WARM_RUNS}; 'warmup ms' is the first); phases: median of up to 3 runs`,
);
say();

const results: SizeResult[] = [];
let largestDoc: Doc | undefined;
for (const n of SIZES) {
  const page = generatePage(n);
  const t0 = performance.now();
  const { document } = parseHTML(page.html);
  const parseMs = performance.now() - t0;
  const doc = document as unknown as Doc;
  largestDoc = doc;
  const tw = measure(() => treeWalkerPass(doc));
  const pass = treeWalkerPass(doc);
  const res: SizeResult = {
    comments: page.comments,
    htmlKB: Math.round(page.html.length / 1024),
    parseMs,
    nodes: countNodes(doc),
    textNodes: pass.texts,
    treeWalkerMs: tw.median,
    treeWalkerCpuMs: tw.cpu,
    generated: { handles: page.handles, planted: page.planted },
  };
  try {
    // the warm-up run also gives the heap around one scan
    collect();
    const before = process.memoryUsage().heapUsed;
    const t1 = performance.now();
    let last: PageReport | undefined = scanDocument(doc);
    const warmup = performance.now() - t1;
    const afterScan = process.memoryUsage().heapUsed;
    collect();
    res.memory = {
      before,
      afterScan,
      afterGc: gc ? process.memoryUsage().heapUsed : undefined,
      rss: process.memoryUsage().rss,
      evidence: last.evidence.length,
    };
    const m = measure(() => {
      last = scanDocument(doc);
    }, warmup);
    res.engineMs = m.median;
    res.engineCpuMs = m.cpu;
    res.cpuRatio = m.cpu / tw.cpu;
    res.engineRuns = m.runs;
    res.warmupMs = m.warmup;
    res.nodes = last.timings.nodes || res.nodes;
    res.capped = last.timings.capped;
    res.ratio = m.median / tw.median;
    res.usPerNode = (m.median * 1000) / res.nodes;
    res.report = reportSummary(last);
    res.phases = medianPhases(doc, m.median > 5000 ? 1 : 3);
  } catch (e) {
    res.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  results.push(res);
  say(
    `  ${n} comments: ${res.htmlKB} KB, parsed in ${f1(parseMs)} ms, ${res.nodes} nodes` +
      (res.error ? ` — ENGINE THREW:\n${res.error}` : `, engine ${f1(res.engineMs)} ms`),
  );
}
say();

const W = [8, 6, 7, 10, 10, 10, 6, 9, 9, 7, 8, 6, 24];
say(
  'Engine vs bare TreeWalker text pass (linkedom, parsed outside the timed part; wall-clock medians, CPU-time medians)',
);
say(
  row(
    [
      'comments',
      'KB',
      'nodes',
      'engine ms',
      'warmup ms',
      'walker ms',
      'ratio',
      'eng cpu',
      'walk cpu',
      'cpu rt',
      'us/node',
      'capped',
      'report',
    ],
    W,
  ),
);
for (const r of results) {
  const rep = r.report;
  say(
    row(
      [
        String(r.comments),
        String(r.htmlKB),
        String(r.nodes),
        r.error ? 'THREW' : f1(r.engineMs),
        f1(r.warmupMs),
        f2(r.treeWalkerMs),
        f1(r.ratio),
        f1(r.engineCpuMs),
        f2(r.treeWalkerCpuMs),
        f1(r.cpuRatio),
        f2(r.usPerNode),
        r.capped === undefined ? '-' : r.capped ? 'YES' : 'no',
        rep ? `${rep.level} ${rep.score} h${rep.suspect}/${rep.handles} t${rep.planted}/${rep.threads}` : '-',
      ],
      W,
    ),
  );
}
say('  report: level score, suspect/all handles, planted/all threads');
say();

const PW = [8, 9, 13, 11, 12, 11, 9];
say('Phases (CPU ms, medians; findComments is timed alone and again as part of buildModel)');
say(row(['comments', 'walk', 'findComments', 'buildModel', 'gatherFacts', 'scoreFacts', 'sum'], PW));
for (const r of results) {
  const p = r.phases;
  if (!p) continue;
  say(
    row(
      [
        String(r.comments),
        f1(p.walk),
        f1(p.findComments),
        f1(p.buildModel),
        f1(p.gatherFacts),
        f1(p.scoreFacts),
        f1(p.walk + p.buildModel + p.gatherFacts + p.scoreFacts),
      ],
      PW,
    ),
  );
}
say();

// ---- targets ----
interface Target {
  what: string;
  value: string;
  pass: boolean;
}
const targets: Target[] = [];
for (const r of results) {
  targets.push({
    what: `engine/TreeWalker ratio <= ${TARGET_RATIO} at ${r.comments} comments (aim ${AIM_RATIO})`,
    value: r.ratio === undefined ? 'threw' : `${r.ratio.toFixed(1)} (in CPU time ${f1(r.cpuRatio)})`,
    pass: r.ratio !== undefined && r.ratio <= TARGET_RATIO,
  });
}
const big = results.find((r) => r.comments >= 10_000);
const mid = results.find((r) => r.comments >= 1000 && r.comments < 10_000);
if (big) {
  targets.push({
    what: `no cap hit at ${big.comments} comments`,
    value: String(big.capped),
    pass: big.capped === false,
  });
}
let growth: number | undefined;
if (big?.engineMs !== undefined && mid?.engineMs !== undefined) {
  growth = big.engineMs / mid.engineMs;
  const cpuGrowth =
    big.engineCpuMs !== undefined && mid.engineCpuMs
      ? ` (in CPU time ${(big.engineCpuMs / mid.engineCpuMs).toFixed(1)}x)`
      : '';
  targets.push({
    what: `${big.comments}-comment page <= ${TARGET_GROWTH}x the ${mid.comments}-comment page`,
    value: `${growth.toFixed(1)}x${cpuGrowth}`,
    pass: growth <= TARGET_GROWTH,
  });
}
say('Targets');
for (const t of targets) say(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.what}: ${t.value}`);
say();

// ---- seed pages ----
interface SeedResult {
  file: string;
  nodes: number;
  engineMs: number;
  level: string;
  score: number;
  cold?: { loadMs: number; firstMs: number; secondMs: number };
  coldError?: string;
}
const seeds: SeedResult[] = [];
if (SEED) {
  say('Seed pages (engine median warm; cold = first scan in a fresh process, engine load time apart)');
  for (const name of ['seed-page.html', 'seed-page.simplified.html']) {
    const file = join(ROOT, 'tests/fixtures', name);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const doc = document as unknown as Doc;
    let last: PageReport | undefined;
    const m = measure(() => {
      last = scanDocument(doc);
    });
    const s: SeedResult = {
      file: name,
      nodes: last?.timings.nodes ?? 0,
      engineMs: m.median,
      level: last?.level ?? '-',
      score: last?.score ?? 0,
    };
    try {
      const line = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/cold.ts'), file], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      s.cold = JSON.parse(line.trim().split('\n').pop() ?? '{}');
    } catch (e) {
      s.coldError = e instanceof Error ? e.message : String(e);
    }
    seeds.push(s);
    say(
      `  ${name.padEnd(26)} ${String(s.nodes).padStart(4)} nodes  warm ${f2(s.engineMs)} ms  ` +
        (s.cold
          ? `cold first scan ${f1(s.cold.firstMs)} ms, second ${f2(s.cold.secondMs)} ms (engine load ${f1(s.cold.loadMs)} ms)`
          : `cold: ${s.coldError}`) +
        `  → ${s.level} ${s.score}`,
    );
  }
  say();
}

// ---- memory ----
const lastSize = results[results.length - 1];
if (lastSize?.memory) {
  const m = lastSize.memory;
  const mb = (x: number) => (x / 1048576).toFixed(1);
  const delta = (x: number) => `${x < 0 ? '-' : '+'}${mb(Math.abs(x))}`;
  say(
    `Memory around one scan of the ${lastSize.comments}-comment page (gc ${gc ? 'exposed' : 'NOT exposed: run with --expose-gc for retained figures'})`,
  );
  say(
    `  heap used before ${mb(m.before)} MB (page parsed), right after the scan ${mb(m.afterScan)} MB (${delta(m.afterScan - m.before)})` +
      (m.afterGc === undefined
        ? ''
        : `, after gc with the report kept ${mb(m.afterGc)} MB (${delta(m.afterGc - m.before)})`) +
      `; rss ${mb(m.rss)} MB; report with ${m.evidence} evidence`,
  );
  say();
}

// ---- profile ----
let prof: ProfileSummary | undefined;
if (PROFILE && largestDoc) {
  const doc = largestDoc;
  const save = join(tmpdir(), `shillguard-engine-${SIZES[SIZES.length - 1]}.cpuprofile`);
  prof = await profile(() => scanDocument(doc), { root: ROOT, top: 15, save });
  say(`CPU profile of one scan of the ${SIZES[SIZES.length - 1]}-comment page (${prof.ms} CPU ms; saved to ${save})`);
  say('  by self time:');
  for (const h of prof.self) {
    say(`  ${pad(String(h.selfMs), 7)} ms ${pad(h.selfPct.toFixed(1), 5)}%  ${h.name}  (${h.where})`);
  }
  say('  engine functions by total time (self + callees):');
  for (const h of prof.engine) say(`  ${pad(String(h.totalMs), 7)} ms  ${h.name}  (${h.where})`);
  say();
}

// ---- JSON ----
if (jsonOpt !== undefined) {
  const json = JSON.stringify(
    {
      node: process.version,
      gcExposed: Boolean(gc),
      cores: cpus().length,
      loadAverage: loadavg(),
      targets: { ratio: TARGET_RATIO, aimRatio: AIM_RATIO, growth: TARGET_GROWTH },
      sizes: results,
      growth,
      checks: targets,
      seeds,
      profile: prof,
    },
    null,
    2,
  );
  if (jsonOpt === true) process.stdout.write(`${json}\n`);
  else {
    writeFileSync(jsonOpt, `${json}\n`);
    say(`JSON written to ${jsonOpt}`);
  }
}
if (results.some((r) => r.error)) process.exitCode = 1;
