/**
 * CSS selectors that lead back to an element: an id anchor when the id is unique, else an
 * nth-of-type path. One `Selectors` per scan caches each parent's child numbering and each
 * element's path, so a page of thousands of siblings costs one pass per parent, not one per child.
 */

import { shadowParent } from './shadow';
import { tagOf } from './tag';
import type { WalkState } from './walk';

const SIMPLE_ID_RE = /^[A-Za-z][\w-]{0,63}$/u;

/**
 * How a selector goes on inside a host's open shadow root (`#talk >>> div:nth-of-type(2) > p`): the
 * page's own `querySelector` does not reach into shadow trees, so `resolveSelector` follows these steps.
 */
export const SHADOW_STEP = ' >>> ';

/** The element a selector leads to, through the shadow roots its steps name; null when none matches. */
export function resolveSelector(doc: Document, sel: string): Element | null {
  const parts = sel.split(SHADOW_STEP);
  let scope: ParentNode | null | undefined = doc;
  let el: Element | null = null;
  for (let i = 0; i < parts.length; i++) {
    if (!scope) return null;
    try {
      el = scope.querySelector(parts[i] ?? '');
    } catch {
      return null; // a selector this browser does not parse
    }
    if (!el) return null;
    scope = el.shadowRoot;
  }
  return el;
}

export class Selectors {
  private readonly paths = new Map<Element, string>();
  private readonly nth = new Map<Element, number>();
  private idCounts: Map<string, number> | undefined;

  /** `walk`: the walk of this document, whose record of ids spares a query over the whole page */
  constructor(
    private readonly doc: Document,
    private readonly walk?: WalkState,
  ) {}

  of(el: Element): string {
    const known = this.paths.get(el);
    if (known !== undefined) return known;
    const path = this.compute(el);
    this.paths.set(el, path);
    return path;
  }

  private compute(el: Element): string {
    const tag = tagOf(el).toLowerCase();
    if (tag === 'html' || tag === 'body') return tag;
    const parent = el.parentElement;
    const shadow = parent ? undefined : shadowParent(el);
    const id = el.getAttribute('id');
    // an id names an element of the document; inside a shadow tree it is only unique to that tree
    if (
      id &&
      !shadow &&
      SIMPLE_ID_RE.test(id) &&
      this.uniqueId(id) &&
      !(parent && this.of(parent).includes(SHADOW_STEP))
    )
      return `#${id}`;
    const step = `${tag}:nth-of-type(${this.nthOfType(el)})`;
    if (shadow) return `${this.of(shadow.host)}${SHADOW_STEP}${step}`;
    return parent ? `${this.of(parent)} > ${step}` : step;
  }

  private uniqueId(id: string): boolean {
    if (!this.idCounts) {
      const counts = new Map<string, number>();
      const count = (e: Element) => {
        const v = e.getAttribute('id') ?? '';
        counts.set(v, (counts.get(v) ?? 0) + 1);
      };
      const w = this.walk;
      const html = this.doc.documentElement;
      const body = this.doc.body;
      if (w?.whole && html && body && body.parentElement === html) {
        // what the walk read, what it skipped, and what lies outside the body (the head)
        for (const e of w.ids) count(e);
        for (const e of w.skipped) for (const d of e.querySelectorAll('[id]')) count(d);
        if (html.hasAttribute('id')) count(html);
        for (let c = html.firstElementChild; c; c = c.nextElementSibling) {
          if (c === body) continue;
          if (c.hasAttribute('id')) count(c);
          for (const d of c.querySelectorAll('[id]')) count(d);
        }
      } else {
        for (const e of this.doc.querySelectorAll('[id]')) count(e);
      }
      this.idCounts = counts;
    }
    return this.idCounts.get(id) === 1;
  }

  private nthOfType(el: Element): number {
    const known = this.nth.get(el);
    if (known !== undefined) return known;
    const parent: ParentNode | null = el.parentElement ?? shadowParent(el) ?? null;
    if (!parent) return 1;
    // number all of the parent's children at once
    const counts = new Map<string, number>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const n = (counts.get(tagOf(c)) ?? 0) + 1;
      counts.set(tagOf(c), n);
      this.nth.set(c, n);
    }
    return this.nth.get(el) ?? 1;
  }
}

/**
 * The element of the first selector that names a place on the page: not the body, which evidence that stands for
 * the whole page names (the text model's); where "Show me" scrolls to.
 */
export function firstPlace(doc: Document, selectors: readonly string[]): Element | undefined {
  for (const sel of selectors) {
    const el = resolveSelector(doc, sel);
    if (el && el !== doc.body) return el;
  }
  return undefined;
}
