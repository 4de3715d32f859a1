import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { wrapComment } from '../../scripts/eval/wrap';

describe('wrapComment', () => {
  it('puts the text, author and time into one comment of a comment list', () => {
    const html = wrapComment({ author: 'Ann', time: '2014-01-02', text: 'line one\nline two', lang: 'en' });
    const { document } = parseHTML(html);
    const items = document.querySelectorAll('ul.comments > li');
    expect(items.length).toBe(1);
    expect(items[0]?.querySelector('.author')?.textContent).toBe('Ann');
    expect(items[0]?.querySelector('time')?.textContent).toBe('2014-01-02');
    expect(items[0]?.querySelector('.comment-body')?.textContent).toBe('line oneline two');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });

  it('keeps dataset text as text: markup in it never becomes elements', () => {
    const text = '<a href="http://x.example">win</a><script>alert(1)</script> & "quotes"';
    const { document } = parseHTML(wrapComment({ author: '<b>x</b>', time: 't', text, lang: 'zh-CN' }));
    const body = document.querySelector('.comment-body');
    expect(body?.querySelector('a, script')).toBeNull();
    expect(body?.textContent).toBe(text);
    expect(document.querySelector('.author')?.textContent).toBe('<b>x</b>');
  });

  it('uses the same markup for both languages', () => {
    const shape = (lang: 'en' | 'zh-CN') => {
      const { document } = parseHTML(wrapComment({ author: 'a', time: 't', text: 'x', lang }));
      return [...document.querySelectorAll('*')].map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`).join(' ');
    };
    expect(shape('zh-CN')).toBe(shape('en'));
  });
});
