import { parseHTML } from 'linkedom';

/** A minimal page around a body fragment. */
export function page(body: string, opts: { lang?: string; title?: string } = {}): string {
  return `<!DOCTYPE html><html lang="${opts.lang ?? 'zh-CN'}"><head><meta charset="utf-8"><title>${
    opts.title ?? '页面'
  }</title></head><body>${body}</body></html>`;
}

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A small seeded PRNG (mulberry32), so rewrites are random but repeatable. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function token(rand: () => number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let s = letters[Math.floor(rand() * 26)] ?? 'x';
  for (let i = 0; i < 7; i++) s += `${letters}0123456789`[Math.floor(rand() * 36)] ?? '0';
  return s;
}

/**
 * The same page with every class and id value replaced by a random string (consistently, so
 * `<style>` rules, `getElementById('x')` in inline scripts and `data-clipboard-target="#x"` still
 * point where they did). Nothing in the engine may depend on a site's names.
 */
export function randomizeNames(html: string, seed = 1): string {
  const rand = prng(seed);
  const doc = parse(html);
  const names = new Map<string, string>();
  const rename = (old: string) => {
    let n = names.get(old);
    if (!n) {
      n = token(rand);
      names.set(old, n);
    }
    return n;
  };
  for (const el of doc.querySelectorAll('[class], [id]')) {
    const cls = el.getAttribute('class');
    if (cls !== null) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(rename).join(' '));
    const id = el.getAttribute('id');
    if (id !== null) el.setAttribute('id', rename(id));
  }
  const swap = (text: string) =>
    text.replace(/(['"#.])([A-Za-z_][\w-]*)/g, (m, pre: string, name: string) =>
      names.has(name) ? `${pre}${names.get(name)}` : m,
    );
  for (const el of doc.querySelectorAll('script, style')) el.textContent = swap(el.textContent ?? '');
  for (const el of doc.querySelectorAll('[data-clipboard-target]')) {
    el.setAttribute('data-clipboard-target', swap(el.getAttribute('data-clipboard-target') ?? ''));
  }
  return doc.toString();
}

/**
 * Give `host` an open shadow root holding `markup` (parsed as a page of its own, its nodes moved in),
 * as a web component draws its content.
 */
export function attachOpenShadow(host: Element, markup: string): ShadowRoot {
  const root = (host as Element & { attachShadow(o: { mode: 'open' }): ShadowRoot }).attachShadow({ mode: 'open' });
  const body = parse(`<!DOCTYPE html><html><body>${markup}</body></html>`).body;
  root.append(...Array.from(body.childNodes));
  return root;
}
