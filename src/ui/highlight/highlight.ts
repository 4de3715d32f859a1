/**
 * "Show me": outline the suspicious comments (thread and evidence selectors from the report) and box
 * the handles' text (ranges found by their raw forms). Nothing shifts layout: elements get an outline
 * (inline, `!important`, restored exactly on clear), handle boxes and tooltips are absolutely positioned
 * in an overlay of their own (closed shadow root, `pointer-events: none`).
 */

import { resolveSelector } from '../../dom/selector';
import type { PageReport } from '../../report/types';
import { HIGHLIGHT_TAG } from '../tags';

export { HIGHLIGHT_TAG };

const MAX_ELEMENTS = 60;
const MAX_RANGES = 120;
const MAX_LABELS = 8;
const RED = '#C62828';
/** room between the outlined comments and a label set beside them, and at the window's edge */
const MARGIN_GAP = 8;

export interface HighlightTargets {
  /** thread containers judged planted */
  threads: string[];
  /** elements evidence points at */
  evidence: string[];
  /** raw (as written) forms of the suspect handles */
  handles: string[];
}

/** selectors of the whole page (the text model's evidence, read from all its words): no place to point at */
const WHOLE_PAGE = new Set(['body', 'html', ':root']);

export function targetsOf(r: PageReport): HighlightTargets {
  const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.trim().length > 0))];
  const threads = uniq(r.threads.filter((th) => th.planted).map((th) => th.selector));
  const evidence = uniq(r.evidence.map((e) => e.selector)).filter((s) => !threads.includes(s) && !WHOLE_PAGE.has(s));
  const handles = uniq(r.handles.filter((h) => h.suspect).flatMap((h) => h.raw)).sort((a, b) => b.length - a.length);
  return { threads, evidence, handles };
}

interface Box {
  left: number;
  top: number;
  right: number;
}

/**
 * Where the handle's label goes (viewport coordinates): beside the outlined comments around it, on the
 * handle's line, where it covers none of their words; when the comments fill the window's width, right after
 * the handle on its own line (the pusher's words, not the comment before); above the handle only when even
 * that does not fit.
 */
export function tipPlace(
  handle: Box,
  around: readonly Box[],
  width: number,
  viewport: number,
): { x: number; y: number } {
  const right = Math.max(handle.right, ...around.map((r) => r.right));
  if (right + MARGIN_GAP + width <= viewport - MARGIN_GAP) return { x: right + MARGIN_GAP, y: handle.top };
  // else right after the handle, over the rest of its own line (the pusher's words, not a neighbour's)
  if (handle.right + MARGIN_GAP + width <= viewport - MARGIN_GAP)
    return { x: handle.right + MARGIN_GAP, y: handle.top };
  return { x: handle.left, y: Math.max(0, handle.top - TIP_ABOVE) };
}
/** how far above its line a label set over the handle sits */
const TIP_ABOVE = 24;

export interface HighlightLabels {
  thread: string;
  handle: string;
}

export interface Highlighter {
  /** outline what the report names; returns the first element shown (to scroll to), if any */
  show(r: PageReport): Element | undefined;
  clear(): void;
  readonly active: boolean;
}

/** through the shadow roots the selector names; a selector this browser does not parse outlines nothing */
const query = resolveSelector;

interface Saved {
  el: HTMLElement;
  outline: [string, string];
  offset: [string, string];
}

export function createHighlighter(doc: Document, labels: HighlightLabels): Highlighter {
  let saved: Saved[] = [];
  let host: HTMLElement | undefined;
  let layer: HTMLElement | undefined;
  let ranges: Range[] = [];
  let labelled: Element[] = [];
  let raf = 0;
  const win = doc.defaultView;

  const outline = (el: Element, style: string) => {
    if (!(el instanceof (win?.HTMLElement ?? HTMLElement)) || saved.some((s) => s.el === el)) return;
    const h = el as HTMLElement;
    saved.push({
      el: h,
      outline: [h.style.getPropertyValue('outline'), h.style.getPropertyPriority('outline')],
      offset: [h.style.getPropertyValue('outline-offset'), h.style.getPropertyPriority('outline-offset')],
    });
    h.style.setProperty('outline', style, 'important');
    h.style.setProperty('outline-offset', '2px', 'important');
  };

  const findRanges = (roots: Element[], needles: string[]) => {
    const out: Range[] = [];
    if (needles.length === 0) return out;
    for (const root of roots) {
      const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n && out.length < MAX_RANGES; n = walker.nextNode()) {
        const text = (n as Text).data;
        for (const needle of needles) {
          let i = text.indexOf(needle);
          while (i >= 0 && out.length < MAX_RANGES) {
            const r = doc.createRange();
            r.setStart(n, i);
            r.setEnd(n, i + needle.length);
            out.push(r);
            i = text.indexOf(needle, i + needle.length);
          }
        }
      }
    }
    return out;
  };

  const draw = () => {
    if (!layer || !win) return;
    layer.replaceChildren();
    const sx = win.scrollX;
    const sy = win.scrollY;
    const box = (x: number, y: number, w: number, h: number, css: string) => {
      const d = doc.createElement('div');
      d.setAttribute(
        'style',
        `position:absolute;left:${x + sx}px;top:${y + sy}px;width:${w}px;height:${h}px;box-sizing:border-box;${css}`,
      );
      layer?.append(d);
      return d;
    };
    const label = (x: number, y: number, text: string) => {
      const d = box(x, Math.max(0, y - 24), 0, 0, '');
      d.setAttribute('class', 'tip');
      d.style.width = 'auto';
      d.style.height = 'auto';
      d.textContent = text;
      return d;
    };
    for (const r of ranges) {
      for (const rect of r.getClientRects()) {
        box(
          rect.left - 2,
          rect.top - 1,
          rect.width + 4,
          rect.height + 2,
          `border:2px solid ${RED};background:rgba(255,235,59,.18);border-radius:3px`,
        );
      }
    }
    let n = 0;
    for (const el of labelled) {
      if (n++ >= MAX_LABELS) break;
      const rect = el.getBoundingClientRect();
      label(rect.left, rect.top, labels.thread);
    }
    const firstHandle = ranges[0]?.getClientRects()[0];
    if (firstHandle) {
      // beside the outlined comments, on the handle's line, where it covers none of their words; above the
      // handle (over the line before it) only when the page leaves no room on the right
      const node = ranges[0]?.startContainer;
      const around = saved.filter((x) => node && x.el.contains(node)).map((x) => x.el.getBoundingClientRect());
      const tip = label(0, 24, labels.handle);
      const at = tipPlace(firstHandle, around, tip.getBoundingClientRect().width, win.innerWidth);
      tip.style.left = `${at.x + sx}px`;
      tip.style.top = `${at.y + sy}px`;
    }
  };

  const onResize = () => {
    if (!win || raf) return;
    raf = win.requestAnimationFrame(() => {
      raf = 0;
      draw();
    });
  };

  const api: Highlighter = {
    get active() {
      return saved.length > 0 || ranges.length > 0;
    },
    show(r) {
      api.clear();
      const t = targetsOf(r);
      const threadEls = t.threads.map((s) => query(doc, s)).filter((e): e is Element => !!e);
      const evEls = t.evidence.map((s) => query(doc, s)).filter((e): e is Element => !!e);
      for (const el of threadEls.slice(0, MAX_ELEMENTS)) outline(el, `3px dashed ${RED}`);
      for (const el of evEls.slice(0, MAX_ELEMENTS)) outline(el, `2px solid ${RED}`);
      const roots = [...threadEls, ...evEls];
      ranges = findRanges(roots.length ? roots : doc.body ? [doc.body] : [], t.handles);
      labelled = threadEls.length ? threadEls : evEls.slice(0, 1);
      host = doc.createElement(HIGHLIGHT_TAG);
      for (const [k, v] of [
        ['all', 'initial'],
        ['position', 'absolute'],
        ['top', '0'],
        ['left', '0'],
        ['width', '0'],
        ['height', '0'],
        ['overflow', 'visible'],
        ['pointer-events', 'none'],
        ['z-index', '2147483646'],
      ] as const) {
        host.style.setProperty(k, v, 'important');
      }
      const shadow = host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent = `:host{all:initial}.tip{position:absolute;padding:2px 8px;border-radius:4px;background:${RED};color:#fff;white-space:nowrap;font:600 13px/20px system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}`;
      layer = doc.createElement('div');
      shadow.append(style, layer);
      doc.documentElement.append(host);
      draw();
      win?.addEventListener('resize', onResize);
      return threadEls[0] ?? evEls[0] ?? ranges[0]?.startContainer.parentElement ?? undefined;
    },
    clear() {
      for (const s of saved) {
        s.el.style.removeProperty('outline');
        s.el.style.removeProperty('outline-offset');
        if (s.outline[0]) s.el.style.setProperty('outline', s.outline[0], s.outline[1]);
        if (s.offset[0]) s.el.style.setProperty('outline-offset', s.offset[0], s.offset[1]);
      }
      saved = [];
      ranges = [];
      labelled = [];
      host?.remove();
      host = undefined;
      layer = undefined;
      if (raf && win) win.cancelAnimationFrame(raf);
      raf = 0;
      win?.removeEventListener('resize', onResize);
    },
  };
  return api;
}
