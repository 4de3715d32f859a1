/**
 * Watch for content that loads late (comments): a batched MutationObserver on added nodes
 * (childList + subtree) hands each batch to `onBatch`. It goes to sleep after a quiet spell (no batch
 * that changed the result for `quietMs`) or after `maxEmptyPasses` batches in a row that changed
 * nothing; asleep, only cheap watches remain (the comment containers growing, a scroll near one or
 * near the page end), and any of them wakes it.
 */

export interface WatcherOptions {
  root: Node;
  /** handle added nodes; resolves true when they changed the page's result */
  onBatch(nodes: Node[]): Promise<boolean>;
  /** CSS selectors of the comment containers the current report names */
  containers(): string[];
  /** nodes to leave out (our own UI) */
  ignore(node: Node): boolean;
  quietMs?: number;
  maxEmptyPasses?: number;
  batchMs?: number;
  /** timers and listeners tied to the content script's life (WXT's ctx) */
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export interface Watcher {
  start(): void;
  /** also watch this root (an open shadow root a widget draws its comments in; the document's observer does not see inside it) */
  observe(root: Node): void;
  /** stop everything (navigation, invalidation) */
  stop(): void;
  readonly state: 'off' | 'watching' | 'asleep';
}

export const QUIET_MS = 30_000;
export const MAX_EMPTY_PASSES = 6;
export const BATCH_MS = 250;
const MAX_PENDING = 5000;
/** shadow roots watched besides the document (a page of web components could hold thousands) */
const MAX_ROOTS = 200;
const WAKE_THROTTLE_MS = 2000;

export function createWatcher(o: WatcherOptions): Watcher {
  const quietMs = o.quietMs ?? QUIET_MS;
  const maxEmpty = o.maxEmptyPasses ?? MAX_EMPTY_PASSES;
  const batchMs = o.batchMs ?? BATCH_MS;
  const doc = (o.root.ownerDocument ?? o.root) as Document;
  const win = doc.defaultView;
  // the global one in a browser; a test DOM's own where there is no global
  const MO: typeof MutationObserver =
    typeof MutationObserver === 'function'
      ? MutationObserver
      : ((win as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver as typeof MutationObserver);
  let state: Watcher['state'] = 'off';
  let pending: Node[] = [];
  let flushTimer = 0;
  let quietTimer = 0;
  let empty = 0;
  let busy = false;
  let lastWake = 0;
  const cheap: MutationObserver[] = [];
  const roots = new Set<Node>();

  const collect = (records: MutationRecord[]) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (pending.length >= MAX_PENDING) break;
        if (n.nodeType === 1 || (n.nodeType === 3 && (n as Text).data.trim())) pending.push(n);
      }
    }
  };

  const main = new MO((records) => {
    collect(records);
    if (pending.length && !flushTimer) flushTimer = o.setTimeout(flush, batchMs);
  });

  const resetQuiet = () => {
    if (quietTimer) o.clearTimeout(quietTimer);
    quietTimer = o.setTimeout(sleep, quietMs);
  };

  async function flush() {
    flushTimer = 0;
    if (busy) {
      flushTimer = o.setTimeout(flush, batchMs);
      return;
    }
    const set = new Set(pending.filter((n) => n.isConnected && !o.ignore(n)));
    pending = [];
    // drop nodes inside another added node: the outer one covers them
    const nodes = [...set].filter((n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
      return true;
    });
    if (!nodes.length || state !== 'watching') return;
    busy = true;
    try {
      const changed = await o.onBatch(nodes);
      if (changed) {
        empty = 0;
        resetQuiet();
      } else if (++empty >= maxEmpty) sleep();
    } finally {
      busy = false;
    }
  }

  const nearViewport = (el: Element) => {
    const r = el.getBoundingClientRect();
    const h = win?.innerHeight ?? 800;
    return r.bottom > -h && r.top < 2 * h;
  };

  const onScroll = () => {
    if (state !== 'asleep') return;
    const now = Date.now();
    if (now - lastWake < WAKE_THROTTLE_MS) return;
    const els = containerEls();
    const scroller = doc.scrollingElement ?? doc.documentElement;
    const nearEnd = scroller.scrollTop + (win?.innerHeight ?? 800) * 2 >= scroller.scrollHeight;
    if (els.some(nearViewport) || nearEnd) {
      lastWake = now;
      wake([]);
    }
  };

  const containerEls = () => {
    const out: Element[] = [];
    for (const s of o.containers()) {
      try {
        const el = doc.querySelector(s);
        if (el) out.push(el);
      } catch {
        // a selector this browser cannot parse
      }
    }
    return out;
  };

  function sleep() {
    if (state !== 'watching') return;
    main.disconnect();
    if (quietTimer) o.clearTimeout(quietTimer);
    quietTimer = 0;
    state = 'asleep';
    for (const el of containerEls()) {
      const mo = new MO((records) => {
        collect(records);
        wake(pending);
      });
      mo.observe(el, { childList: true, subtree: true });
      cheap.push(mo);
    }
    win?.addEventListener('scroll', onScroll, { passive: true });
  }

  function wake(_nodes: Node[]) {
    if (state !== 'asleep') return;
    disarmCheap();
    state = 'off';
    start();
    if (pending.length && !flushTimer) flushTimer = o.setTimeout(flush, batchMs);
  }

  function disarmCheap() {
    for (const mo of cheap) mo.disconnect();
    cheap.length = 0;
    win?.removeEventListener('scroll', onScroll);
  }

  function start() {
    if (state === 'watching') return;
    disarmCheap();
    state = 'watching';
    empty = 0;
    main.observe(o.root, { childList: true, subtree: true });
    for (const r of roots) main.observe(r, { childList: true, subtree: true });
    resetQuiet();
  }

  function observe(root: Node) {
    if (roots.has(root) || roots.size >= MAX_ROOTS) return;
    roots.add(root);
    if (state === 'watching') main.observe(root, { childList: true, subtree: true });
  }

  function stop() {
    main.disconnect();
    disarmCheap();
    if (flushTimer) o.clearTimeout(flushTimer);
    if (quietTimer) o.clearTimeout(quietTimer);
    flushTimer = quietTimer = 0;
    pending = [];
    roots.clear();
    state = 'off';
  }

  return {
    start,
    observe,
    stop,
    get state() {
      return state;
    },
  };
}
