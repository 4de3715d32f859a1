import { describe, expect, it } from 'vitest';
import { sameModel, TRAIN_OPTIONS, trainTextModel } from './train';

const page = (scam: boolean, ...terms: string[]) => ({ scam, terms });
const PAGES = [
  ...Array.from({ length: 12 }, (_, i) => page(true, '上岸', '老师', `s${i}`, '网贷')),
  ...Array.from({ length: 12 }, (_, i) => page(false, '提醒', '反诈', `c${i}`, '网贷')),
];

describe('training the text model', () => {
  it("learns a scam page's words up and an honest page's words down, and a word on both sides near zero", () => {
    const m = trainTextModel(PAGES);
    expect(m.weights.上岸).toBeGreaterThan(0.5);
    expect(m.weights.提醒).toBeLessThan(-0.5);
    expect(Math.abs(m.weights.网贷 ?? 0)).toBeLessThan(0.1);
  });

  it('leaves out words on fewer pages than `minPages`', () => {
    expect(Object.keys(trainTextModel(PAGES).weights)).not.toContain('s1');
  });

  it('keeps the `keep` words that weigh most', () => {
    const m = trainTextModel(PAGES, { ...TRAIN_OPTIONS, keep: 2 });
    expect(Object.keys(m.weights).length).toBeLessThanOrEqual(2);
    expect(Object.keys(m.weights).every((t) => ['上岸', '老师', '提醒', '反诈'].includes(t))).toBe(true);
  });

  it('gives the same model from the same pages', () => {
    const a = trainTextModel(PAGES);
    expect(trainTextModel(PAGES)).toEqual(a);
    expect(sameModel(a, a)).toBe(true);
    expect(sameModel(a, { ...a, weights: { ...a.weights, 上岸: (a.weights.上岸 ?? 0) + 0.01 } })).toBe(false);
    expect(sameModel(a, { ...a, weights: { ...a.weights, 新词: 0.5 } })).toBe(false);
  });
});
