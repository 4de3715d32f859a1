import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { attachOpenShadow } from '../../tests/helpers/html';
import { gatherFacts } from '../engine/facts';
import { scanDocument } from '../engine/scan';
import { modelDocument } from './model';
import { firstPlace, resolveSelector, Selectors } from './selector';
import { Walker } from './walk';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');

/** every element's selector, counting ids by a query over the document and from the walk's record */
function bothWays(d: Document): [string[], string[]] {
  const w = new Walker(d);
  w.run();
  const byQuery = new Selectors(d);
  const byWalk = new Selectors(d, w.state);
  const els = [...d.querySelectorAll('*')];
  return [els.map((e) => byQuery.of(e)), els.map((e) => byWalk.of(e))];
}

describe('selectors', () => {
  it('count ids from the walk exactly as a query over the document does', () => {
    const d = doc(
      `<!DOCTYPE html><html id="root"><head><title id="t">x</title><meta id="m"></head><body>
        <div id="a"><p id="dup">one</p></div>
        <svg><g id="a"><text id="s">svg</text></g></svg>
        <template><p id="only">template content is no part of the document</p></template><p id="only">kept</p>
        <div hidden><span id="dup">hidden</span></div>
        <script id="sc">var x = 1;</script><noscript><b id="n">no</b></noscript>
        <p id="t">a title's id again</p><p id="free">free</p>
      </body></html>`,
    );
    const [byQuery, byWalk] = bothWays(d);
    expect(byWalk).toEqual(byQuery);
    // the ids the walk never reached still count: #a, #dup and #t are not unique, #free and #only are
    expect(byWalk).toContain('#free');
    expect(byWalk).toContain('#only');
    expect(byWalk).not.toContain('#a');
    expect(byWalk).not.toContain('#dup');
    expect(byWalk).not.toContain('#t');
  });

  it('fall back to the query when the walk was capped', () => {
    const d = doc('<html><body><p id="x">a</p><p>b</p><p id="x">c</p></body></html>');
    const w = new Walker(d, { maxNodes: 3 });
    w.run();
    expect(w.state.whole).toBe(false);
    const s = new Selectors(d, w.state);
    const first = d.querySelector('p');
    expect(first && s.of(first)).toBe('body > p:nth-of-type(1)');
  });

  it('are read on demand from facts, which still serialize as plain data', () => {
    const d = doc(fixture('seed-page.html'));
    const facts = gatherFacts(modelDocument(d));
    const comment = facts.comments[0];
    expect(comment).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(comment, 'selector')?.get).toBeTypeOf('function');
    const copy = JSON.parse(JSON.stringify(facts)) as typeof facts;
    expect(copy.comments[0]?.selector).toBe(comment?.selector);
    expect(structuredClone(facts).comments.map((c) => c.selector)).toEqual(facts.comments.map((c) => c.selector));
    // the selector leads back to the comment's element
    const el = comment ? d.querySelector(comment.selector) : null;
    expect(el?.textContent).toContain(comment?.author ?? '?');
  });

  it('leave the report plain data (no getter keeps the page alive)', () => {
    const report = scanDocument(doc(fixture('seed-page.html')));
    const getters: string[] = [];
    const visit = (o: unknown, path: string) => {
      if (!o || typeof o !== 'object') return;
      for (const k of Object.keys(o)) {
        const desc = Object.getOwnPropertyDescriptor(o, k);
        if (desc?.get) getters.push(`${path}.${k}`);
        else visit(desc?.value, `${path}.${k}`);
      }
    };
    visit(report, 'report');
    expect(report.threads.length).toBeGreaterThan(0);
    expect(getters).toEqual([]);
  });
});

describe('selectors into shadow trees', () => {
  it("lead through the host's open shadow root, never to a look-alike in the light DOM", () => {
    const d = doc(
      '<!DOCTYPE html><html><body><div><p>light one</p></div><div id="talk"></div><div id="c2">light</div></body></html>',
    );
    const host = d.getElementById('talk') as Element;
    attachOpenShadow(host, '<div><p>shadow one</p><p>shadow two</p></div><div id="c2"><p>inner c2</p></div>');
    const s = new Selectors(d);
    const root = host.shadowRoot as ShadowRoot;
    const two = root.querySelectorAll('p')[1] as Element;
    const sel = s.of(two);
    expect(sel).toBe('#talk >>> div:nth-of-type(1) > p:nth-of-type(2)');
    expect(resolveSelector(d, sel)).toBe(two);
    // an id inside the shadow tree is that tree's, not the document's
    const inner = root.querySelector('#c2 p') as Element;
    expect(s.of(inner)).toBe('#talk >>> div:nth-of-type(2) > p:nth-of-type(1)');
    expect(resolveSelector(d, s.of(inner))).toBe(inner);
  });
  it('resolve plain selectors as querySelector does, and nothing for one that does not parse', () => {
    const d = doc('<!DOCTYPE html><html><body><p id="x">x</p></body></html>');
    expect(resolveSelector(d, '#x')?.textContent).toBe('x');
    expect(resolveSelector(d, 'p:nth-of-type(')).toBeNull();
    expect(resolveSelector(d, '#x >>> p')).toBeNull();
  });
});

describe('the place "Show me" scrolls to', () => {
  const d = doc('<html><body><div id="a"><p>text</p></div><ul class="c"><li>comment</li></ul></body></html>');
  it('is the first selector that names an element, passing over the body (evidence for the whole page)', () => {
    expect(firstPlace(d, ['body', '#missing', 'ul.c', '#a'])?.tagName).toBe('UL');
    expect(firstPlace(d, ['[[not a selector', '#a'])?.id).toBe('a');
  });
  it('is nothing when no selector names a place on the page', () => {
    expect(firstPlace(d, ['body', '#missing'])).toBeUndefined();
  });
});
