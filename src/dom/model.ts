/**
 * The page model: what the one walk recorded, read into regions (article, comment, sidebar, footer),
 * comments, click-to-copy widgets, contact links and head metadata. Regions come from structure and
 * text (semantic tags and roles, link density, copyright lines), never from one site's class names.
 */
import type { Region } from '../report/types';
import { type CommentModel, findCommentsSteps } from './comments';
import { drain, pacer, type Steps } from './steps';
import { tagOf } from './tag';
import { Walker, type WalkOptions, type WalkState } from './walk';
import { findWidgetsSteps, type Widget } from './widgets';

export type BlockRegion = Extract<Region, 'article' | 'comment' | 'sidebar' | 'footer'>;

export interface LinkItem {
  el: Element;
  href: string;
}

export interface HeadInfo {
  title: string;
  lang?: string;
  url?: string;
  /** meta description and keywords */
  meta: string[];
}

export interface PageModel {
  doc: Document;
  head: HeadInfo;
  walk: WalkState;
  comments: CommentModel;
  /** region of each block */
  regions: BlockRegion[];
  widgets: Widget[];
  links: LinkItem[];
}

const CONTACT_HREF_RE =
  /^\s*(?:tel:|sms:|mailto:|weixin:|whatsapp:|tg:|line:|https?:\/\/(?:www\.)?(?:wa\.me|api\.whatsapp\.com|t\.me|telegram\.me|telegram\.dog|line\.me|lin\.ee|qm\.qq\.com|wpa\.qq\.com|signal\.me)\b)/iu;
const FOOTER_TEXT_RE =
  /©|\(c\)\s*(?:19|20)\d{2}|版权所有|版權所有|copyright|all rights reserved|ICP备|ICP證|ICP证|公网安备|公網安備/iu;
/** a container is site chrome when this share of its text sits in links */
const LINK_DENSITY = 0.7;
const CHROME_TAGS: Record<string, BlockRegion> = { FOOTER: 'footer', ASIDE: 'sidebar', NAV: 'sidebar' };
const CHROME_ROLES: Record<string, BlockRegion> = {
  contentinfo: 'footer',
  navigation: 'sidebar',
  complementary: 'sidebar',
  banner: 'sidebar',
};

export function readHead(doc: Document): HeadInfo {
  // the head's own children only: document-wide queries cost a walk of the whole page
  let title = '';
  let canonical: string | undefined;
  let og: string | undefined;
  const meta: string[] = [];
  for (let e = doc.head?.firstElementChild ?? null; e; e = e.nextElementSibling) {
    const tag = tagOf(e);
    if (tag === 'TITLE' && !title) title = (e.textContent ?? '').trim();
    else if (tag === 'LINK' && (e.getAttribute('rel') ?? '').toLowerCase() === 'canonical') {
      canonical ??= e.getAttribute('href') ?? undefined;
    } else if (tag === 'META') {
      const name = (e.getAttribute('name') ?? '').toLowerCase();
      const content = e.getAttribute('content');
      if ((name === 'description' || name === 'keywords') && content) meta.push(content);
      if (e.getAttribute('property') === 'og:url' && content) og ??= content;
    }
  }
  if (!title) title = (doc.title ?? '').trim();
  const lang = doc.documentElement?.getAttribute('lang') ?? undefined;
  return { title, lang: lang || undefined, url: canonical || og || undefined, meta };
}

/** Reads regions, comments, widgets and links from a finished walk. */
export function buildModel(doc: Document, walk: WalkState): PageModel {
  return drain(buildModelSteps(doc, walk));
}

/** `buildModel` in steps that yield every few hundred units of work, for a driver with a deadline. */
export function* buildModelSteps(doc: Document, walk: WalkState): Steps<PageModel> {
  const tick = pacer();
  const comments = yield* findCommentsSteps(walk, tick);
  const regions = yield* assignRegions(walk, comments, tick);
  const widgets = yield* findWidgetsSteps(doc, walk, tick);
  const links: LinkItem[] = [];
  for (const a of walk.attrs) {
    if (tick()) yield;
    if (a.name === 'href' && CONTACT_HREF_RE.test(a.value)) links.push({ el: a.el, href: a.value.trim() });
  }
  return { doc, head: readHead(doc), walk, comments, regions, widgets, links };
}

/** The all-at-once model of a document. */
export function modelDocument(doc: Document, opts: WalkOptions = {}): PageModel {
  const w = new Walker(doc, opts);
  w.run();
  return buildModel(doc, w.state);
}

function isInLink(el: Element, block: Element): boolean {
  for (let e: Element | null = el; e && e !== block; e = e.parentElement) {
    if (tagOf(e) === 'A') return true;
  }
  return false;
}

function* assignRegions(st: WalkState, cm: CommentModel, tick: () => boolean): Steps<BlockRegion[]> {
  const n = st.blocks.length;
  const regions: BlockRegion[] = new Array(n).fill('article');

  // 1. semantic tags and roles, inherited down the tree: blocks come in document order, so the chain of
  // ancestors above the last block (with the region each inherits) is kept, and a block climbs only to
  // the first element of that chain (no map over every element climbed)
  const own = (el: Element): BlockRegion | null => {
    // a whole walk read every role on the way (linkedom's getAttribute is slow)
    const role = st.whole ? (st.roles.get(el) ?? null) : el.getAttribute('role');
    const tag = tagOf(el);
    const r: BlockRegion | null = CHROME_TAGS[tag] ?? (role ? (CHROME_ROLES[role] ?? null) : null);
    return r === null && tag === 'HEADER' && !el.closest('article') ? 'sidebar' : r;
  };
  /** the ancestors above the last block, outermost first, and the region each stands in */
  const chain: Element[] = [];
  const chainRegion: (BlockRegion | null)[] = [];
  const path: Element[] = [];
  for (let b = 0; b < n; b++) {
    if (tick()) yield;
    const block = st.blocks[b];
    if (!block) continue;
    // climb to an element of the chain, or through the BODY (whose parent is not read), or off the tree
    path.length = 0;
    let keep = 0;
    for (let e: Element | null = block.el; e; e = e.parentElement) {
      const k = chain.lastIndexOf(e);
      if (k >= 0) {
        keep = k + 1;
        break;
      }
      path.push(e);
      if (tagOf(e) === 'BODY') break;
    }
    chain.length = keep;
    chainRegion.length = keep;
    // an element's own region, else (below the BODY) its parent's
    for (let k = path.length - 1; k >= 0; k--) {
      const e = path[k] as Element;
      const above = chainRegion.length > 0 ? (chainRegion[chainRegion.length - 1] ?? null) : null;
      chain.push(e);
      chainRegion.push(own(e) ?? (tagOf(e) === 'BODY' ? null : above));
    }
    const r = chainRegion[chainRegion.length - 1] ?? null;
    if (r) regions[b] = r;
  }

  // 2. link-dense containers are site chrome (menus, related and hot lists)
  const linkChars = new Uint32Array(n + 1);
  const allChars = new Uint32Array(n + 1);
  const prose = new Uint32Array(n + 1);
  for (let b = 0; b < n; b++) {
    if (tick()) yield;
    const block = st.blocks[b];
    let inLinks = 0;
    if (block) {
      for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
        const p = st.texts[i];
        if (p && isInLink(p.el, block.el)) inLinks += p.end - p.start;
      }
    }
    const len = block?.text.length ?? 0;
    linkChars[b + 1] = (linkChars[b] ?? 0) + inLinks;
    allChars[b + 1] = (allChars[b] ?? 0) + len;
    prose[b + 1] = (prose[b] ?? 0) + (len - inLinks >= 80 ? 1 : 0);
  }
  const sum = (arr: Uint32Array, r: [number, number]) => (arr[r[1]] ?? 0) - (arr[r[0]] ?? 0);
  for (const r of st.ranges.values()) {
    if (tick()) yield;
    if (r[1] - r[0] < 3 || r[1] - r[0] > n * 0.4) continue;
    const chars = sum(allChars, r);
    if (chars === 0 || sum(linkChars, r) / chars < LINK_DENSITY || sum(prose, r) > 0) continue;
    for (let b = r[0]; b < r[1]; b++) if (regions[b] === 'article') regions[b] = 'sidebar';
  }
  // a block that is nothing but one or two links, outside prose, is chrome too
  for (let b = 0; b < n; b++) {
    if (tick()) yield;
    const len = (allChars[b + 1] ?? 0) - (allChars[b] ?? 0);
    const links = (linkChars[b + 1] ?? 0) - (linkChars[b] ?? 0);
    if (regions[b] === 'article' && len > 0 && links === len && len <= 40) regions[b] = 'sidebar';
  }

  // 3. copyright lines: the block and its small top-level container are the footer
  for (let b = 0; b < n; b++) {
    if (tick()) yield;
    const block = st.blocks[b];
    if (!block || block.text.length > 400 || !FOOTER_TEXT_RE.test(block.text)) continue;
    let top: Element = block.el;
    while (top.parentElement && tagOf(top.parentElement) !== 'BODY') {
      const pr = st.ranges.get(top.parentElement);
      if (!pr || pr[1] - pr[0] > 15) break;
      top = top.parentElement;
    }
    const r = st.ranges.get(top) ?? [b, b + 1];
    if (r[1] - r[0] <= 15) for (let i = r[0]; i < r[1]; i++) regions[i] = 'footer';
  }

  // 4. comments win over everything
  for (let b = 0; b < n; b++) if ((cm.blockComment[b] ?? -1) >= 0) regions[b] = 'comment';
  return regions;
}
