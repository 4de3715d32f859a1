import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createWatcher } from './watcher';

// Real timers with short spans: linkedom delivers mutation records on a microtask.
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(opts: { changes?: boolean[]; quietMs?: number; maxEmptyPasses?: number } = {}) {
  const { document } = parseHTML(
    '<!doctype html><html><body><div class="comments"><p>first</p></div><div class="other"></div></body></html>',
  );
  const batches: string[][] = [];
  const changes = [...(opts.changes ?? [])];
  const w = createWatcher({
    root: document.documentElement as unknown as Node,
    onBatch: async (nodes) => {
      batches.push(nodes.map((n) => n.textContent ?? ''));
      return changes.shift() ?? false;
    },
    containers: () => ['.comments'],
    ignore: (n) => (n as Element).localName === 'shillguard-banner',
    quietMs: opts.quietMs ?? 10_000,
    maxEmptyPasses: opts.maxEmptyPasses ?? 2,
    batchMs: 20,
    setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
    clearTimeout: (id) => clearTimeout(id),
  });
  const add = (sel: string, text: string, tag = 'p') => {
    const el = document.createElement(tag);
    el.textContent = text;
    document.querySelector(sel)?.append(el);
    return el;
  };
  return { document, w, batches, add };
}

describe('late-content watcher', () => {
  it('batches added nodes, skips its own UI and nodes inside other added nodes', async () => {
    const { w, batches, add, document } = setup({ changes: [true] });
    w.start();
    const outer = add('.other', 'outer', 'div');
    const inner = document.createElement('span');
    inner.textContent = 'inner';
    outer.append(inner);
    add('.other', 'ours', 'shillguard-banner');
    add('.comments', 'second');
    await wait(80);
    expect(batches).toEqual([['outerinner', 'second']]);
    expect(w.state).toBe('watching');
    w.stop();
  });

  it("sees comments added inside a widget's open shadow root once told of the root", async () => {
    const { w, batches, document } = setup({ changes: [true] });
    const host = document.querySelector('.other') as unknown as Element & {
      attachShadow(o: { mode: 'open' }): ShadowRoot;
    };
    const root = host.attachShadow({ mode: 'open' });
    const addInside = (text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      root.append(p as unknown as Node);
    };
    w.start();
    addInside('unseen');
    await wait(80);
    expect(batches).toEqual([]);
    w.observe(root);
    addInside('seen');
    await wait(80);
    expect(batches).toEqual([['seen']]);
    w.stop();
  });

  it('sleeps after repeated passes that change nothing, and wakes when a comment container grows', async () => {
    const { w, batches, add } = setup({ changes: [false, false, true] });
    w.start();
    add('.other', 'a');
    await wait(60);
    add('.other', 'b');
    await wait(60);
    expect(batches.length).toBe(2);
    expect(w.state).toBe('asleep');
    // outside the comment containers nothing is watched any more
    add('.other', 'c');
    await wait(60);
    expect(batches.length).toBe(2);
    // a comment container grows: awake again, and the new comment is read
    add('.comments', 'late comment');
    await wait(80);
    expect(w.state).toBe('watching');
    expect(batches.at(-1)).toEqual(['late comment']);
    w.stop();
    expect(w.state).toBe('off');
  });

  it('sleeps after a quiet spell', async () => {
    const { w } = setup({ quietMs: 50 });
    w.start();
    await wait(120);
    expect(w.state).toBe('asleep');
    w.stop();
  });
});
