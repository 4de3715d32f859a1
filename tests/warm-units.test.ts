/**
 * What a session compiles ahead of a page's blocks (the warm-up steps named `compile …`): the text layer
 * is warmed for a width of text only when a block of that width has words or digits in it. The warm-up
 * units are compiled once per process, so the order of these tests matters (a file runs in a fresh one).
 */
import { describe, expect, it } from 'vitest';
import { createScanSession } from '../src/engine/session';
import { page, parse } from './helpers/html';

/** every step's name, one step per `step` call (a deadline already past stops after each) */
function stepNames(html: string): string[] {
  const s = createScanSession(parse(html));
  const names: string[] = [];
  for (let i = 0; i < 10_000; i++) {
    const done = s.step(0);
    names.push(s.longestStep().what);
    if (done) break;
  }
  return names;
}

describe('warm-up of the text layer per width of text', () => {
  it('skips one-byte text without a letter or a digit ("…", three full stops once normalized)', () => {
    const names = stepNames(
      page('<p>网贷逾期了，银行说可以协商分期还款，先不要相信陌生人。</p><p><a href="/a/1.html">…</a></p>'),
    );
    expect(names).toContain('compile extract wide');
    expect(names.filter((n) => n.endsWith(' narrow'))).toEqual([]);
  });

  it('warms one-byte text with words', () => {
    const names = stepNames(page('<p>网贷逾期了，银行说可以协商分期还款。</p><p>Call the bank first, please.</p>'));
    expect(names).toContain('compile extract narrow');
  });
});
