/**
 * The resumable scan the content script drives: `step(deadline)` walks, builds the model and reads
 * facts in slices that stop at the deadline (true once facts are ready); `add(nodes)` queues subtrees that
 * arrived later; `facts()` gives the plain facts a frame can post; `report(extra)` only scores this
 * frame's facts merged with other frames' (`reportSteps` the same in steps that yield).
 */
import { META_EXPRESSIONS, metaKinds } from '../dom/meta';
import { buildModelSteps } from '../dom/model';
import { drain, type Steps } from '../dom/steps';
import { Walker, type WalkOptions } from '../dom/walk';
import type { PageReport } from '../report/types';
import { factsSteps, lastWarm, mergeFacts, OWN_SLICE, type PageFacts } from './facts';
import { scoreSteps } from './score';
import type { Thresholds } from './weights';

export type { PageFacts } from './facts';

export interface SessionOptions extends WalkOptions {
  /** the path or URL as given, copied to the report */
  source?: string;
  /** which frame this is ('top' or the frame's URL) */
  frame?: string;
  thresholds?: Thresholds;
}

export interface ScanSession {
  /** Work until `deadline` (a `performance.now()` value). Returns true when nothing is left to do. */
  step(deadline: number): boolean;
  /** Queue nodes that arrived later (from a MutationObserver); the next steps read them. */
  add(nodes: Iterable<Node>): void;
  /** What this frame gathered so far. */
  facts(): PageFacts;
  /** Score what was gathered (this frame's facts plus any merged in). */
  report(extra?: PageFacts[]): PageReport;
  /** `report` in steps that yield (see `scoreSteps`), for a caller with a time budget. */
  reportSteps(extra?: PageFacts[]): Steps<PageReport>;
  /** What the last step worked on (the walk, the page model, the facts), or 'done': for timing records. */
  stage(): ScanStage;
  /**
   * The longest single step of the last `step()` call and what it was (`warm-walk`: the walk's expressions
   * compiled; `walk`; `model`; `facts`: a few blocks read; `compile <what>`: one expression compiled for
   * the facts, `normalize`, `extract` or `contact cue` with the text's width, or a lexicon chunk named by
   * its language and first entry), with its length in ms: for timing records.
   */
  longestStep(): { what: string; ms: number };
}

export type ScanStage = 'walk' | 'model' | 'facts' | 'done';

/**
 * a step announced as a cold compile waits for the next slice when this one already ran this long (ms): a
 * compile of one lexicon chunk takes up to ~5 ms, so one that starts before this still ends within 10 ms
 * (and many short ones share a slice rather than each paying for a task of its own)
 */
const OWN_SLICE_MS = 3;

/**
 * Short texts of the kinds the walk reads for comment metadata (`metaKinds` on every short text piece):
 * two-byte and one-byte, with digits and without, a composite line. Before the first walk of a process its
 * expressions (`META_EXPRESSIONS`, about thirty) are each searched twice on a two-byte and a one-byte
 * sample, one expression at a time (V8 compiles a regex apart for each width of text, and again to machine
 * code on its second use: all of them at once took 10 ms and more, the walk's first slice), then
 * `metaKinds` reads each text twice, a few per slice.
 */
const WALK_WARM_TEXTS = ['用户772093', '广东', '3天前 · 广东', 'user 772093', 'Reply', 'May 1 · 12 likes'];
const WALK_WARM_SAMPLES = ['用户772093 3天前 · 广东', 'user 772093 May 1 · 12 likes'];
let walkWarmed = 0;

/** One unit of the walk's warm-up: an expression on one sample, or `metaKinds` on one text. */
function warmWalkUnit(i: number): void {
  const n = META_EXPRESSIONS.length * WALK_WARM_SAMPLES.length;
  if (i < n) {
    const re = META_EXPRESSIONS[i % META_EXPRESSIONS.length] as RegExp;
    const text = WALK_WARM_SAMPLES[Math.floor(i / META_EXPRESSIONS.length)] ?? '';
    re.test(text);
    re.test(text);
    re.lastIndex = 0;
    return;
  }
  const text = WALK_WARM_TEXTS[i - n] ?? '';
  metaKinds(text);
  metaKinds(text);
}

/** Warms the walk's metadata expressions until done (true) or until this slice has had its share (false). */
function warmWalk(deadline: number): boolean {
  const units = META_EXPRESSIONS.length * WALK_WARM_SAMPLES.length + WALK_WARM_TEXTS.length;
  const bounded = deadline !== Number.POSITIVE_INFINITY;
  const start = performance.now();
  let last = start;
  while (walkWarmed < units) {
    warmWalkUnit(walkWarmed++);
    if (!bounded) continue;
    const now = performance.now();
    if (now - start > OWN_SLICE_MS || now + (now - last) > deadline) return walkWarmed >= units;
    last = now;
  }
  return true;
}

export function createScanSession(doc: Document, opts: SessionOptions = {}): ScanSession {
  const walker = new Walker(doc, opts);
  // after the walk: the model, then facts, both in steps that yield now and then
  let steps: Generator<unknown, PageFacts, void> | undefined;
  let cached: PageFacts | undefined;
  let ms = 0;
  let stage: ScanStage = 'walk';
  let longest = { what: '', ms: 0 };
  /** the next step of the model and facts is a cold compile (the last one yielded OWN_SLICE): of what */
  let compiling: string | undefined;
  const note = (what: string, t: number) => {
    if (t > longest.ms) longest = { what, ms: t };
  };
  const timed = <T>(f: () => T): T => {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      ms += performance.now() - t0;
    }
  };
  const advance = (deadline: number): boolean => {
    if (cached) return true;
    if (!steps) stage = 'walk';
    const w0 = performance.now();
    const warmed = warmWalk(deadline);
    const w1 = performance.now();
    note('warm-walk', w1 - w0);
    if (!warmed) return false;
    const walked = walker.run(deadline);
    // the walk's own steps (32 nodes between two clock reads) are not timed apart: its part of the slice
    note('walk', performance.now() - w1);
    if (!walked) return false;
    steps ??= (function* (): Generator<unknown, PageFacts, void> {
      stage = 'model';
      yield;
      const model = yield* buildModelSteps(doc, walker.state);
      stage = 'facts';
      yield;
      // on the first blocks of each kind of text, the expressions compile one per step, each in a slice
      // of its own
      return yield* factsSteps(model, { frame: opts.frame, warm: true });
    })();
    const from = stage;
    const bounded = deadline !== Number.POSITIVE_INFINITY;
    const start = performance.now();
    let last = start;
    /** the longest step of this slice so far */
    let most = 0;
    for (;;) {
      const s0 = stage;
      const r = steps.next();
      if (r.done) {
        cached = r.value;
        stage = 'done';
        return true;
      }
      if (!bounded) continue;
      const now = performance.now();
      note(compiling ?? s0, now - last);
      // (a step announced without a compile is a block read after its compiles: a facts step)
      compiling = r.value === OWN_SLICE && lastWarm() ? `compile ${lastWarm()}` : undefined;
      // each stage starts in a slice of its own: the first steps of the model and of the facts are the
      // first use of their code and tables (the lexicons' regexes compile on first use)
      if (stage !== from) return false;
      // a cold compile announced by the steps starts a slice of its own, unless this one just began
      if (r.value === OWN_SLICE && now - start > OWN_SLICE_MS) return false;
      // the next step is taken to cost what the longest of this slice did (cold steps vary: a slice that
      // went by the last one alone ran past 10 ms when a short step came before a long one): stop when it
      // would end past the deadline
      most = Math.max(most, now - last);
      if (now + most > deadline) return false;
      last = now;
    }
  };
  const facts = () => {
    while (!cached) timed(() => advance(Number.POSITIVE_INFINITY));
    return cached as PageFacts;
  };
  return {
    step(deadline) {
      longest = { what: '', ms: 0 };
      return timed(() => advance(deadline));
    },
    longestStep: () => longest,
    add(nodes) {
      for (const n of nodes) walker.enqueue(n);
      steps = undefined;
      cached = undefined;
    },
    facts,
    stage: () => stage,
    report(extra = []) {
      return drain(this.reportSteps(extra));
    },
    *reportSteps(extra = []) {
      const own = facts();
      const merged = extra.length > 0 ? mergeFacts(own, extra) : own;
      const steps = scoreSteps(merged, { source: opts.source, thresholds: opts.thresholds, ms });
      for (;;) {
        const r = timed(() => steps.next());
        if (r.done) return r.value;
        yield;
      }
    },
  };
}
