import { describe, expect, it } from 'vitest';
import { textTerms } from './model';

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
