import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_KEYS, SIGNAL_META, SIGNALS } from './registry';

const here = new URL('.', import.meta.url);
const files = readdirSync(here);
const signalFiles = files.filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['registry.ts', 'types.ts'].includes(f),
);

describe('signal registry', () => {
  it('lists every signal file, sorted by id, and only those', () => {
    const ids = SIGNALS.map((s) => s.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.map((id) => `${id}.ts`).sort()).toEqual(signalFiles.sort());
  });
  it('has cases beside every signal', () => {
    for (const f of signalFiles) expect(files, f).toContain(f.replace(/\.ts$/, '.test.ts'));
  });
  it('names message keys after the signal, in the form _locales accepts', () => {
    expect(Object.keys(SIGNAL_META).sort()).toEqual(SIGNALS.map((s) => s.id));
    for (const s of SIGNALS) {
      const meta = SIGNAL_META[s.id];
      expect(meta, s.id).toBeDefined();
      for (const key of Object.keys(meta?.messages ?? {})) {
        expect(key).toMatch(/^[a-z0-9_]+$/);
        expect(key.startsWith(`ev_${s.id.replace(/-/g, '_')}_`), key).toBe(true);
      }
      expect(meta?.description.length).toBeGreaterThan(10);
    }
    expect(Object.keys(MESSAGE_KEYS).length).toBeGreaterThanOrEqual(SIGNALS.length);
  });
});
