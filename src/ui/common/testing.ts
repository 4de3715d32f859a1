/**
 * Test support: render Preact into a linkedom document (Node has no DOM) and query what a reader or
 * a screen reader would meet. Only tests import this.
 */
import { parseHTML } from 'linkedom';
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import type { PageReport } from '../../report/types';

export interface Rendered {
  doc: Document;
  root: HTMLElement;
  text(): string;
  /** wait for Preact's scheduled re-render */
  flush(): Promise<void>;
  cleanup(): void;
}

export function renderInto(vnode: ComponentChild): Rendered {
  const { document, window } = parseHTML('<!doctype html><html><head></head><body><div id="app"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window };
  g.document = document;
  g.window = window;
  const root = document.getElementById('app') as unknown as HTMLElement;
  render(vnode, root);
  return {
    doc: document as unknown as Document,
    root,
    text: () => (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
    flush: () => new Promise((r) => setTimeout(r, 60)),
    cleanup() {
      render(null, root);
      g.document = saved.document;
      g.window = saved.window;
    },
  };
}

/** The accessible name of a control, as far as these pages build them (label, aria-label, text). */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const aria = el.getAttribute('aria-label');
  if (aria) return aria.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    return by
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }
  const id = el.getAttribute('id');
  if (id) {
    const label = doc.querySelector(`label[for="${id}"]`);
    if (label?.textContent?.trim()) return label.textContent.trim();
  }
  const wrap = el.closest('label');
  if (wrap?.textContent?.trim()) return wrap.textContent.trim();
  if (el.tagName === 'INPUT') return '';
  return (el.textContent ?? '').trim();
}

/** Every interactive control has a name. Returns the unnamed ones, described by tag, id and class. */
export function unnamedControls(root: Element): string[] {
  return [...root.querySelectorAll('button, a[href], input, select, textarea, [role="button"]')]
    .filter((el) => (el.getAttribute('type') ?? '') !== 'hidden' && !accessibleName(el))
    .map((el) => `<${el.tagName.toLowerCase()} id="${el.id}" class="${el.getAttribute('class') ?? ''}">`);
}

/** Buttons by their visible text. */
export function buttonByText(root: Element, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => (b.textContent ?? '').trim() === text) as
    | HTMLButtonElement
    | undefined;
}

/** Any `word_word` left in the visible text: a message key that was not translated. */
export function rawKeys(text: string): string[] {
  return (
    text.match(
      /\b(?:ev|why|level|kind|handle_kind|where|popup|state|btn|opt|welcome|demo|region_name|lang_name)_[a-z0-9_]+\b/g,
    ) ?? []
  );
}

export function click(el: Element | undefined): void {
  if (!el) throw new Error('no element to click');
  el.dispatchEvent(
    new (el.ownerDocument.defaultView as unknown as typeof globalThis).Event('click', { bubbles: true }),
  );
}

/**
 * `base` as the engine reports a page whose score a cap held: a contact passed around on a page that sells no
 * scheme (contact-cta 20 + handle-in-comments 15 points, a score of 20: `no_scheme`).
 */
export function cappedReport(base: PageReport): PageReport {
  const e = base.evidence[0] as PageReport['evidence'][number];
  return {
    ...base,
    level: 'safe',
    score: 20,
    threads: [],
    evidence: [
      { ...e, signal: 'contact-cta', weight: 20 },
      { ...e, signal: 'handle-in-comments', weight: 15 },
    ],
  };
}
