import { describe, expect, it } from 'vitest';
import { attachOpenShadow, parse } from '../../../tests/helpers/html';
import { cappedText } from './text';

describe('cappedText', () => {
  it('reads text and skips scripts and styles', () => {
    const doc = parse(
      '<!DOCTYPE html><html><body><p>老师微信</p><script>var x = "no"</script><style>p{}</style><p>xys8775</p></body></html>',
    );
    expect(cappedText(doc.body, 1000)).toBe('老师微信 xys8775');
  });

  it('stops at the cap', () => {
    const doc = parse('<!DOCTYPE html><html><body><p>abcdef</p><p>ghijkl</p></body></html>');
    expect(cappedText(doc.body, 8)).toBe('abcdef gh');
  });

  it("reads an open shadow root's text in its host's place, nested roots too", () => {
    const doc = parse('<!DOCTYPE html><html><body><p>before</p><x-comments></x-comments><p>after</p></body></html>');
    const host = doc.querySelector('x-comments') as Element;
    const root = attachOpenShadow(host, '<div>加我微信 <b>xys8775</b></div><x-reply></x-reply>');
    attachOpenShadow(root.querySelector('x-reply') as Element, '<span>谢谢老师</span>');
    expect(cappedText(doc.body, 1000)).toBe('before 加我微信  xys8775 谢谢老师 after');
  });
});
