/**
 * The one bounded, resumable walk over a Document. It joins the text of inline elements the way a
 * browser renders it (`<span>xys</span><span>8775</span>` is one string), cuts it into blocks at
 * block-level elements, and records every text node's place in its block, inline scripts, links and
 * attributes that carry contact payloads. Everything else (comments, regions, widgets) is read from
 * what this walk recorded: nothing walks the DOM again.
 *
 * Only standard DOM members that linkedom also has are used (no innerText, no getComputedStyle):
 * visibility that needs layout is a predicate the caller passes in.
 */

import { isSpace, needsCollapse } from '../text/space';
import { META_MAX_CHARS, metaKinds } from './meta';
import { shadowParent } from './shadow';
import { tagOf } from './tag';

/** Pieces longer than this are words, never comment metadata. */
const META_PIECE_CHARS = 60;

/** Elements whose content starts a new block of text. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Elements whose content is never rendered as text. */
const SKIP_TAGS = new Set([
  'HEAD',
  'IFRAME',
  'IMG',
  'INPUT',
  'NOSCRIPT',
  'OBJECT',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  // foreign elements keep lower-case tag names in HTML documents
  'svg',
  'math',
]);

/** A run of rendered text inside one block element. */
export interface Block {
  index: number;
  /** the block-level element that holds this text */
  el: Element;
  /** its tag (`tagOf(el)`), read once by the walk */
  tag: string;
  /** joined inline text, whitespace collapsed as a browser renders it */
  text: string;
  /** indexes into `WalkState.texts` of the text nodes that make up this block */
  firstText: number;
  textCount: number;
}

/** One text node's place in its block. */
export interface TextPiece {
  block: number;
  /** offsets in the block's text */
  start: number;
  end: number;
  /** the element that directly holds the text node */
  el: Element;
  /** comment metadata this piece carries (a `META_*` bitmask), read during the walk so it is sliced too */
  meta: number;
}

export interface ScriptItem {
  el: Element;
  text: string;
}

export interface AttrItem {
  el: Element;
  name: string;
  value: string;
}

export interface WalkOptions {
  /** the browser's visibility test; elements it rejects are skipped with their subtree */
  isVisible?: (el: Element) => boolean;
  /** cap on nodes visited (elements and text nodes) */
  maxNodes?: number;
  /** cap on characters of text gathered */
  maxChars?: number;
  /** told of each open shadow root the walk reads (a watcher of late content observes it too) */
  onShadowRoot?: (root: ShadowRoot) => void;
}

export const DEFAULT_MAX_NODES = 400_000;
export const DEFAULT_MAX_CHARS = 4_000_000;
/** inline scripts longer than this are not read (bundles, not page logic) */
const MAX_SCRIPT_CHARS = 20_000;
/** distinct short texts whose metadata kinds a walk remembers */
const META_MEMO_SIZE = 20_000;
/** how many nodes between two clock reads */
const CLOCK_EVERY = 32;

export interface WalkState {
  blocks: Block[];
  texts: TextPiece[];
  scripts: ScriptItem[];
  /** href, data-clipboard-*, onclick, title and alt values worth reading */
  attrs: AttrItem[];
  /** block element → [first block, end block) of the blocks inside it, for every block element that holds text */
  ranges: Map<Element, [number, number]>;
  /**
   * Elements walked that carry an `id`, and elements skipped with their subtree (whose descendants
   * were not read): with the part of the document outside the body, where every id sits, so ids can
   * be counted without a query over the whole document. Complete only for one uncapped walk of a
   * whole document (`whole`).
   */
  ids: Element[];
  skipped: Element[];
  /** `role` of the elements walked that carry one (complete, like `ids`, only when `whole`) */
  roles: Map<Element, string>;
  /** one uncapped walk of a whole document, nothing queued later: `ids`, `skipped` and `roles` are complete */
  whole: boolean;
  /**
   * A quotation element (BLOCKQUOTE, Q) was walked or holds a walked root: without one, no block sits in
   * a quotation, and nothing needs to climb to find out.
   */
  quotes: boolean;
  nodes: number;
  chars: number;
  capped: boolean;
}

interface Frame {
  node: Node;
  /** the block element this node's text belongs to, and its tag */
  blockEl: Element;
  blockTag: string;
  /** index of the next child to visit, or -1 before entering */
  child: Node | null;
  entered: boolean;
  firstBlock: number;
  /** a block-level element (read on entering) */
  block: boolean;
  /** its open shadow tree is being read; its own children come after */
  inShadow: boolean;
}

/** an inline style that takes the element out of the page: display: none, visibility: hidden */
const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/iu;
const ATTRS_TO_READ = new Set([
  'href',
  'data-clipboard-text',
  'data-clipboard-target',
  'onclick',
  'title',
  'alt',
  'data-copy',
]);

/**
 * A resumable walker: `run(deadline)` works until the deadline and returns true when the queue is
 * empty; `enqueue(node)` adds subtrees that arrived later.
 */
export class Walker {
  readonly state: WalkState = {
    blocks: [],
    texts: [],
    scripts: [],
    attrs: [],
    ranges: new Map(),
    ids: [],
    skipped: [],
    roles: new Map(),
    whole: false,
    quotes: false,
    nodes: 0,
    chars: 0,
    capped: false,
  };
  /** the open elements: frames[0 .. depth), reused from one element to the next (no allocation per node) */
  private readonly frames: Frame[] = [];
  private depth = 0;
  private readonly queue: Node[] = [];
  /**
   * Elements already walked, so a subtree queued later is not read twice. Kept as a list while no
   * subtree has been queued (the all-at-once scan never asks), moved into the set on the first question.
   */
  private readonly seen = new WeakSet<Node>();
  private unsorted: Node[] = [];
  private readonly maxNodes: number;
  private readonly maxChars: number;
  private readonly isVisible?: (el: Element) => boolean;
  private readonly onShadowRoot?: (root: ShadowRoot) => void;
  /** the open block being filled */
  /** its text so far, in pieces joined once when it closes */
  private readonly parts: string[] = [];
  private bufLen = 0;
  /** the last character code of the open block's text */
  private lastCode = 0;
  private bufEl: Element | null = null;
  private bufTag = '';
  private bufFirstText = 0;
  private pendingSpace = false;
  private readonly metaMemo = new Map<string, number>();
  /**
   * A range the walk counts an element's children with (`endOffset` after `selectNodeContents`), where the
   * DOM has one that counts (a browser's; linkedom's does not, and there every child is read in turn).
   */
  private readonly counter: Range | undefined;

  constructor(root: Node, opts: WalkOptions = {}) {
    this.maxNodes = opts.maxNodes ?? DEFAULT_MAX_NODES;
    this.maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
    this.isVisible = opts.isVisible;
    this.onShadowRoot = opts.onShadowRoot;
    this.queue.push(root);
    this.state.whole = root.nodeType === 9;
    const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
    const range = typeof doc?.createRange === 'function' ? doc.createRange() : undefined;
    if (range && doc?.documentElement) {
      range.selectNodeContents(doc.documentElement);
      if (typeof range.endOffset === 'number') this.counter = range;
    }
  }

  enqueue(node: Node): void {
    if (this.wasSeen(node)) return;
    this.queue.push(node);
    this.state.whole = false;
  }

  private wasSeen(node: Node): boolean {
    if (this.unsorted.length > 0) {
      for (const n of this.unsorted) this.seen.add(n);
      this.unsorted = [];
    }
    return this.seen.has(node);
  }

  get done(): boolean {
    return this.depth === 0 && this.queue.length === 0;
  }

  /** Works until `deadline` (a performance.now() value; Infinity for all at once). True when done. */
  run(deadline = Number.POSITIVE_INFINITY): boolean {
    let tick = 0;
    while (!this.state.capped) {
      if (this.depth === 0) {
        const next = this.queue.shift();
        if (!next) {
          this.flush();
          break;
        }
        if (this.wasSeen(next) || !this.startRoot(next)) continue;
      }
      this.advance();
      if (++tick % CLOCK_EVERY === 0 && performance.now() > deadline) return this.done;
    }
    if (this.state.capped) {
      this.state.whole = false;
      this.depth = 0;
      this.queue.length = 0;
      this.flush();
    }
    return true;
  }

  private startRoot(node: Node): boolean {
    const start = node.nodeType === 9 ? (node as Document).body : node;
    if (!start) return false;
    if (start !== node) {
      this.unsorted.push(node);
      return this.startRoot(start);
    }
    const blockEl = node.nodeType === 1 ? nearestBlock(node as Element) : nearestBlock(parentOf(node));
    if (!blockEl) return false;
    for (let e = node.parentElement; e && !this.state.quotes; e = e.parentElement)
      if (isQuote(tagOf(e))) this.state.quotes = true;
    this.flush();
    const blockTag = tagOf(blockEl);
    this.bufEl = blockEl;
    this.bufTag = blockTag;
    this.push(node, blockEl, blockTag);
    return true;
  }

  private advance(): void {
    const frame = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
    if (!frame) return;
    const node = frame.node;
    let child: Node | null;
    if (!frame.entered) {
      frame.entered = true;
      if (++this.state.nodes > this.maxNodes) {
        this.state.capped = true;
        return;
      }
      if (node.nodeType === 3) {
        this.addText(node.nodeValue ?? '', node.parentElement ?? frame.blockEl);
        this.depth--;
        return;
      }
      if (node.nodeType !== 1) {
        this.depth--;
        return;
      }
      const el = node as Element;
      this.unsorted.push(el);
      const tag = tagOf(el);
      if (isQuote(tag)) this.state.quotes = true;
      const hidden = this.readAttrs(el);
      if (tag === 'SCRIPT') {
        this.readScript(el);
        this.depth--;
        return;
      }
      // a declarative shadow root in saved markup (<template shadowrootmode="open">) is its host's content
      const declared = tag === 'TEMPLATE' && !hidden && el.hasAttribute('shadowrootmode');
      if (!declared && (SKIP_TAGS.has(tag) || hidden || (this.isVisible && !this.isVisible(el)))) {
        // a template's content is no part of the document (queries do not reach into it)
        if (tag !== 'TEMPLATE' && el.firstChild) this.state.skipped.push(el);
        this.depth--;
        return;
      }
      if (tag === 'BR') {
        this.pendingSpace = true;
        this.depth--;
        return;
      }
      frame.block = isBlock(tag) && !(tag.includes('-') && inRunningText(el));
      if (frame.block) {
        this.flush();
        frame.blockEl = el;
        frame.blockTag = tag;
        this.bufEl = el;
        this.bufTag = tag;
      }
      frame.firstBlock = this.state.blocks.length;
      // an open shadow tree renders in its host's place (a comment widget drawn by a web component):
      // read it first, then the host's own children (the ones its slots show)
      const shadow = declared
        ? (el as HTMLTemplateElement).content
        : (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      frame.inShadow = !declared && shadow != null;
      if (frame.inShadow) this.onShadowRoot?.(shadow as ShadowRoot);
      if (!shadow && this.readLeaf(el)) {
        // a cap reached on its text stops here, as on a text child
        if (this.state.capped) return;
        child = null;
      } else child = shadow ? shadow.firstChild : el.firstChild;
    } else {
      child = frame.child ? frame.child.nextSibling : null;
    }
    for (;;) {
      // text and other non-element children are read in place, without a frame of their own
      while (child && child.nodeType !== 1) {
        if (++this.state.nodes > this.maxNodes) {
          this.state.capped = true;
          frame.child = child;
          return;
        }
        if (child.nodeType === 3) {
          this.addText(child.nodeValue ?? '', node as Element);
          if (this.state.capped) {
            frame.child = child;
            return;
          }
        }
        child = child.nextSibling;
      }
      if (child || !frame.inShadow) break;
      frame.inShadow = false;
      child = node.firstChild;
    }
    frame.child = child;
    if (child) {
      this.push(child, frame.blockEl, frame.blockTag);
      return;
    }
    // leaving an element
    this.depth--;
    if (frame.block) {
      this.flush();
      const parent = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
      this.bufEl = parent ? parent.blockEl : null;
      this.bufTag = parent ? parent.blockTag : '';
      if (this.state.blocks.length > frame.firstBlock) {
        this.state.ranges.set(node as Element, [frame.firstBlock, this.state.blocks.length]);
      }
    }
  }

  /**
   * An element with no element child and one child node (a text, as a browser's parser leaves it) read
   * whole: its `textContent` is that text, and the text node's own wrapper and string are never made (a
   * browser makes one of each for every text node script reads, and on a page of 100,000 nodes the young
   * generation's collections that sweep them up cost up to 8 ms and more of a slice). True when it was
   * read (or has no child at all); false when its children are to be read one by one.
   */
  private readLeaf(el: Element): boolean {
    const counter = this.counter;
    if (!counter || el.firstElementChild !== null) return false;
    counter.selectNodeContents(el);
    const n = counter.endOffset;
    if (n > 1) return false;
    if (n === 1) {
      if (++this.state.nodes > this.maxNodes) {
        this.state.capped = true;
        return true;
      }
      // a comment's or an instruction's textContent is not theirs: an element's holds only its texts
      this.addText(el.textContent ?? '', el);
    }
    return true;
  }

  /** Opens a frame for `node` (reusing the one left at this depth). */
  private push(node: Node, blockEl: Element, blockTag: string): void {
    const f = this.frames[this.depth];
    if (f) {
      f.node = node;
      f.blockEl = blockEl;
      f.blockTag = blockTag;
      f.child = null;
      f.entered = false;
      f.firstBlock = this.state.blocks.length;
      f.block = false;
      f.inShadow = false;
    } else {
      this.frames.push({
        node,
        blockEl,
        blockTag,
        child: null,
        entered: false,
        firstBlock: this.state.blocks.length,
        block: false,
        inShadow: false,
      });
    }
    this.depth++;
  }

  private addText(raw: string, parent: Element): void {
    if (raw.length === 0) return;
    // collapse whitespace as rendering does, in one pass over the characters: the indentation between
    // tags (half of all text nodes) collapses to one space, and most words need no replacing at all
    let lead = 0;
    while (lead < raw.length && isSpace(raw.charCodeAt(lead))) lead++;
    if (lead === raw.length) {
      if (this.bufLen > 0) this.pendingSpace = true;
      return;
    }
    let end = raw.length;
    while (isSpace(raw.charCodeAt(end - 1))) end--;
    let t = lead === 0 && end === raw.length ? raw : raw.slice(lead, end);
    if (needsCollapse(t)) t = t.replace(/\s+/g, ' ');
    if (lead > 0 && this.bufLen > 0) this.pendingSpace = true;
    const trailing = end < raw.length;
    // two numbers in separate elements (a nickname's phone and a "2楼" floor tag) render apart
    const prev = this.state.texts[this.state.texts.length - 1];
    if (prev && prev.el !== parent && this.bufLen > 0 && isDigit(this.lastCode) && isDigit(t.charCodeAt(0))) {
      this.pendingSpace = true;
    }
    if (this.pendingSpace && this.bufLen > 0) {
      this.parts.push(' ');
      this.bufLen++;
    }
    this.pendingSpace = trailing;
    const start = this.bufLen;
    this.parts.push(t);
    this.bufLen += t.length;
    this.lastCode = t.charCodeAt(t.length - 1);
    this.state.texts.push({
      block: this.state.blocks.length,
      start,
      end: this.bufLen,
      el: parent,
      // t holds no white space at either end (trim would give it back unchanged); metaKinds reads nothing longer
      meta: t.length <= META_PIECE_CHARS && t.length <= META_MAX_CHARS ? this.metaOf(t) : 0,
    });
    this.state.chars += t.length;
    if (this.state.chars > this.maxChars) this.state.capped = true;
  }

  /** `metaKinds`, remembered per text: a page repeats its metadata ("回复", "举报", "3天前") in every comment */
  private metaOf(t: string): number {
    let m = this.metaMemo.get(t);
    if (m === undefined) {
      m = metaKinds(t);
      if (this.metaMemo.size < META_MEMO_SIZE) this.metaMemo.set(t, m);
    }
    return m;
  }

  /** Closes the open block. */
  private flush(): void {
    const el = this.bufEl;
    if (el && this.bufLen > 0) {
      const index = this.state.blocks.length;
      const text = this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
      this.state.blocks.push({
        index,
        el,
        tag: this.bufTag,
        text,
        firstText: this.bufFirstText,
        textCount: this.state.texts.length - this.bufFirstText,
      });
    }
    this.parts.length = 0;
    this.bufLen = 0;
    this.pendingSpace = false;
    this.bufFirstText = this.state.texts.length;
  }

  /** Records the attributes worth reading; true when the element carries `hidden`. */
  private readAttrs(el: Element): boolean {
    if (!el.hasAttributes()) return false;
    let hidden = false;
    // names first: a DOM's attribute list (a live map, a proxy in linkedom) is costly to build per element
    const names = el.getAttributeNames();
    for (let i = 0; i < names.length; i++) {
      const name = names[i] ?? '';
      if (name === 'hidden') hidden = true;
      // with no layout to ask (Node), an inline style that hides the element hides it, as a browser would
      else if (name === 'style' && !this.isVisible && HIDDEN_STYLE_RE.test(el.getAttribute('style') ?? ''))
        hidden = true;
      else if (name === 'id') this.state.ids.push(el);
      else if (name === 'role') this.state.roles.set(el, el.getAttribute('role') ?? '');
      else if (ATTRS_TO_READ.has(name)) {
        const value = el.getAttribute(name);
        if (value && value.length < 2000) this.state.attrs.push({ el, name, value });
      }
    }
    return hidden;
  }

  private readScript(el: Element): void {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (el.hasAttribute('src') || (type && !type.includes('javascript') && type !== 'module')) return;
    const text = el.textContent ?? '';
    if (text.length > 0 && text.length <= MAX_SCRIPT_CHARS) this.state.scripts.push({ el, text });
  }
}

export function isQuote(tag: string): boolean {
  return tag === 'BLOCKQUOTE' || tag === 'Q';
}

function isDigit(cu: number): boolean {
  return cu >= 0x30 && cu <= 0x39;
}

/**
 * A custom element set inside a sentence, with words right beside it in its parent ("专员手机 <wx-text>158-7320-4619
 * </wx-text>，加微信也是这个号"): inline, as a browser draws a custom element it is not told to draw as a block
 */
function inRunningText(el: Element): boolean {
  return wordsBeside(el.previousSibling) || wordsBeside(el.nextSibling);
}

function wordsBeside(n: Node | null): boolean {
  return n !== null && n.nodeType === 3 && /\S/u.test(n.nodeValue ?? '');
}

/** Block-level tags, and custom elements (`ytd-comment-view-model`), which sites style as blocks. */
function isBlock(tag: string): boolean {
  return BLOCK_TAGS.has(tag) || tag.includes('-');
}

function nearestBlock(el: Element | null): Element | null {
  let e = el;
  while (e) {
    if (isBlock(tagOf(e))) return e;
    e = parentOf(e);
  }
  return el;
}

/** The parent element, or across a shadow root's edge its host (content added late inside a widget). */
function parentOf(node: Node): Element | null {
  return node.parentElement ?? shadowParent(node)?.host ?? null;
}
