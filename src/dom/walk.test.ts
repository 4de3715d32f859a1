import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { Walker, type WalkOptions } from './walk';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/**
 * A document whose ranges count an element's children as a browser's do (`endOffset` after
 * `selectNodeContents`); linkedom's do not, so the walk reads every child there.
 */
function counting(html: string): Document {
  const d = doc(html);
  (d as unknown as { createRange: () => unknown }).createRange = () => ({
    endOffset: 0,
    selectNodeContents(this: { endOffset: number }, n: Node) {
      this.endOffset = n.childNodes.length;
    },
  });
  return d;
}

/** what a walk recorded, as plain data (elements by their place in the document) */
function walked(d: Document, opts: WalkOptions = {}) {
  const w = new Walker(d, opts);
  w.run();
  const els = [...d.querySelectorAll('*')];
  const at = (el: Element) => els.indexOf(el);
  const st = w.state;
  return {
    blocks: st.blocks.map((b) => [at(b.el), b.tag, b.text, b.firstText, b.textCount]),
    texts: st.texts.map((p) => [p.block, p.start, p.end, at(p.el), p.meta]),
    attrs: st.attrs.map((a) => [at(a.el), a.name, a.value]),
    scripts: st.scripts.map((s) => [at(s.el), s.text]),
    ranges: [...st.ranges].map(([el, r]) => [at(el), ...r]),
    ids: st.ids.map(at),
    skipped: st.skipped.map(at),
    nodes: st.nodes,
    chars: st.chars,
    capped: st.capped,
    whole: st.whole,
  };
}

describe('the walk reads a text-only element whole where the DOM counts children', () => {
  const pages = [
    'tests/fixtures/seed-page.html',
    ...readdirSync(new URL('../../tests/corpus/zh/', import.meta.url))
      .filter((f) => f.endsWith('.html'))
      .slice(0, 12)
      .map((f) => `tests/corpus/zh/${f}`),
    ...readdirSync(new URL('../../tests/corpus/en/', import.meta.url))
      .filter((f) => f.endsWith('.html'))
      .slice(0, 12)
      .map((f) => `tests/corpus/en/${f}`),
  ];
  it.each(pages)('records the same as a walk over every child: %s', (path) => {
    const html = read(path);
    expect(walked(counting(html))).toEqual(walked(doc(html)));
  });

  it('never visits the text node of an element with one child', () => {
    const d = counting('<html><body><p><b>老师微信</b><span>xys8775</span> 谢谢</p></body></html>');
    const text = (d.querySelector('span') as Element).childNodes[0] as Node;
    // the walk must not read the leaf's text node (a browser would make its wrapper and its string)
    Object.defineProperty(text, 'nodeValue', {
      get() {
        throw new Error('read the text node');
      },
    });
    const w = new Walker(d);
    w.run();
    expect(w.state.blocks.map((b) => b.text)).toEqual(['老师微信xys8775 谢谢']);
    expect(w.state.texts.map((p) => [p.start, p.end, p.el.localName])).toEqual([
      [0, 4, 'b'],
      [4, 11, 'span'],
      [12, 14, 'p'],
    ]);
  });

  it('reads a custom element inside a sentence inline, and one set apart as a block', () => {
    const texts = (html: string) => {
      const w = new Walker(doc(html), {});
      w.run();
      return w.state.blocks.map((b) => b.text);
    };
    expect(
      texts(
        '<html><body><wx-view>专员手机 <wx-text>158-7320-4619</wx-text>，加微信也是这个号。</wx-view></body></html>',
      ),
    ).toEqual(['专员手机 158-7320-4619，加微信也是这个号。']);
    expect(
      texts(
        '<html><body><ytd-comment><yt-author>Dana</yt-author>\n<yt-text>Thanks for this</yt-text></ytd-comment></body></html>',
      ),
    ).toEqual(['Dana', 'Thanks for this']);
  });

  it('reads an element of several children (texts around a comment) child by child', () => {
    const html = '<html><body><p><b>回复<!-- x -->3楼</b><i><!-- only a comment --></i><u></u></p></body></html>';
    expect(walked(counting(html))).toEqual(walked(doc(html)));
    expect(walked(counting(html)).texts.length).toBe(2);
  });

  it('stops at a node cap on such an element as on its text', () => {
    const html = `<html><body>${'<p><span>a</span><span>b</span></p>'.repeat(20)}</body></html>`;
    for (const maxNodes of [5, 6, 7, 20]) {
      expect(walked(counting(html), { maxNodes })).toEqual(walked(doc(html), { maxNodes }));
    }
    for (const maxChars of [3, 10]) {
      expect(walked(counting(html), { maxChars })).toEqual(walked(doc(html), { maxChars }));
    }
  });
});

describe('an inline style that hides an element', () => {
  const html =
    '<html><body><div><p>每个月到手6500</p><div style="display: none; margin-top: -11px;"><p>小鱼爱存钱 当前离线 发消息</p></div><p style="visibility:hidden">隐藏</p><p style="color: #999">灰字也是字</p></div></body></html>';
  const texts = (opts: WalkOptions) => {
    const w = new Walker(doc(html), opts);
    w.run(Number.POSITIVE_INFINITY);
    return w.state.blocks.map((b) => b.text);
  };
  it('hides it from a walk with no layout to ask (Node), as a browser would', () => {
    expect(texts({})).toEqual(['每个月到手6500', '灰字也是字']);
  });
  it('is left to the visibility test a browser passes in', () => {
    expect(texts({ isVisible: () => true })).toEqual([
      '每个月到手6500',
      '小鱼爱存钱 当前离线 发消息',
      '隐藏',
      '灰字也是字',
    ]);
  });
});
