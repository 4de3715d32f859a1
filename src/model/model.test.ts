import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { modelTermsIn, modelWeights, textTerms } from './model';

const termsOf = (text: string) => {
  const out: string[] = [];
  textTerms(text, (t) => out.push(t));
  return out;
};

describe('the words the text model reads', () => {
  it.each([
    ['adjacent Chinese characters, run by run', '找老师上岸。谢谢', ['找老', '老师', '师上', '上岸', '谢谢']],
    [
      'Latin words lower-cased, and adjacent pairs',
      'I GOT my funds',
      ['i', 'got', 'i got', 'my', 'got my', 'funds', 'my funds'],
    ],
    ['a word with an apostrophe is one word', "don't pay", ["don't", 'pay', "don't pay"]],
    ['both scripts in one text (Chinese first); digits are not words', '加V 12345 上岸', ['上岸', 'v']],
    ['a single character is no pair', '好', []],
  ])('%s', (_name, text, want) => {
    expect(termsOf(text)).toEqual(want);
  });
});

describe("the model's words found without making every pair (modelTermsIn)", () => {
  const vocabulary = [...modelWeights().keys()];
  const viaAll = (text: string) => {
    const out: string[] = [];
    textTerms(text, (t) => {
      if (modelWeights().has(t)) out.push(t);
    });
    return out;
  };
  const viaModel = (text: string) => {
    const out: string[] = [];
    modelTermsIn(text, (t) => out.push(t));
    return out;
  };
  it("reads pages of the model's own words", () => {
    expect(vocabulary.length).toBeGreaterThan(100);
    const text = `${vocabulary.slice(0, 400).join('，')} ${vocabulary.slice(400).join(' ')}`;
    expect(viaModel(text).length).toBeGreaterThan(300);
    expect(viaModel(text)).toEqual(viaAll(text));
  });
  it('gives what textTerms gives and the model weighs, in the same order, on any text', () => {
    // pieces of the model's words, their characters, other Han, surrogate pairs and Latin words
    const pieces = [...vocabulary.filter((_, i) => i % 7 === 0), '𠀀', '𠀁', '上', '岸', 'I', "Don't", '。', ' ', '9'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(parts.length % 2 ? '' : ' ');
        expect(viaModel(text)).toEqual(viaAll(text));
      }),
      { numRuns: 400 },
    );
  });
});
