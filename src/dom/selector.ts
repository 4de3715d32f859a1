/**
 * CSS selectors that lead back to an element: an id anchor when the id is unique, else an
 * nth-of-type path. One `Selectors` per scan caches each parent's child numbering and each
 * element's path, so a page of thousands of siblings costs one pass per parent, not one per child.
 */

const SIMPLE_ID_RE = /^[A-Za-z][\w-]{0,63}$/u;

export class Selectors {
  private readonly paths = new Map<Element, string>();
  private readonly nth = new Map<Element, number>();
  private idCounts: Map<string, number> | undefined;

  constructor(private readonly doc: Document) {}

  of(el: Element): string {
    const known = this.paths.get(el);
    if (known !== undefined) return known;
    const path = this.compute(el);
    this.paths.set(el, path);
    return path;
  }

  private compute(el: Element): string {
    const tag = el.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body') return tag;
    const id = el.getAttribute('id');
    if (id && SIMPLE_ID_RE.test(id) && this.uniqueId(id)) return `#${id}`;
    const step = `${tag}:nth-of-type(${this.nthOfType(el)})`;
    const parent = el.parentElement;
    return parent ? `${this.of(parent)} > ${step}` : step;
  }

  private uniqueId(id: string): boolean {
    if (!this.idCounts) {
      this.idCounts = new Map();
      for (const e of this.doc.querySelectorAll('[id]')) {
        const v = e.getAttribute('id') ?? '';
        this.idCounts.set(v, (this.idCounts.get(v) ?? 0) + 1);
      }
    }
    return this.idCounts.get(id) === 1;
  }

  private nthOfType(el: Element): number {
    const known = this.nth.get(el);
    if (known !== undefined) return known;
    const parent = el.parentElement;
    if (!parent) return 1;
    // number all of the parent's children at once
    const counts = new Map<string, number>();
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      const n = (counts.get(c.tagName) ?? 0) + 1;
      counts.set(c.tagName, n);
      this.nth.set(c, n);
    }
    return this.nth.get(el) ?? 1;
  }
}
