/**
 * `npm run bench:browser`: the content script's cost in Chromium.
 *
 * - main-thread time: a `--mode bench` build marks its work (`shillguard:*` measures: every scan slice,
 *   re-score, banner render, highlight); a Chromium trace gives the main-thread tasks those marks fall in,
 *   with their CPU time (`tdur`, which a busy machine does not inflate) and wall time; the task that
 *   evaluates the script (where `shillguard:start` begins: parse, module-level tables, `main()` up to its
 *   first await) is one of them;
 * - long tasks (> 50 ms wall) seen by the page's Long Tasks observer;
 * - size of the production content script, raw and gzipped, and of the scripts it has injected: the engine
 *   (into a frame with something to scan; its evaluation is one of the tasks above, marked `engine`) and the
 *   in-page UI.
 * On the seed page and on a generated page of about 100,000 nodes. `--runs N` (default 3); `--tasks` prints
 * each run's tasks in order with what ran in them (evaluation, engine, create, slice with its engine stages, report, banner;
 * with `[gc N]` where garbage collection took N wall ms inside it). Targets: no task over 50 ms, no scan slice over 10 ms, under
 * 10 ms in all on the seed page, under 60 KB gzipped (the content script, and the engine on its own).
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../harness/chromium';
import { ROOT } from '../harness/index';
import { startFixtureServer } from '../harness/server';

const PROD = join(ROOT, '.output/chrome-mv3');
const BENCH = join(ROOT, '.output/chrome-mv3-bench');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 3) : 3;
/** `--tasks`: print every run's tasks (what ran in each, CPU ms) */
const SHOW_TASKS = process.argv.includes('--tasks');
/** `--only <text>`: measure only the pages whose name holds it (`seed`, `100k`) */
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? (process.argv[onlyArg + 1] ?? '') : '';
/**
 * `--profile`: a CPU profile of each run (V8's sampler through CDP, 50 µs), summarised as the content
 * script's functions by self time and by total time; the build is not minified then (names readable)
 */
const PROFILE = process.argv.includes('--profile');

/** ~100,000 nodes: a long article and 2,000 comments, one thread of them passing a WeChat id around */
export function bigPage(targetNodes = 100_000): string {
  const words = ['还款', '逾期', '协商', '银行', '利息', '本金', '分期', '信用卡', '征信', '催收', '合同', '法律'];
  const sentence = (i: number) =>
    `${Array.from({ length: 12 }, (_, k) => words[(i * 7 + k * 3) % words.length]).join('')}。`;
  const parts: string[] = [];
  let nodes = 0;
  parts.push('<div class="article">');
  for (let i = 0; i < 400; i++, nodes += 2) parts.push(`<p>${sentence(i)}</p>`);
  parts.push('</div><ul class="comment-list">');
  let i = 0;
  while (nodes < targetNodes - 40) {
    const planted = i % 97 === 5;
    const text = planted ? `我也是找老师协商成功的,加老师微信:xys8775` : sentence(i);
    parts.push(
      `<li class="comment-item"><div class="comment-user"><span class="nick">用户${i}</span> <span class="area">广东</span></div>` +
        `<div class="comment-text">${text}</div><div class="comment-meta"><span class="time">${(i % 9) + 1}天前</span> <span class="zan">赞 ${i % 50}</span></div>` +
        `<ul class="reply-list"><li class="reply-item"><span class="reply-nick">回复${i}</span>: <span class="reply-text">${sentence(i + 1)}</span></li></ul></li>`,
    );
    // elements + text nodes per comment (counted once by hand from the markup above)
    nodes += 24;
    i++;
  }
  parts.push('</ul>');
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>大页面</title></head><body>${parts.join('')}</body></html>`;
}

interface Row {
  page: string;
  nodes: number;
  level: string;
  /** CPU time of the main-thread tasks that ran our code (trace `tdur`), summed */
  cpuTotal: number;
  /** the longest such task, CPU time */
  cpuLongest: number;
  /** the same tasks' wall time: under a loaded machine this grows, CPU time does not */
  wallLongest: number;
  /** CPU time of the task that evaluated the script (part of cpuTotal) */
  cpuEval: number;
  /** CPU time of the script's own evaluation events in that task (EvaluateScript of content.js) */
  cpuEvalOwn: number;
  /** the longest task's CPU time with the evaluation task counted by its own events only */
  cpuLongestOwn: number;
  /** CPU time of the tasks that only hand our measures to the timeline (`flush`, a bench build's own cost) */
  cpuFlush: number;
  /** how many times the script was evaluated in the page (more than once: injected again, see `measure`) */
  evaluations: number;
  tasks: number;
  longTasks: number;
  /** wall ms per kind of work (scan slices, report, banner render, ...) */
  parts: Record<string, number>;
  /** the longest scan slice (walk/model/facts) and scoring slice */
  slice: ReturnType<typeof longestSlice>;
  report: ReturnType<typeof longestSlice>;
  /** max over runs of the longest scan slice per stage */
  sliceStages: Record<string, number>;
}

const OBSERVER = `
  window.__sgLong = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__sgLong.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) {}
`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: Record<string, unknown>;
}

/**
 * From a trace: the main-thread tasks during which one of our `shillguard:*` measures started (a measure
 * is a user-timing async pair; its `b` event carries the start). A task here is a scheduler task plus the
 * microtask checkpoint that follows it (our async code resumes in those checkpoints).
 */
const MARK_SLACK_US = 200;

function ourTasks(events: TraceEvent[]) {
  const marks = events.filter(
    (e) => e.cat.includes('blink.user_timing') && e.name.startsWith('shillguard:') && e.ph === 'b',
  );
  // in start order, as the page's timeline lists them (the n-th slice here is the n-th slice there)
  marks.sort((a, b) => a.ts - b.ts);
  const main = marks[0];
  if (!main) return [];
  const top = events
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        e.ph === 'X' &&
        (e.name === 'ThreadControllerImpl::RunTask' ||
          e.name === 'RunTask' ||
          e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint'),
    )
    .sort((a, b) => a.ts - b.ts);
  // group: a task and the checkpoint right after it; nested events fold into the outer one
  const groups: { ts: number; end: number; cpu: number }[] = [];
  for (const e of top) {
    const end = e.ts + (e.dur ?? 0);
    const g = groups.at(-1);
    if (g && e.ts < g.end) continue; // nested
    if (g && e.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' && e.ts - g.end < 100) {
      g.end = end;
      g.cpu += e.tdur ?? e.dur ?? 0;
      continue;
    }
    groups.push({ ts: e.ts, end, cpu: e.tdur ?? e.dur ?? 0 });
  }
  const hit = new Map<(typeof groups)[number], string[]>();
  /** per task, the measures starting in it as [name, how many of that name came before] */
  const which = new Map<(typeof groups)[number], [string, number][]>();
  const seen = new Map<string, number>();
  let evaluation: (typeof groups)[number] | undefined;
  for (const m of marks) {
    const name = m.name.slice('shillguard:'.length);
    const nth = seen.get(name) ?? 0;
    seen.set(name, nth + 1);
    // a measure that starts its task (the engine's evaluation after a yield) can carry a start a few
    // microseconds before the task's own event: the clocks are converted apart
    const g = groups.find((x) => x.ts - MARK_SLACK_US <= m.ts && m.ts <= x.end);
    if (!g) continue;
    hit.set(g, [...(hit.get(g) ?? []), name]);
    which.set(g, [...(which.get(g) ?? []), [name, nth]]);
    if (m.name === 'shillguard:start') evaluation ??= g;
  }
  // garbage collection on the main thread inside each task (MinorGC/MajorGC events of devtools.timeline)
  const gcEvents = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && (e.name === 'MinorGC' || e.name === 'MajorGC'),
  );
  const gcIn = (g: (typeof groups)[number]) =>
    gcEvents.filter((e) => e.ts >= g.ts && e.ts < g.end).reduce((n, e) => n + (e.dur ?? 0), 0) / 1000;
  // what the trace saw inside each task besides our script (style, layout, GC...): wall ms per event name
  const nested = events.filter(
    (e) =>
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.ph === 'X' &&
      e.name !== 'RunTask' &&
      e.name !== 'ThreadControllerImpl::RunTask',
  );
  // the trace's own events of our script in a task: its evaluation (compile and top-level run of content.js),
  // CPU ms. The task that evaluates the script can hold the page's own work too (parsing, style): Chromium
  // runs a document_idle script in whatever task finds the document idle
  const scriptEvents = events.filter(
    (e) =>
      e.pid === main.pid &&
      e.tid === main.tid &&
      e.ph === 'X' &&
      e.name === 'EvaluateScript' &&
      String((e.args?.data as { url?: unknown } | undefined)?.url ?? '').endsWith('content-scripts/content.js'),
  );
  const ownIn = (g: (typeof groups)[number]) =>
    scriptEvents.filter((e) => e.ts >= g.ts && e.ts < g.end).reduce((n, e) => n + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  const inside = (g: (typeof groups)[number]) => {
    const o: Record<string, number> = {};
    for (const e of nested) if (e.ts >= g.ts && e.ts < g.end) o[e.name] = (o[e.name] ?? 0) + (e.dur ?? 0) / 1000;
    return o;
  };
  return [...hit]
    .sort((a, b) => a[0].ts - b[0].ts)
    .map(([g, names]) => ({
      inside: inside(g),
      gcMs: gcIn(g),
      ts: g.ts,
      end: g.end,
      cpuMs: g.cpu / 1000,
      wallMs: (g.end - g.ts) / 1000,
      evaluation: g === evaluation,
      /** CPU ms of the script's own evaluation events in this task (EvaluateScript of content.js) */
      ownEvalMs: ownIn(g),
      what: [...new Set(names.map((n) => (n === 'start' ? 'evaluation' : n)))].join('+'),
      measures: which.get(g) ?? [],
    }));
}

/** a measure as the page's performance timeline holds it (detail: a slice's engine stages; its longest step) */
interface Measure {
  name: string;
  ms: number;
  detail?: string;
}

/**
 * The longest slice of one kind ('slice': walk/model/facts; 'report': scoring): wall ms from the
 * measures, and CPU ms of the longest task that ran one such slice and nothing else of ours but the
 * session's creation (a slice is a task of its own).
 */
function longestSlice(
  tasks: ReturnType<typeof ourTasks>,
  measures: Measure[],
  kind: string,
): {
  wall: number;
  wallDetail: string;
  cpu: number;
  cpuDetail: string;
  count: number;
  /** the longest slice's CPU ms per stage it ran in ('walk', 'model→facts', ...) */
  byStage: Record<string, number>;
} {
  const mine = measures.filter((m) => m.name === kind);
  let wall = 0;
  let wallDetail = '';
  for (const m of mine) {
    if (m.ms > wall) {
      wall = m.ms;
      wallDetail = m.detail ?? '';
    }
  }
  let cpu = 0;
  let cpuDetail = '';
  const byStage: Record<string, number> = {};
  for (const t of tasks) {
    const own = t.measures.filter(([n]) => n === kind);
    if (own.length !== 1 || t.measures.some(([n]) => n !== kind && n !== 'create')) continue;
    const detail = mine[own[0]?.[1] ?? -1]?.detail ?? '';
    // a slice's detail: its stages, then its longest step and what it was ("facts; compile 4.2")
    const stages = detail.split(';')[0] ?? '';
    byStage[stages] = Math.max(byStage[stages] ?? 0, t.cpuMs);
    if (t.cpuMs > cpu) {
      cpu = t.cpuMs;
      cpuDetail = detail;
    }
  }
  return { wall, wallDetail, cpu, cpuDetail, count: mine.length, byStage };
}

async function measure(url: string, page: string): Promise<Row> {
  const run = await launchChromium(BENCH);
  try {
    const t = await run.open('about:blank');
    const p = run.pageOf(t);
    // on install the extension opens its welcome page, then injects the content script into the web tabs
    // already open (src/ext/welcome.ts): a page navigated to meanwhile got the script twice, the second
    // time in whatever task was running (once inside the 100,000-node page's parsing and style task, a
    // 141 ms task). A reader's page loads long after the install: wait for it to be over
    for (let waited = 0; waited < 10_000; waited += 100) {
      if (
        p
          .context()
          .pages()
          .some((x) => x.url().includes('/welcome.html'))
      )
        break;
      await p.waitForTimeout(100);
    }
    await p.waitForTimeout(500);
    await p.addInitScript(OBSERVER);
    const cdp = await p.context().newCDPSession(p);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => {
      for (const e of d.value) events.push(e as unknown as TraceEvent);
    });
    const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    if (PROFILE) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
    }
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'toplevel',
          'blink.user_timing',
          'devtools.timeline',
          ...(process.env.SG_TRACE_CATS ?? '').split(',').filter(Boolean),
        ],
        enableSampling: false,
      },
    });
    await p.goto(url, { waitUntil: 'load' });
    // wait until the content script stops recording
    let last = -1;
    for (let waited = 0; waited < 60_000; waited += 500) {
      await p.waitForTimeout(500);
      const n = await p.evaluate(
        () => performance.getEntriesByType('measure').filter((m) => m.name.startsWith('shillguard:')).length,
      );
      if (n > 0 && n === last) break;
      last = n;
    }
    const r = await p.evaluate(() => ({
      measures: performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('shillguard:'))
        .sort((a, b) => a.startTime - b.startTime)
        .map((m) => ({
          name: m.name.slice('shillguard:'.length),
          ms: m.duration,
          ...(typeof (m as PerformanceMeasure).detail === 'string'
            ? { detail: (m as PerformanceMeasure).detail as string }
            : {}),
        })),
      parts: performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('shillguard:') && m.name !== 'shillguard:start')
        .reduce<Record<string, number>>((o, m) => {
          const k = m.name.slice('shillguard:'.length);
          o[k] = (o[k] ?? 0) + m.duration;
          return o;
        }, {}),
      nodes: document.getElementsByTagName('*').length,
      long: (window as unknown as { __sgLong: number[] }).__sgLong,
      banner: !!document.querySelector('shillguard-banner'),
    }));
    await cdp.send('Tracing.end');
    await done;
    const tasks = ourTasks(events);
    if (PROFILE) {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      printProfile(page, profile);
      const file = join(tmpdir(), `shillguard-${page.replace(/\W+/gu, '-')}-${Date.now()}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      await writeFile(
        `${file}.tasks.json`,
        JSON.stringify(
          tasks.map((x) => ({
            ...x,
            measures: x.measures.map(([n, k]) => ({ n, k, ...r.measures.filter((m) => m.name === n)[k] })),
          })),
        ),
      );
      console.log(`profile: ${file}`);
    }
    if (SHOW_TASKS) {
      const label = (x: (typeof tasks)[number]) => {
        // each measure's detail (a slice's stages) and its own wall ms
        const details = x.measures
          .map(([n, k]) => r.measures.filter((m) => m.name === n)[k])
          .filter((m) => m?.detail !== undefined)
          .map((m) => `${m?.detail} ${m?.ms.toFixed(1)}w`);
        const gc = x.gcMs >= 1 ? ` [gc ${x.gcMs.toFixed(1)}]` : '';
        // in a task over 10 ms CPU, the trace's events that took 1 ms or more (wall, nested ones included)
        const big =
          x.cpuMs > 10
            ? ` {${Object.entries(x.inside)
                .filter(([, ms]) => ms >= 0.3)
                .sort((a, b) => b[1] - a[1])
                .slice(0, 10)
                .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
                .join('; ')}}`
            : '';
        return `${details.length > 0 ? `${x.what}(${details.join(',')})` : x.what}${gc}${big}`;
      };
      console.log(
        `${page}: ${tasks.map((x) => `${label(x)} ${x.cpuMs.toFixed(1)}`).join(', ')} (CPU ms per task, in order)`,
      );
    }
    const cpu = tasks.map((x) => x.cpuMs);
    const wall = tasks.map((x) => x.wallMs);
    return {
      page,
      nodes: r.nodes,
      level: r.banner ? 'banner' : 'no banner',
      cpuTotal: cpu.reduce((a, b) => a + b, 0),
      cpuLongest: Math.max(0, ...cpu),
      wallLongest: Math.max(0, ...wall),
      cpuEval: tasks.find((x) => x.evaluation)?.cpuMs ?? 0,
      cpuEvalOwn: tasks.find((x) => x.evaluation)?.ownEvalMs ?? 0,
      cpuLongestOwn: Math.max(0, ...tasks.map((x) => (x.evaluation ? x.ownEvalMs : x.cpuMs))),
      evaluations: r.measures.filter((m) => m.name === 'start').length,
      cpuFlush: tasks.filter((x) => x.what === 'flush').reduce((n, x) => n + x.cpuMs, 0),
      tasks: tasks.length,
      longTasks: r.long.length,
      parts: r.parts,
      slice: longestSlice(tasks, r.measures, 'slice'),
      report: longestSlice(tasks, r.measures, 'report'),
      sliceStages: {},
    };
  } finally {
    await run.close();
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * The samples whose stack holds the content script's code: self time per leaf (a V8 internal such as
 * '(garbage collector)' or a builtin is shown with the script's function that called it) and total time
 * per script function.
 */
function printProfile(page: string, p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = (id: number) => {
    const url = byId.get(id)?.callFrame.url ?? '';
    return url.includes('content-scripts/content.js') || url.endsWith('/engine.js') || url.endsWith('/page-ui.js');
  };
  const name = (id: number) => {
    const cf = byId.get(id)?.callFrame;
    return cf ? `${cf.functionName || '(anonymous)'}:${cf.lineNumber + 1}` : '?';
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const leaf = p.samples[i] as number;
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const stack: number[] = [];
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) stack.push(id);
    const first = stack.find(ours);
    if (first === undefined) continue;
    all += dt;
    const key = first === leaf ? name(leaf) : `${byId.get(leaf)?.callFrame.functionName || '?'} ← ${name(first)}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    for (const k of new Set(stack.filter(ours).map(name))) total.set(k, (total.get(k) ?? 0) + dt);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `  ${v.toFixed(1).padStart(6)}  ${k}`)
      .join('\n');
  console.log(
    `\n${page}: ${all.toFixed(1)} ms sampled in the content script\nself:\n${top(self, 40)}\ntotal:\n${top(total, 40)}`,
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main() {
  execFileSync('npx', ['wxt', 'build', '--mode', 'bench'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ...(PROFILE ? { SHILLGUARD_NO_MINIFY: '1' } : {}) },
  });
  const js = await readFile(join(PROD, 'content-scripts/content.js'));
  const gz = gzipSync(js, { level: 9 }).length;
  // the engine: injected into a frame that has something to scan (src/ext/content/engine.ts)
  const engineJs = await readFile(join(PROD, 'engine.js'));
  const engineGz = gzipSync(engineJs, { level: 9 }).length;
  // the in-page UI: injected into the top frame only when a warning is shown or the reader asks
  const uiJs = await readFile(join(PROD, 'page-ui.js'));

  const gen = await mkdtemp(join(tmpdir(), 'sg-bench-'));
  await writeFile(join(gen, 'big.html'), bigPage());
  const server = await startFixtureServer({ '/gen/': gen });
  const pages: [string, string][] = [
    ['seed-page.html', server.url('/fixtures/seed-page.html')],
    ['seed-page.simplified.html', server.url('/fixtures/seed-page.simplified.html')],
    ['generated 100k nodes', server.url('/gen/big.html')],
  ];
  const rows: Row[] = [];
  try {
    for (const [name, url] of pages) {
      if (!name.includes(ONLY)) continue;
      const runs: Row[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(url, name));
      const pick = (f: (r: Row) => number) => median(runs.map(f));
      rows.push({
        ...(runs[0] as Row),
        cpuTotal: pick((r) => r.cpuTotal),
        cpuEval: pick((r) => r.cpuEval),
        cpuEvalOwn: pick((r) => r.cpuEvalOwn),
        cpuLongestOwn: Math.max(...runs.map((r) => r.cpuLongestOwn)),
        evaluations: Math.max(...runs.map((r) => r.evaluations)),
        cpuFlush: pick((r) => r.cpuFlush),
        cpuLongest: Math.max(...runs.map((r) => r.cpuLongest)),
        wallLongest: Math.max(...runs.map((r) => r.wallLongest)),
        tasks: pick((r) => r.tasks),
        longTasks: Math.max(...runs.map((r) => r.longTasks)),
        slice: runs.map((r) => r.slice).reduce((a, b) => (b.cpu > a.cpu ? b : a)),
        report: runs.map((r) => r.report).reduce((a, b) => (b.cpu > a.cpu ? b : a)),
        sliceStages: runs.reduce<Record<string, number>>((o, r) => {
          for (const [k, v] of Object.entries(r.slice.byStage)) o[k] = Math.max(o[k] ?? 0, v);
          return o;
        }, {}),
      });
    }
  } finally {
    await server.close();
    await rm(gen, { recursive: true, force: true });
  }

  const f = (n: number) => n.toFixed(1);
  console.log(
    `\ncontent script in Chromium (median of ${RUNS} runs; longest = max over runs; load average ${loadavg()[0]?.toFixed(1)})\n`,
  );
  console.log(
    '| page | elements | result | tasks running our code | CPU ms in all | of which the bench record (flush) | of which script evaluation (task / own events) | longest task, CPU ms (task / evaluation by own events) | longest task, wall ms | long tasks seen by the page |',
  );
  console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.page} | ${r.nodes} | ${r.level} | ${r.tasks} | ${f(r.cpuTotal)} | ${f(r.cpuFlush)} | ${f(r.cpuEval)} / ${f(r.cpuEvalOwn)} | ${f(r.cpuLongest)} / ${f(r.cpuLongestOwn)} | ${f(r.wallLongest)} | ${r.longTasks} |`,
    );
  }
  console.log(
    "\nslices (a slice = one `step(deadline)` of the walk/model/facts (the walk 4 ms, the model and the facts 6 ms, a stage's first slice 3 ms: `src/ext/content/driver.ts`), or one scoring step; its own task, so its CPU is that task's; the run with the longest, with the stages it ran in and its longest step: `warm-walk`, `walk` (the walk's part of the slice), `model`, `facts` (a few blocks), `compile` (one expression compiled), wall ms). The longest *task* above can be the script's evaluation or an engine part's, which are not sliced.\n",
  );
  console.log(
    '| page | scan slices | longest scan slice, CPU ms | longest scan slice, wall ms | scoring slices | longest scoring slice, CPU ms |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const s = r.slice;
    console.log(
      `| ${r.page} | ${s.count} | ${f(s.cpu)} (${s.cpuDetail}) | ${f(s.wall)} (${s.wallDetail}) | ${r.report.count} | ${f(r.report.cpu)} |`,
    );
  }
  console.log('\nlongest scan slice per stage it ran in, CPU ms (max over runs):');
  for (const r of rows) {
    const stages = Object.entries(r.sliceStages)
      .map(([k, v]) => `${k || '?'} ${f(v)}`)
      .join(', ');
    console.log(`- ${r.page}: ${stages}`);
  }
  console.log('\nwhere the time goes (wall ms, first run; slice = engine steps, report = engine scoring):');
  for (const r of rows) {
    const parts = Object.entries(r.parts)
      .map(([k, v]) => `${k} ${f(v)}`)
      .join(', ');
    console.log(`- ${r.page}: ${parts}`);
  }
  console.log(
    `\ncontent.js (every page and frame): ${(js.length / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (target < 60 KB)` +
      `; engine.js (injected into a frame with something to scan): ${(engineJs.length / 1024).toFixed(1)} KB raw, ` +
      `${(engineGz / 1024).toFixed(1)} KB gzipped (the two together: ${((gz + engineGz) / 1024).toFixed(1)} KB)` +
      `; page-ui.js (injected when a warning is shown): ${(uiJs.length / 1024).toFixed(1)} KB raw, ` +
      `${(gzipSync(uiJs, { level: 9 }).length / 1024).toFixed(1)} KB gzipped (\`npm run size:content\`: by source)`,
  );
  console.log(
    '\n"own events": the evaluation task counted by the trace\'s EvaluateScript events of content.js only (a document_idle script runs in whatever task finds the document idle, which can also hold the page\'s own parsing and style work); "CPU ms in all" counts whole tasks.',
  );
  for (const r of rows.filter((x) => x.evaluations > 1))
    console.log(`- ${r.page}: the script was evaluated ${r.evaluations} times in one run (injected again)`);
  const seed = rows.find((r) => r.page === 'seed-page.html');
  const fails = [
    ...rows.filter((r) => r.cpuLongest > 50).map((r) => `${r.page}: a task over 50 ms CPU`),
    ...rows.filter((r) => r.slice.cpu > 10).map((r) => `${r.page}: a scan slice over 10 ms CPU`),
    ...(seed && seed.cpuTotal >= 10 ? [`seed page: ${f(seed.cpuTotal)} ms CPU in all (target < 10)`] : []),
    ...(gz >= 60 * 1024 ? ['content script over 60 KB gzipped'] : []),
    // the engine keeps the budget the content script had when it bundled the engine
    ...(engineGz >= 60 * 1024 ? ['engine script over 60 KB gzipped'] : []),
  ];
  console.log(fails.length ? `\nmissed targets:\n- ${fails.join('\n- ')}` : '\nall targets met');
}

await main();
