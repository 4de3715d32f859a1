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
  ms: number;
  /** functions by self time */
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
  f();
  const { profile: p } = await post<{ profile: Profile }>(s, 'Profiler.stop');
  s.disconnect();
  if (opts.save) writeFileSync(opts.save, JSON.stringify(p));
  return summarise(p, opts.root, opts.top ?? 15);
}

export function summarise(p: Profile, root: string, top: number): ProfileSummary {
  const byId = new Map<number, ProfileNode>();
  for (const n of p.nodes) byId.set(n.id, n);
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // a sample lasts until the next one (as DevTools counts it); the inspector's own calls are left out
  const selfUs = new Map<number, number>();
  let at = p.startTime;
  const stamps = p.timeDeltas.map((d) => {
    at += d;
    return at;
  });
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i] ?? 0;
    const us = (stamps[i + 1] ?? p.endTime) - (stamps[i] ?? p.startTime);
    selfUs.set(id, (selfUs.get(id) ?? 0) + Math.max(0, us));
  }
  for (const n of p.nodes) {
    if (n.callFrame.url === 'node:inspector') {
      const drop = (id: number) => {
        selfUs.delete(id);
        for (const c of byId.get(id)?.children ?? []) drop(c);
      };
      drop(n.id);
    }
  }
  const totalUs = p.endTime - p.startTime;
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
    const [name = '', where = ''] = k.split('\t');
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
