/**
 * The ReDoS check itself (redos-detector on a bounded, anchored form of a pattern), shared by the test
 * (tests/redos.test.ts) and the worker threads it runs the checks in (tests/redos-worker.ts).
 */
import { isSafePattern } from 'redos-detector';
/** a pattern cut at its top-level `|` (outside groups and classes): the split the lexicons compile by */
import { topAlternatives as splitTop } from '../src/lexicon/types';

/**
 * redos-detector, as is, scores any unbounded backtracking as unsafe, even the linear kind of an unanchored
 * `a\\s+x`, and takes seconds per pattern. So each pattern is checked in a bounded, anchored form:
 * `*`, `+` and `{n,}` repeat at most BOUND times and the pattern is wrapped in `^(?:...)` (the engine's
 * retry at every start position is the linear baseline of every regex). In that form a linear pattern
 * scores 1–2, a quadratic one about BOUND, and nested or overlapping quantifiers ((a+)+, (\\w+\\s?)*)
 * exceed MAX_SCORE. Quadratic patterns (about BOUND) pass: a known gap. A check that runs out of time or
 * steps is inconclusive and printed as a warning.
 */
export const BOUND = 12;
export const MAX_SCORE = 60;
/**
 * Long enough that every pattern here reaches a verdict or the step limit before the clock, on a loaded
 * machine too: a verdict that depends on the clock differs between machines (a check that timed out here
 * once reached its score limit, and failed, on a faster one)
 */
export const CHECK_MS = 20_000;
/**
 * redos-detector's default step limit. Past it the checker's score is a count of paths found, not a
 * measure of backtracking: more steps turn long, linear alternations of words into false alarms.
 */
export const MAX_STEPS = 20_000;

export function bounded(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '\\') {
      out += c + (p[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === '*') out += `{0,${BOUND}}`;
    else if (c === '+') out += `{1,${BOUND}}`;
    else if (c === '{' && /^\{\d+,\}/u.test(p.slice(i))) {
      const m = /^\{(\d+),\}/u.exec(p.slice(i)) as RegExpExecArray;
      out += `{${m[1]},${Number(m[1]) + BOUND}}`;
      i += m[0].length - 1;
    } else out += c;
  }
  return out;
}

export interface CheckResult {
  safe: boolean;
  /** the checker ran out of time or steps: no verdict */
  inconclusive: boolean;
  detail: string;
}

export function check(source: string, flags: string, ms = CHECK_MS): CheckResult {
  const named = source.replace(/\(\?<([A-Za-z_$][\w$]*)>/gu, '(').replace(/\\k<[A-Za-z_$][\w$]*>/gu, '\\1');
  const unicode = flags.includes('u') || flags.includes('v');
  const caseInsensitive = flags.includes('i') && !unicode;
  try {
    const r = isSafePattern(`^(?:${bounded(named)})`, {
      unicode,
      caseInsensitive,
      dotAll: flags.includes('s'),
      multiLine: flags.includes('m'),
      timeout: ms,
      maxScore: MAX_SCORE,
      maxSteps: MAX_STEPS,
    });
    if (r.safe) return { safe: true, inconclusive: false, detail: '' };
    return { safe: false, inconclusive: r.error !== 'hitMaxScore', detail: `${r.error}` };
  } catch (e) {
    return {
      safe: false,
      inconclusive: false,
      detail: `checker could not parse it: ${(e as Error).message.split('\n')[0]}`,
    };
  }
}

/**
 * The alternatives of a pattern's top-level alternation, and of a group that is the whole pattern (with no
 * quantifier after it), split again. Checking them one by one is sound: nothing repeats an alternation at
 * the top, so a failed match backtracks through each alternative once, in turn, and the worst case of the
 * whole is the sum of its alternatives' worst cases. It keeps a lexicon's long alternation (hundreds of
 * entries joined) from running the checker out of time, steps or memory, which made its verdict depend on
 * the machine's load.
 */
export function topAlternatives(p: string): string[] {
  const parts = splitTop(p);
  if (parts.length > 1) return parts.flatMap(topAlternatives);
  const whole = /^\((?:\?:|(?!\?))/u.exec(p);
  if (whole && closingOf(p, 0) === p.length - 1) {
    const inner = splitTop(p.slice(whole[0].length, -1));
    if (inner.length > 1) return inner.flatMap(topAlternatives);
  }
  return [p];
}

/** the index of the `)` that closes the group opened at `open`, or -1 */
function closingOf(p: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
