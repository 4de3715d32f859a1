import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildT2SModule, buildT2SPairs } from '../../scripts/gen-t2s';
import { T2S_PAIRS } from './t2s-data';

describe('traditional → simplified table', () => {
  it('the committed table matches a fresh generation from opencc-js (run `npx tsx scripts/gen-t2s.ts` when stale)', () => {
    const committed = readFileSync(join(import.meta.dirname, 't2s-data.ts'), 'utf8');
    expect(committed === buildT2SModule(), 'src/text/t2s-data.ts is stale: run `npx tsx scripts/gen-t2s.ts`').toBe(
      true,
    );
  });

  it('is one character to one character and keeps characters used in simplified text', () => {
    const pairs = buildT2SPairs();
    expect(pairs.length).toBeGreaterThan(3000);
    for (const [a, b] of pairs) {
      expect([...a].length).toBe(1);
      expect([...b].length).toBe(1);
    }
    expect([...T2S_PAIRS].length).toBe(pairs.length * 2);
    const map = new Map(pairs);
    expect(map.get('網')).toBe('网');
    expect(map.get('裡')).toBe('里');
    expect(map.get('衞')).toBe('卫');
    expect(map.has('么')).toBe(false);
    expect(map.has('里')).toBe(false);
  });
});
