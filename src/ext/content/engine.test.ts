import { describe, expect, it } from 'vitest';
import { ENGINE_KEY, takeEngine } from './engine';
import { offerEngine } from './engine-main';

describe('the engine handed from its injected script to the content script', () => {
  it('is taken once, whole, removed from the global, and loads its parts once', async () => {
    const g = globalThis as unknown as Record<string, unknown>;
    offerEngine(performance.now());
    const api = takeEngine();
    expect(api && Object.keys(api).sort()).toEqual(['install', 'load']);
    expect(ENGINE_KEY in g).toBe(false);
    expect(takeEngine()).toBeUndefined();
    const first = api?.load();
    expect(api?.load()).toBe(first);
    expect(typeof (await first)?.createScanSession).toBe('function');
  });

  it('takes nothing that is not the whole API', () => {
    for (const v of [undefined, null, 42, {}, { install() {} }, { load: 1, install() {} }]) {
      const g: Record<string, unknown> = { [ENGINE_KEY]: v };
      expect(takeEngine(g)).toBeUndefined();
      expect(ENGINE_KEY in g).toBe(false);
    }
  });
});
