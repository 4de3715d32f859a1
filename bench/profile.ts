/**
 * A CPU profile of one function call through the inspector (no flags needed), summarised as the
 * functions with the most self time, and the engine's own functions with the most total time
 * (self plus callees), so hot spots can be read without opening a profile viewer.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  where: string;
  selfMs: number;
  selfPct: number;
  totalMs: number;
}

export interface ProfileSummary {
  /** CPU time of the profiled call (ms) */
  ms: number;
  /** functions by self time (CPU ms, from sample counts) */
  self: HotFunction[];
  /** functions under src/ by inclusive time (self plus what they call) */
  engine: HotFunction[];
}

function post<T>(s: Session, method: string, params?: object): Promise<T> {
  return new Promise((resolve, reject) => {
    s.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T)));
  });
}

function place(cf: CallFrame, root: string): string {
  if (!cf.url) return '(native)';
  let path = cf.url;
  try {
    if (path.startsWith('file:')) path = fileURLToPath(path);
  } catch {
    // keep the URL as it is
  }
  if (path.startsWith('node:')) return path;
  const rel = relative(root, path);
  // tsx compiles a file onto one line: a line number there says nothing
  const line = cf.lineNumber > 0 ? `:${cf.lineNumber + 1}` : '';
  return `${rel.startsWith('..') ? path : rel}${line}`;
}

export async function profile(
  f: () => void,
  opts: { root: string; top?: number; save?: string },
): Promise<ProfileSummary> {
  const s = new Session();
  s.connect();
  await post(s, 'Profiler.enable');
  await post(s, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(s, 'Profiler.start');
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  const { profile: p } = await post<{ profile: Profile }>(s, 'Profiler.stop');
  s.disconnect();
  if (opts.save) writeFileSync(opts.save, JSON.stringify(p));
  return summarise(p, opts.root, opts.top ?? 15, (c.user + c.system) / 1000);
}

/**
 * Samples are counted, each worth the same share of `cpuMs` (the CPU time of the profiled call): on a
 * busy machine the gaps between samples are mostly time the process did not run, so wall-clock gaps
 * would charge whatever ran after them. Without `cpuMs` the profile's wall time is shared out instead.
 */
export function summarise(p: Profile, root: string, top: number, cpuMs?: number): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  for (const n of p.nodes) byId.set(n.id, n);
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // the inspector's own calls (starting and stopping the profile) are left out
  const dropped = new Set<number>();
  const drop = (id: number) => {
    dropped.add(id);
    for (const c of byId.get(id)?.children ?? []) drop(c);
  };
  for (const n of p.nodes) if (n.callFrame.url === 'node:inspector') drop(n.id);
  const kept = p.samples.filter((id) => !dropped.has(id));
  const perSample = ((cpuMs ?? (p.endTime - p.startTime) / 1000) * 1000) / Math.max(1, kept.length);
  const selfUs = new Map<number, number>();
  for (const id of kept) selfUs.set(id, (selfUs.get(id) ?? 0) + perSample);
  const totalUs = perSample * kept.length;
  const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}\t${place(n.callFrame, root)}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (!n) continue;
    self.set(key(n), (self.get(key(n)) ?? 0) + us);
    // inclusive time: count each function once per sample, however deep its recursion
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const m = byId.get(cur);
      if (!m) break;
      const k = key(m);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + us);
    }
  }
  const row = (k: string): HotFunction => {
    const [full = '', where = ''] = k.split('\t');
    // regular expressions are named by their source: keep the start
    const name = full.length > 90 ? `${full.slice(0, 87)}...` : full;
    const s = (self.get(k) ?? 0) / 1000;
    return {
      name,
      where,
      selfMs: Math.round(s),
      selfPct: Math.round((1000 * s * 1000) / totalUs) / 10,
      totalMs: Math.round((inclusive.get(k) ?? 0) / 1000),
    };
  };
  const selfRows = [...self.keys()]
    .sort((a, b) => (self.get(b) ?? 0) - (self.get(a) ?? 0))
    .slice(0, top)
    .map(row);
  const engineRows = [...inclusive.keys()]
    .filter((k) => k.includes('\tsrc/'))
    .sort((a, b) => (inclusive.get(b) ?? 0) - (inclusive.get(a) ?? 0))
    .slice(0, top)
    .map(row);
  return { ms: Math.round(totalUs / 1000), self: selfRows, engine: engineRows };
}
