/**
 * Click-to-copy widgets: clipboard.js attributes, copy-worded controls next to a handle, and inline
 * scripts that pass a literal or an element's text to `clipboard.writeText` / `execCommand('copy')`,
 * together with the elements whose `onclick` calls such a script function.
 */
import { drain, pacer, type Steps } from './steps';
import { tagOf } from './tag';
import type { AttrItem, ScriptItem, WalkState } from './walk';

export type WidgetVia = 'clipboard-attr' | 'copy-control' | 'copy-script';

export interface Widget {
  el: Element;
  via: WidgetVia;
  /** texts the widget copies (read as contact slots) */
  payloads: string[];
  /** blocks whose handles the widget copies or sits next to */
  blocks: number[];
}

const COPY_CALL_RE = /clipboard\s*\.\s*writeText|execCommand\s*\(\s*['"]copy['"]|ClipboardJS|new\s+Clipboard\s*\(/u;
const WRITE_LITERAL_RE = /writeText\s*\(\s*(['"`])([^'"`\n]{1,120})\1/gu;
// element lookups whose text is read (not `.style`, `.classList`, ...: those only show a notice)
const BY_ID_RE =
  /getElementById\s*\(\s*['"]([\w-]{1,64})['"]\s*\)(?!\s*\.\s*(?:style|classList|setAttribute|addEventListener|remove)\b)/gu;
const BY_SELECTOR_RE =
  /querySelector\s*\(\s*['"]([^'"\n]{1,80})['"]\s*\)(?!\s*\.\s*(?:style|classList|setAttribute|addEventListener|remove)\b)/gu;
const FUNC_NAME_RE = /function\s+([A-Za-z_$][\w$]{0,40})\s*\(|([A-Za-z_$][\w$]{0,40})\s*=\s*(?:async\s+)?function\b/gu;
const STRING_LITERAL_RE = /(['"])([^'"\\\n]{5,40})\1/gu;
/** a control's whole label: 复制, (点击复制微信号), 一键复制, Copy, Click to copy ID */
const COPY_LABEL_RE =
  /^[\s(（【[「]*(?:点击|點擊|一键|一鍵|长按|長按)?\s*(?:复制|複製|拷贝)\s*(?:微信号?|微信|號碼|号码|QQ号?|账号|帳號|帐号|ID|联系方式)?[\s)）】\]」!！]*$|^[\s(（[]*(?:click to |tap to )?copy(?: (?:id|number|handle|contact|wechat id|link))?[\s)）\]]*$/iu;
/** a label that starts like a copy command, on an interactive element */
const COPY_WORD_RE =
  /^[\s(（【[「]*(?:点击|點擊|一键|一鍵|长按|長按)?\s*(?:复制|複製|拷贝)|^[\s(（[]*(?:click to |tap to )?copy\b/iu;

function interactive(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) {
    if (tagOf(e) === 'A' || tagOf(e) === 'BUTTON' || e.hasAttribute('onclick') || e.getAttribute('role') === 'button') {
      return true;
    }
  }
  return false;
}

/** What an element shows: a text field's value (the copy box `<input value="abc123" readonly>`), else its text. */
function shownText(el: Element | null): string | undefined {
  if (!el) return undefined;
  const tag = tagOf(el);
  if (tag === 'INPUT') return el.getAttribute('value') ?? undefined;
  return el.textContent ?? undefined;
}

function lookupText(doc: Document, how: 'id' | 'selector', key: string): string | undefined {
  if (how === 'id') return shownText(doc.getElementById(key));
  let el: Element | null = null;
  try {
    el = doc.querySelector(key);
  } catch (e) {
    // a selector written for a page script may not parse here (e.g. a pseudo-class we lack): skip it
    if (!(e instanceof Error)) throw e;
    return undefined;
  }
  return shownText(el);
}

const QUOTED = String.raw`(?:'[^'\\\n]{0,40}'|"[^"\\\n]{0,40}")`;
/** 'ran' + 'ran_' + '5207', or ['ran', 'ran_', '5207'].join(''): a handle cut into pieces in the source */
const CONCAT_RE = new RegExp(`${QUOTED}(?:\\s{0,4}\\+\\s{0,4}${QUOTED}){1,8}`, 'gu');
const JOIN_RE = new RegExp(
  `\\[\\s{0,4}${QUOTED}(?:\\s{0,4},\\s{0,4}${QUOTED}){1,8}\\s{0,4}\\]\\s{0,4}\\.\\s{0,4}join\\(\\s{0,4}(?:''|"")\\s{0,4}\\)`,
  'gu',
);
const PIECE_RE = /'([^'\\\n]{0,40})'|"([^"\\\n]{0,40})"/gu;

/** The strings a script builds by joining literals. */
function joinedLiterals(text: string): string[] {
  const out: string[] = [];
  for (const re of [CONCAT_RE, JOIN_RE]) {
    for (const m of text.matchAll(re)) out.push([...m[0].matchAll(PIECE_RE)].map((p) => p[1] ?? p[2] ?? '').join(''));
  }
  return out;
}

interface CopyFunction {
  name?: string;
  payloads: string[];
}

/** Copy routines defined in one inline script. */
function copyFunctions(doc: Document, script: ScriptItem): CopyFunction[] {
  const text = script.text;
  if (!COPY_CALL_RE.test(text)) return [];
  // split the script at function starts; each part that copies is one routine
  const starts: { index: number; name: string }[] = [];
  for (const m of text.matchAll(FUNC_NAME_RE)) {
    const name = m[1] ?? m[2];
    if (name) starts.push({ index: m.index ?? 0, name });
  }
  const parts: { name?: string; body: string }[] = [];
  if (starts.length === 0) parts.push({ body: text });
  else {
    if ((starts[0]?.index ?? 0) > 0) parts.push({ body: text.slice(0, starts[0]?.index) });
    starts.forEach((s, i) => {
      parts.push({ name: s.name, body: text.slice(s.index, starts[i + 1]?.index ?? text.length) });
    });
  }
  const out: CopyFunction[] = [];
  for (const part of parts) {
    if (!COPY_CALL_RE.test(part.body)) continue;
    const payloads: string[] = [];
    for (const m of part.body.matchAll(WRITE_LITERAL_RE)) if (m[2]) payloads.push(m[2]);
    for (const m of part.body.matchAll(BY_ID_RE)) {
      const t = m[1] ? lookupText(doc, 'id', m[1]) : undefined;
      if (t) payloads.push(t);
    }
    for (const m of part.body.matchAll(BY_SELECTOR_RE)) {
      const t = m[1] ? lookupText(doc, 'selector', m[1]) : undefined;
      if (t) payloads.push(t);
    }
    // rotating pools: when the routine copies a variable, the handle-shaped string literals of the script
    // (not the ids it looks elements up by)
    if (payloads.length === 0) {
      const literals = [...text.matchAll(STRING_LITERAL_RE)].map((m) => m[2]);
      for (const s of [...literals, ...joinedLiterals(text)]) {
        if (!s || !/^[A-Za-z0-9][\w.+@-]{4,39}$/u.test(s) || !/\d/u.test(s) || payloads.includes(s)) continue;
        if (doc.getElementById(s)) continue;
        payloads.push(s);
      }
    }
    if (payloads.length > 0) out.push({ name: part.name, payloads });
  }
  return out;
}

export function findWidgets(doc: Document, st: WalkState): Widget[] {
  return drain(findWidgetsSteps(doc, st));
}

/** `findWidgets` in steps that yield every few hundred units of work (see ./steps.ts). */
export function* findWidgetsSteps(doc: Document, st: WalkState, tick = pacer()): Steps<Widget[]> {
  const widgets: Widget[] = [];
  const byEl = new Map<Element, Widget>();
  const add = (el: Element, via: WidgetVia, payloads: string[], blocks: number[]) => {
    const w = byEl.get(el);
    if (w) {
      for (const p of payloads) if (!w.payloads.includes(p)) w.payloads.push(p);
      for (const b of blocks) if (!w.blocks.includes(b)) w.blocks.push(b);
      return;
    }
    const nw: Widget = { el, via, payloads: [...payloads], blocks: [...blocks] };
    byEl.set(el, nw);
    widgets.push(nw);
  };

  // clipboard.js and data-copy attributes
  for (const a of st.attrs) {
    if (tick()) yield;
    readClipboardAttr(doc, a, add);
  }

  // inline scripts and the controls that call them
  const routines: (CopyFunction & { script: ScriptItem })[] = [];
  for (const s of st.scripts) {
    yield;
    for (const f of copyFunctions(doc, s)) routines.push({ ...f, script: s });
  }
  for (const r of routines) {
    yield;
    let wired = false;
    if (r.name) {
      const call = new RegExp(`\\b${r.name.replace(/\$/gu, '\\$')}\\s*\\(`, 'u');
      for (const a of st.attrs) {
        if (tick()) yield;
        if (a.name === 'onclick' && call.test(a.value)) {
          add(a.el, 'copy-script', r.payloads, []);
          wired = true;
        }
      }
    }
    if (!wired) add(r.script.el, 'copy-script', r.payloads, []);
  }

  // copy-worded controls: the handle sits in the same block, or the block before
  for (let i = 0; i < st.texts.length; i++) {
    if (tick()) yield;
    const p = st.texts[i];
    if (!p) continue;
    const block = st.blocks[p.block];
    if (!block) continue;
    const t = block.text.slice(p.start, p.end);
    if (t.length > 24 || !(COPY_LABEL_RE.test(t) || (COPY_WORD_RE.test(t) && interactive(p.el)))) continue;
    const blocks = [p.block];
    if (p.block > 0 && block.text.length - t.length < 4) blocks.unshift(p.block - 1);
    // a text field beside the control holds what it copies (the walk reads no field values)
    const field = p.el.parentElement?.querySelector('input[value]');
    const value = field && tagOf(field) === 'INPUT' ? field.getAttribute('value')?.trim() : undefined;
    add(p.el, 'copy-control', value ? [value] : [], blocks);
  }
  return widgets;
}

function readClipboardAttr(
  doc: Document,
  a: AttrItem,
  add: (el: Element, via: WidgetVia, payloads: string[], blocks: number[]) => void,
): void {
  if (a.name === 'onclick' && COPY_CALL_RE.test(a.value)) {
    // an inline handler that copies: onclick="navigator.clipboard.writeText('abc123')"
    const payloads = [...a.value.matchAll(WRITE_LITERAL_RE)].map((m) => m[2]).filter((p): p is string => !!p);
    for (const m of a.value.matchAll(BY_ID_RE)) {
      const t = m[1] ? lookupText(doc, 'id', m[1]) : undefined;
      if (t) payloads.push(t);
    }
    if (payloads.length > 0) add(a.el, 'copy-script', payloads, []);
  } else if (a.name === 'data-clipboard-text' || a.name === 'data-copy') add(a.el, 'clipboard-attr', [a.value], []);
  else if (a.name === 'data-clipboard-target') {
    const t = lookupText(doc, 'selector', a.value);
    if (t) add(a.el, 'clipboard-attr', [t], []);
  }
}
