import { describe, expect, it } from 'vitest';
import { installT2sPairs, t2sPairs } from './t2s';

describe('the content script t2s table', () => {
  it('is read only after the background sent it', () => {
    expect(() => t2sPairs()).toThrow(/not arrived/u);
    installT2sPairs('丟丢');
    expect(t2sPairs()).toBe('丟丢');
  });
});
