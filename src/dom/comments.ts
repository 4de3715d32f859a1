/**
 * Comment sections, found by structure: an item is the smallest element that holds a piece of
 * comment metadata (time, likes, region tag, floor, reply action) together with body text; items
 * that repeat as siblings, carry two kinds of metadata, or sit under a section heading (评论, Comments)
 * are comments. Reply lists nested in a comment, "回复 @x", "@x", "A: B", floors and quoted stacks
 * give each comment the one it answers. Class names are read as a hint only, never required.
 */
import {
  countBits,
  isAuthorChrome,
  isDiscourseLabel,
  isMemberTitle,
  isPaneLabel,
  isReplyWord,
  isSectionHeading,
  leadingName,
  META_FLOOR,
  META_LIKES,
  META_PLACE,
  META_REPLY,
  META_TIME,
  metaKinds,
  namesCommentSection,
  parseFloor,
  parseLikes,
  parseNamePrefix,
  parsePlace,
  parseQuoteAuthor,
  parseReplyTarget,
  WRITER_VERB,
} from './meta';
import { drain, pacer, type Steps } from './steps';
import { tagOf } from './tag';
import { type Block, isQuote, type WalkState } from './walk';

/** a speaker's name and colon opening a line (张三：) */
const SPEAKER_LABEL_RE = /^\s*[^\s:：]{1,16}\s*[:：]\s*/u;

export interface CommentItem {
  id: number;
  el: Element;
  author?: string;
  place?: string;
  time?: string;
  likes?: number;
  floor?: number;
  /** the comment's own words (no author, metadata, quoted text or nested replies) */
  text: string;
  /** blocks that belong to this comment itself */
  blocks: number[];
  /** blocks of text this comment quotes from another */
  quoted: number[];
  /** the comment it is nested in */
  parent?: number;
  /** the comment it answers */
  replyTo?: number;
  /** the author named in the header of a quoted stack inside this comment */
  quoteAuthor?: string;
  /** the commenter its metadata line says it answers ("March 18, 2026 · replied to Ana_CPA") */
  answers?: string;
  /** the author's @name shown beside the date ("@walt52 · May 1"), which replies may use instead */
  userName?: string;
  /** the name it opens by answering ("回复 @x:", "Replying to @x —"), when that names a commenter here */
  replyName?: string;
  depth: number;
  /** the list that holds this comment's top-level ancestor */
  section: number;
  /** its blocks when it spans more than its element (a header row and the body row after it) */
  span?: [number, number];
  /** the blocks of its author block, printed after its words (a review card's name and counters) */
  authorBlock?: [number, number];
  /** one row of a list of one-line messages (a chat room's, a BBS article's pushes): the list is one conversation */
  row?: boolean;
}

export interface CommentSection {
  id: number;
  el: Element;
  comments: number[];
}

export interface CommentModel {
  comments: CommentItem[];
  sections: CommentSection[];
  /** block index → comment id, for blocks inside a comment (own or quoted) */
  blockComment: Int32Array;
}

/** Items larger than this are page sections, not comments. */
const USER_NAME_RE = /^\s*@([\p{L}\p{N}_.]{1,30})/u;
/** a whole piece that is an @handle (with dots and dashes: @dana-m.skyline.social) */
/** whom a comment answers, said at the end of its metadata line: "· replied to Ana_CPA", "· in reply to @kira" */
const REPLIED_TO_RE = /(?:^|[·|•]) ?(?:replied to|in reply to|replying to) @?([^\s·|•,]{1,30})$/iu;
const HEADER_HANDLE_RE = /^@[\p{L}\p{N}_.-]{1,60}$/u;
const MAX_ITEM_BLOCKS = 400;
const MAX_ITEM_CHARS = 6000;
/** How far up from a piece of metadata an item may be. */
const MAX_CLIMB = 8;
const MIN_BODY_CHARS = 6;
const MAX_AUTHOR_CHARS = 24;
/** a chat room's row (a time, a name, a message) is one short line */
const CHAT_ROW_CHARS = 200;
/** A post's header row (subject, author, date) is one line of at most this many characters. */
const HEADER_ROW_CHARS = 160;
/** An author block after an entry's words: at most this many lines and characters. */
const AUTHOR_BLOCK_LINES = 3;
const AUTHOR_BLOCK_CHARS = 48;
/** A signature line under an entry's words (name, place, date) is one short line. */
const SIGNATURE_LINE_CHARS = 80;
/** …its parts set apart by bars or middle dots */
const SIGNATURE_MARKS_RE = /[|｜・•·]/u;
/** An author label ("Author:", 作者：) is looked for in a comment's first pieces only. */
const LABEL_LOOK_PIECES = 6;
/** a display name with a tagline, in a header line beside a date */
const MAX_HEADER_NAME_CHARS = 48;
/** an IPv4 address before a time */
const IP_BEFORE_RE = /^\d{1,3}(?:\.\d{1,3}){3}\s+(?=\d)/u;
const BARE_NUMBER_RE = /^[+\-−]?\d[\d,.]{0,8}[kK万萬]?$/u;
/** punctuation of sentences, which names and tags do not carry */
const SENTENCE_MARK_RE = /[,，。!！?？;；、]|\p{Ll}{2}\.\s/u;
const SENTENCE_END_RE = /[。!！?？;；]|\p{Ll}{2}\.\s/u;
/** "回复 @x :…", "Reply to x: …": words that answer someone, with words after the name */
const REPLY_LEAD_RE = /^\s*(?:回复|回覆|回應|回应|reply(?:ing)? to)\s?@?[^\s:：]{1,24}\s?[:：]\s?\S/iu;

interface Analysis {
  st: WalkState;
  pieceMeta: Uint8Array;
  /** per block: 0 not read yet, 1 a comment-section heading, -1 not (read again and again while items are lifted) */
  heading: Int8Array;
  /** prefix sums of body blocks */
  bodyPrefix: Uint32Array;
  /** per block: 1 a quotation's header in a box of its own (`quoteHeader`), read once */
  quoteHead: Uint8Array;
  /** per block: 2 a row of a list of one-line messages (see `analyse`) */
  chatRow: Uint8Array;
}

function pieceText(st: WalkState, i: number): string {
  const p = st.texts[i];
  if (!p) return '';
  const b = st.blocks[p.block];
  return b ? b.text.slice(p.start, p.end).trim() : '';
}

/** how long a pane's label may be ("Reaction score:", 註冊時間：) */
const PANE_LABEL_CHARS = 16;

/** A block of one short piece: a label or a value of a writer's pane set as a row of its own. */
function paneRow(st: WalkState, b: number): boolean {
  const block = st.blocks[b];
  return block !== undefined && block.textCount === 1 && block.text.length <= PANE_LABEL_CHARS;
}

/** a reaction button's label: a word or two and its count */
const BUTTON_COUNT_CHARS = 24;
const BUTTON_COUNT_RE = /^\p{L}[\p{L} ]{0,15} ?[(（]?\d{1,6}[)）]?$/u;

/** The whole label of the button `el` is or sits right in (`<button><span>Helpful</span> 14</button>`), if short. */
function buttonLabel(el: Element): string | undefined {
  for (let e: Element | null = el, up = 0; e && up < 2; e = e.parentElement, up++) {
    if (tagOf(e) !== 'BUTTON' && e.getAttribute('role') !== 'button') continue;
    const t = e.textContent ?? '';
    return t.length <= BUTTON_COUNT_CHARS * 2 ? t.replace(/\s+/gu, ' ').trim() : undefined;
  }
  return undefined;
}

function* analyse(st: WalkState, tick: () => boolean): Steps<Analysis> {
  const pieceMeta = new Uint8Array(st.texts.length);
  // read during the walk (long pieces carry none); the pass below adds label/value pairs
  for (let i = 0; i < st.texts.length; i++) {
    if (tick()) yield;
    const p = st.texts[i];
    let m = p?.meta ?? 0;
    // a button's label and its count ("Helpful 14", "Funny 2", "有用 (3)"): a reaction under the entry, no one's words
    if (m === 0 && p && p.end - p.start <= BUTTON_COUNT_CHARS) {
      const label = buttonLabel(p.el);
      if (label !== undefined && BUTTON_COUNT_RE.test(label)) m = META_LIKES;
    }
    pieceMeta[i] = m;
  }
  // a label and its value in separate nodes: <span>赞</span><span>147</span>, <i>IP属地</i><b>广东</b>
  const joinedMeta = new Map<string, number>(); // every comment repeats its footer ("回复 举报")
  for (let i = 0; i + 1 < st.texts.length; i++) {
    if (tick()) yield;
    const p = st.texts[i];
    const q = st.texts[i + 1];
    // a label of the writer's pane and its value (<strong>Joined:</strong> Sat Aug 13, 2016, Posts: 612): the
    // pane's chrome, and a join date no time of the post
    // ... also as rows of a definition list (<dt>Joined</dt><dd>Mar 14, 2019</dd>): the label alone in its block, its
    // value alone in the next
    if (
      p &&
      q &&
      (p.block === q.block || (q.block === p.block + 1 && paneRow(st, p.block) && paneRow(st, q.block))) &&
      p.end - p.start <= PANE_LABEL_CHARS &&
      isPaneLabel(pieceText(st, i))
    ) {
      pieceMeta[i] = META_REPLY;
      pieceMeta[i + 1] = META_REPLY;
      continue;
    }
    if (!p || !q || p.block !== q.block || (pieceMeta[i] ?? 0) & ~META_REPLY || (pieceMeta[i + 1] ?? 0) & META_PLACE)
      continue;
    if (p.end - p.start > 12 || q.end - q.start > 12) continue;
    const pair = `${pieceText(st, i)} ${pieceText(st, i + 1)}`;
    let kinds = joinedMeta.get(pair);
    if (kinds === undefined) {
      kinds = metaKinds(pair);
      if (joinedMeta.size < 20_000) joinedMeta.set(pair, kinds);
    }
    const joined = kinds & (META_LIKES | META_PLACE | META_FLOOR);
    if (joined) {
      pieceMeta[i] = joined;
      pieceMeta[i + 1] = joined;
    }
  }
  const bodyPrefix = new Uint32Array(st.blocks.length + 1);
  // per block: 1 a line of a name and a few words beside a time, each in an element of its own ("11/26 19:02
  // 阿珍 收到謝謝"), which reads as a header line when it stands alone; 2 when rows of that shape follow one
  // another under one parent, with no words between them: a chat room, a danmaku list, where each row is a
  // whole message and its longest part the message's words
  const chatRow = new Uint8Array(st.blocks.length);
  const quoteHead = new Uint8Array(st.blocks.length);
  for (let b = 0; b < st.blocks.length; b++) {
    if (tick()) yield;
    const block = st.blocks[b];
    // a quotation's header carries the quoted post's date and writer, no metadata of this one (chrome)
    if (block && quoteHeader(st, pieceMeta, b)) {
      quoteHead[b] = 1;
      pieceMeta.fill(META_REPLY, block.firstText, block.firstText + block.textCount);
    }
    if (!block || block.text.length < MIN_BODY_CHARS || block.text.length > CHAT_ROW_CHARS) continue;
    let words = 0;
    let timed = false;
    for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
      const p = st.texts[i];
      if (!p) continue;
      if ((pieceMeta[i] ?? 0) & META_TIME) timed = true;
      else if (pieceMeta[i]) continue;
      else if (p.el === block.el) words = 99;
      else if (p.end - p.start >= 2) words++;
    }
    if (timed && words === 2) chatRow[b] = 1;
  }
  for (let b = 1; b < st.blocks.length; b++) {
    const x = st.blocks[b - 1];
    const y = st.blocks[b];
    if (chatRow[b - 1] && chatRow[b] && x && y && x.tag === y.tag && x.el.parentElement === y.el.parentElement) {
      chatRow[b - 1] = 2;
      chatRow[b] = 2;
    }
  }
  for (let b = 0; b < st.blocks.length; b++) {
    if (tick()) yield;
    const block = st.blocks[b];
    let body = false;
    if (block && block.text.length >= MIN_BODY_CHARS) {
      // a header line (one short name beside metadata: "Marcus says:", "@linda 2 years ago") is not body
      let words = 0;
      let longest = 0;
      let meta = 0;
      let wrapped = true;
      // each part in an element of its own and none a sentence (a tagline may hold commas: "Planner, CFP")
      let tagged = true;
      let handles = 0;
      for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
        const p = st.texts[i];
        if (!p) continue;
        // the chrome of an author line beside the name (LV5, 百科6级, Champion) counts as a part of the line, as
        // words would, when telling a header line from words: a short reply on a name's line stays a reply
        if (pieceMeta[i] && !(pieceMeta[i] === META_REPLY && isAuthorChrome(block.text.slice(p.start, p.end)))) meta++;
        else if (p.end - p.start >= 2) {
          words++;
          longest = Math.max(longest, p.end - p.start);
          const t = block.text.slice(p.start, p.end);
          if (p.el === block.el || SENTENCE_MARK_RE.test(t)) wrapped = false;
          if (p.el === block.el || SENTENCE_END_RE.test(t)) tagged = false;
          // words that answer someone ("回复 @x :怎么进群啊") beside the name are a reply, not a header line
          if (REPLY_LEAD_RE.test(t)) wrapped = tagged = false;
          if (HEADER_HANDLE_RE.test(t.trim())) handles++;
        }
      }
      // a name beside metadata, or a name and a tag in inline wrappers (<b>Dana</b> <span>(author)</span>),
      // is a label line, not words
      // one display name with a tagline beside a date, and at most its @handle ("Desiree | Community
      // Funding ✨ @desiree.bsky.social · 13d"), is a header too, each part in an element of its own
      const header =
        (longest <= MAX_AUTHOR_CHARS && ((words === 1 && meta > 0) || (words <= 2 && wrapped))) ||
        (meta > 0 && words - handles <= 1 && tagged && longest <= MAX_HEADER_NAME_CHARS);
      // ... and so is an @handle alone (a creator's name drawn in a badge of its own: "@JensBudgetKitchen")
      body =
        longest >= MIN_BODY_CHARS &&
        (!header || chatRow[b] === 2) &&
        !subjectOverTime(st, pieceMeta, b) &&
        !HEADER_HANDLE_RE.test(block.text.trim());
    }
    bodyPrefix[b + 1] = (bodyPrefix[b] ?? 0) + (body ? 1 : 0);
  }
  return { st, pieceMeta, bodyPrefix, heading: new Int8Array(st.blocks.length), quoteHead, chatRow };
}

/** a comment section's heading row: the heading and a line or two beside it (its sort links, its count) */
const HEADING_ROW_BLOCKS = 3;
/** a heading below the page's own (H1): a post's title, a section's, a forum post's subject */
const HEADING_TAG_RE = /^H[2-6]$/u;

/** isSectionHeading of a block's text, read once per block. */
function headingBlock(a: Analysis, b: number): boolean {
  if (a.heading[b] === 0) a.heading[b] = isSectionHeading(a.st.blocks[b]?.text ?? '') ? 1 : -1;
  return a.heading[b] === 1;
}

function hasBody(a: Analysis, r: [number, number]): boolean {
  return (a.bodyPrefix[r[1]] ?? 0) - (a.bodyPrefix[r[0]] ?? 0) > 0;
}

/**
 * A post's subject set as a heading right over its time line (SMF's <h5>Re: …</h5> over "« Reply #1 on: November
 * 02, 2026 »", vBulletin's <h2> title over the timestamp): the post's header, no words of the post.
 */
function subjectOverTime(st: WalkState, pieceMeta: Uint8Array, b: number): boolean {
  const next = st.blocks[b + 1];
  return (
    HEADING_TAG_RE.test(st.blocks[b]?.tag ?? '') &&
    (next?.text.length ?? HEADER_ROW_CHARS) < HEADER_ROW_CHARS &&
    timedPieces(st, pieceMeta, [b + 1, b + 2])
  );
}

/** A piece of the range is a time (a post's header row: author and date). */
function timedRange(a: Analysis, r: [number, number]): boolean {
  return timedPieces(a.st, a.pieceMeta, r);
}

/** `timedRange` on the pieces' metadata alone, for the readers that run while it is being made. */
function timedPieces(st: WalkState, pieceMeta: Uint8Array, r: [number, number]): boolean {
  for (let b = r[0]; b < r[1]; b++) {
    const block = st.blocks[b];
    if (!block) continue;
    for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
      if ((pieceMeta[i] ?? 0) & META_TIME) return true;
    }
  }
  return false;
}

/** A piece of the block is a time. */
function timedBlock(a: Analysis, b: number): boolean {
  return timedRange(a, [b, b + 1]);
}

function rangeChars(st: WalkState, r: [number, number]): number {
  let n = 0;
  for (let b = r[0]; b < r[1] && n <= MAX_ITEM_CHARS; b++) n += st.blocks[b]?.text.length ?? 0;
  return n;
}

/**
 * Small enough to be one comment, and not the page's main post (which carries the page heading, or its own
 * title and subheadings: a blog post's <h2> title over <h3> sections, with the comment list after it).
 */
function itemSized(st: WalkState, r: [number, number]): boolean {
  if (r[1] - r[0] > MAX_ITEM_BLOCKS || rangeChars(st, r) > MAX_ITEM_CHARS) return false;
  let headings = 0;
  for (let b = r[0]; b < r[1]; b++) {
    const tag = st.blocks[b]?.tag;
    if (tag === 'H1') return false;
    if (tag !== undefined && HEADING_TAG_RE.test(tag) && sectionHead(st, b, r[1]) && ++headings >= POST_HEADINGS)
      return false;
  }
  if (teaser(st.blocks[r[0]])) return false;
  // ... nor one whose first line of words is a link to another page, a title's length (a board's index row:
  // its push count, "[問題] 信貸整合要找銀行還是代辦？", its author, its date): a post in a list of posts
  for (let b = r[0]; b < r[1]; b++) {
    const block = st.blocks[b];
    if (block && block.text.length >= MIN_BODY_CHARS) return !linkTitle(block);
  }
  return true;
}
/** a title and two sections of its own: a post, not a comment */
const POST_HEADINGS = 3;
/** the words under a section's heading: a paragraph, not a name's pane or a menu ("Share this post") */
const SECTION_TEXT_CHARS = 16;

/** A heading over words of its own (the block after it, inside the item, is a paragraph and no heading). */
function sectionHead(st: WalkState, b: number, end: number): boolean {
  const next = b + 1 < end ? st.blocks[b + 1] : undefined;
  return next !== undefined && !HEADING_TAG_RE.test(next.tag) && next.text.length >= SECTION_TEXT_CHARS;
}

/** A title this long (words, or CJK characters) names a post, not a person. */
const TITLE_MIN_WORDS = 4;
const TITLE_MIN_CJK = 8;
const CJK_RUN_RE = /\p{sc=Han}/gu;
/** the share of a title heading's text its link holds */
const TITLE_LINK_SHARE = 0.9;

/**
 * An item headed by a linked title (<h3><a href="/news/…">Bridge Loan now up to $2,500</a></h3>): a post
 * in a list of posts (a blog's index, a news list, a feed shown as a page), whose words are the site's,
 * not a comment. A name in a heading ("<h4><a href="/u/bob">bob</a></h4>") is a few words at most, and a
 * header line that adds a time or a floor beside the name is more than its link.
 */
function teaser(first: Block | undefined): boolean {
  if (!first || !HEADING_TAG_RE.test(first.tag)) return false;
  // the heading is its link: a header line with a name link and a time (豆瓣's <h4><a>name</a> 2026-…</h4>) is no title
  const link = first.el.querySelector('a[href]');
  const t = first.text.trim();
  // a post's own anchor (phpBB's <h3><a href="#p5512">Re: …</a></h3>) or a reply's subject: a post in a thread
  if (link?.getAttribute('href')?.includes('#') || REPLY_SUBJECT_RE.test(t)) return false;
  const linked = (link?.textContent ?? '').replace(/\s+/gu, ' ').trim();
  if (linked.length < t.length * TITLE_LINK_SHARE) return false;
  return linked.split(' ').length >= TITLE_MIN_WORDS || (linked.match(CJK_RUN_RE)?.length ?? 0) >= TITLE_MIN_CJK;
}

/** A block that is one link to another page, of a title's length (four words, eight CJK characters). */
function linkTitle(block: Block): boolean {
  const a = block.textCount === 1 ? block.el.firstElementChild : null;
  // a post's own anchor (SMF's subject links to "…msg1001#msg1001") or a reply's subject heads a post in a thread
  if (!a || a.nextElementSibling || tagOf(a) !== 'A' || a.getAttribute('href')?.includes('#') !== false) return false;
  const t = block.text.trim();
  if (REPLY_SUBJECT_RE.test(t)) return false;
  return t.split(' ').length >= TITLE_MIN_WORDS || (t.match(CJK_RUN_RE)?.length ?? 0) >= TITLE_MIN_CJK;
}

/** The piece index range [first, end) of a block range. */
function pieceRange(st: WalkState, r: [number, number]): [number, number] {
  const first = st.blocks[r[0]];
  const last = st.blocks[r[1] - 1];
  if (!first || !last) return [0, 0];
  return [first.firstText, last.firstText + last.textCount];
}

/** Does this element look like one comment: an author-like first piece or metadata, and body text. */
function looksLikeComment(a: Analysis, el: Element): boolean {
  const r = a.st.ranges.get(el);
  if (!r || !hasBody(a, r) || !itemSized(a.st, r)) return false;
  const [p0, p1] = pieceRange(a.st, r);
  let meta = 0;
  for (let i = p0; i < p1; i++) meta |= a.pieceMeta[i] ?? 0;
  if (meta & (META_TIME | META_LIKES | META_PLACE | META_FLOOR)) return true;
  return authorPiece(a, p0, p1) !== undefined || parseNamePrefix(a.st.blocks[r[0]]?.text ?? '') !== undefined;
}

/** The first piece that reads as an author's name: short, not metadata, followed by more text. */
const VOTE_RE = /^\s*[+\-−]?\d{1,6}\s*$/u;
const SIGNATURE_WORD_RE = /^\p{Lu}[\p{L}.'’]{0,20}$/u;

/** A comment signed at its end, as Q&A sites print them: "… please don't. – Graham IFA" */
function signatureOf(text: string): string | undefined {
  const dash = Math.max(text.lastIndexOf(' –'), text.lastIndexOf(' —'));
  if (dash < 0 || text.length - dash > 48) return undefined;
  const name = text.slice(dash + 2).trim();
  const words = name.split(' ');
  if (name.length < 2) return undefined;
  if (words.length <= 3 && words.every((w) => SIGNATURE_WORD_RE.test(w))) return name;
  // ... or by a handle or a Chinese name, one word: "– carla_m", "– 财务自由路很远"
  return words.length === 1 && SIGNATURE_HANDLE_RE.test(name) && HANDLE_MARK_RE.test(name) && LETTER_RE.test(name)
    ? name
    : undefined;
}
/** one word of letters, digits, "_", "." or "-" */
const SIGNATURE_HANDLE_RE = /^[\p{L}\p{N}_.-]{2,24}$/u;
/** what makes a word a handle or a Chinese name rather than a plain word: a Han character, a digit or "_" */
const HANDLE_MARK_RE = /[\p{sc=Han}\d_]/u;

/**
 * A role, a verdict or an activity printed where a name would be ("Question:", "Answer:", 问:, 答:, a review's
 * 推荐 / "Not Recommended", a profile feed's 回覆了 / "replied"): whose words or what they say, not who wrote them.
 */
const ROLE_LABEL_RE =
  /^(?:question|answer|q|a|re|fwd?|问|答|问题|回答|提问|追问|追答|推荐|不推荐|好评|中评|差评|recommended|not recommended)\s*[:：]?$/iu;
/** A profile feed's activity verb, before the title of the thread it was in. */
const ACTIVITY_RE = /^(?:回覆了|回复了|發表了|发表了|评论了|評論了|replied|posted|commented)$/iu;
/** Words that stand where a name would be and name nobody. */
function labelNotName(t: string): boolean {
  return ROLE_LABEL_RE.test(t) || ACTIVITY_RE.test(t) || isDiscourseLabel(t.replace(/[\s:：]+$/u, ''));
}
/** A piece that ends a sentence: words, not a name. */
const ENDS_SENTENCE_RE = /[。！？.!?]$/u;
/** the author's badge beside the name ("理财老王 <span>作者</span>"): it labels the name before it, not the one after */
const AUTHOR_BADGE_RE = /^(?:作者|author)$/iu;
/** A label right before the name in a post's header line: "Author: <b>name</b>", "Posted by", 作者：, 发帖人： */
const AUTHOR_LABEL_RE = /(?:^|\s)(?:author|posted by|written by|作者|发帖人|發帖人|发表人|發表人)\s?[:：]?\s*$/iu;
/** who asked or posted, as a label before the name: 发问者：, 發布人：, 留言人： */
const WRITER_LABEL_RE =
  /^(?:发问者|發問者|提问者|提問者|发布者|發布者|发布人|發布人|留言人|留言者|asked by|posted by)$/iu;
/** the name after a label and its colon, up to the next separator: "作者：<西溪老张> · 2026-11-04" */
const LABELLED_NAME_RE = /^[^:：]{1,16}[:：] ?([^\s·|•,，]{2,24})(?:\s|$)/u;
/** A byline in a comment's date line: "By Glenda S. on October 13, 2026", "answered by Kira · 3 days ago". */
const BYLINE_HEAD_RE = /^\s*(?:answered |asked |posted )?by /iu;
const BYLINE_END_RE = / (?:on|at) | ?[·|–] /u;
const BYLINE_NAME_RE = /^\p{L}[\p{L}\p{N}.'’_ -]{0,40}$/u;

/**
 * A signature line: a dash, the name, then the date ("——阿賢的筆記 2026年10月12日 (日) 15:37 (UTC)",
 * "— Marcy Hale, 12 May 2026", "-- kf_lin 2026-10-12 21:04"), as wikis and forums sign a post.
 */
const DASH_SIGNATURE_RE =
  /^(?:——|—|–|--|~~) ?([^\s\d,，—–~]{2,20}(?: [^\s\d,，—–~]{1,20})?),? (?=\d{4}[年/.-]|\d{1,2} \p{Lu}\p{Ll}{2,8} \d{4})/u;

/** The name of a dash signature in the last block's time piece (its only time piece, at the block's end). */
function dashSignature(a: Analysis, q0: number, q1: number): string | undefined {
  for (let i = q1 - 1; i >= q0; i--) {
    if (((a.pieceMeta[i] ?? 0) & META_TIME) === 0) continue;
    return DASH_SIGNATURE_RE.exec(pieceText(a.st, i))?.[1];
  }
  return undefined;
}

/** A writer's line in Chinese: "Kenneth_Lau 回答 · 11-15", "阿明 回覆於 2026-11-15", "小周 发表于 3 天前". */
const ZH_BYLINE_RE = new RegExp(`^([^\\s·|]{2,24}(?: [^\\s·|]{2,24})?) ${WRITER_VERB} ?[·|]? ?(?=\\d)`, 'u');

/** The name a writer's line gives in the comment's own time pieces. */
function writerLine(a: Analysis, p0: number, p1: number, own: (i: number) => boolean): string | undefined {
  for (let i = p0; i < p1; i++) {
    if (!own(i) || ((a.pieceMeta[i] ?? 0) & META_TIME) === 0) continue;
    const name = bylineOf(pieceText(a.st, i));
    // "#3　發表於 2026-11-08 16:42": the post's number before the date line, no writer; nor is its floor
    // ("楼主　发表于 …", "2楼 发表于 …", 沙发)
    if (name && !notAName(name) && (metaKinds(name) & META_FLOOR) === 0) return name;
  }
  return undefined;
}

function bylineOf(t: string): string | undefined {
  const zh = ZH_BYLINE_RE.exec(t)?.[1];
  if (zh) return zh;
  const head = BYLINE_HEAD_RE.exec(t);
  if (!head) return undefined;
  const rest = t.slice(head[0].length);
  const cut = rest.search(BYLINE_END_RE);
  const name = cut > 0 ? rest.slice(0, cut).trim() : '';
  return name.split(' ').length <= 4 && BYLINE_NAME_RE.test(name) ? name : undefined;
}

/** An image shown as its caption in brackets: "[图]到账截图", "[image] receipt". */
const IMAGE_CAPTION_RE = /^[[【](?:图|圖|图片|圖片|image|photo|img|pic)[\]】]/iu;
const LETTER_RE = /\p{L}/u;
/** a file's name in a shared folder's list or an attachment ("04 收到法院传票后怎么办.pdf", "statement.png") */
const FILE_NAME_RE = /\.(?:docx?|xlsx?|pptx?|pdf|txt|csv|png|jpe?g|gif|mp3|mp4|zip|rar)$/iu;
const DIGITS_RE = /\d/gu;
const PHONE_DIGITS = 7;

/**
 * Where a name would be, a piece that names nobody: a rating or a count ("4.6", "24.1K", "6%"), an icon or an
 * arrow alone ("★", "▲", "📄", "↪"), an image's caption ("[图]暗盘截图"), a file's name.
 */
function notAName(t: string): boolean {
  // a phone number stands for its owner in a chat or text-message export ("+852 5480 2716")
  const phone = !LETTER_RE.test(t) && (t.match(DIGITS_RE)?.length ?? 0) >= PHONE_DIGITS;
  return (!LETTER_RE.test(t) && !phone) || BARE_NUMBER_RE.test(t) || IMAGE_CAPTION_RE.test(t) || FILE_NAME_RE.test(t);
}

const SEPARATOR_ONLY_RE = /^[\s·•|丨｜]*$/u;
/** how long a place beside a time may be ("Eastfield Township", "Port Marlow, MI") */
const PLACE_MAX_CHARS = 32;
/** a sentence's stop or a digit: words or a count, not a town */
const PLACE_NOT_RE = /[.!?。！？\d]/u;

/**
 * A block that is a line of metadata with one short name in it: a time, separators and at most one other
 * piece, a few words with no sentence in it ("Eastfield Township · Nov 5, 2026", "Detroit · 2 days ago").
 */
function placeBesideTime(a: Analysis, b: number): boolean {
  const block = a.st.blocks[b];
  if (!block || block.textCount < 2) return false;
  let time = false;
  let names = 0;
  for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
    const m = a.pieceMeta[i] ?? 0;
    if (m & META_TIME) time = true;
    if (m) continue;
    const t = pieceText(a.st, i).trim();
    if (SEPARATOR_ONLY_RE.test(t)) continue;
    if (++names > 1 || t.length > PLACE_MAX_CHARS || PLACE_NOT_RE.test(t)) return false;
  }
  return time && names === 1;
}

/** one capital letter alone: an avatar's initial */
const AVATAR_INITIAL_RE = /^\s*\p{Lu}\s*$/u;
/** A full stop or a comma inside a piece (不需要找代辦。您可以自己做, 感谢信任,按时还款): a sentence, not a name. */
const INNER_SENTENCE_RE = /[。！？；，、]|[,;](?=\S)/u;
function sentenceNotName(t: string): boolean {
  return INNER_SENTENCE_RE.test(t);
}

function authorPiece(a: Analysis, p0: number, p1: number): number | undefined {
  const labelled = labelledAuthor(a, p0, p1);
  if (labelled !== undefined) return labelled;
  for (let i = p0; i < p1; i++) {
    const t = pieceText(a.st, i);
    if (t.length === 0 || /^[\s:：|·•,，\-—–]*$/u.test(t)) continue;
    if (a.pieceMeta[i]) continue;
    if (labelNotName(t)) {
      // "回覆了 <a>thread title</a> · date": the rest of an activity's line names what was answered
      if (ACTIVITY_RE.test(t)) {
        const b = a.st.texts[i]?.block;
        while (i + 1 < p1 && a.st.texts[i + 1]?.block === b) i++;
      }
      continue;
    }
    // an excerpt that shows what a comment is about ("F6 · 天天打电话给我妈…" above a document's comment)
    if (/(?:…|\.\.\.)$/u.test(t)) continue;
    // an avatar drawn as the writer's initial ("D" in a circle) before the name it abbreviates
    if (
      AVATAR_INITIAL_RE.test(t) &&
      i + 1 < p1 &&
      pieceText(a.st, i + 1)
        .trim()
        .toLowerCase()
        .startsWith(t.trim().toLowerCase())
    )
      continue;
    // a vote score beside an answer ("19", "-3"), a rating, a count, an icon or an image's caption is no name,
    // nor is one character before a name that the words follow (a BBS reply's mark: 推, 噓, →)
    if (VOTE_RE.test(t) || notAName(t) || rowMark(a, i, p1)) {
      // an "@" or an arrow before a name: the name is whom the words answer ("↪ @老K 还有办法吗"), not the
      // writer; the marker holds the writer's place (and names nobody: see fillComment)
      if (t.endsWith('@') || (i + 1 < p1 && pieceText(a.st, i + 1).startsWith('@'))) return i;
      continue;
    }
    if (/[。！？!?]$/u.test(t) || sentenceNotName(t)) return undefined;
    if (t.length > MAX_AUTHOR_CHARS) {
      // a display name with a tagline, in a header line (no body text in its block)
      const b = a.st.texts[i]?.block ?? -1;
      const header = b >= 0 && (a.bodyPrefix[b + 1] ?? 0) === (a.bodyPrefix[b] ?? 0);
      // ... or a display name with a tagline alone in its cell ("Ms. Dee | Certified Credit Counselor")
      const alone = a.st.blocks[b]?.textCount === 1 && displayName(t) !== t;
      if ((!header || t.length > MAX_HEADER_NAME_CHARS) && !alone) return undefined;
    }
    for (let j = i + 1; j < p1; j++) {
      const u = pieceText(a.st, j);
      if (!a.pieceMeta[j] && u.replace(/^[\s:：]+/u, '').length >= 2) return i;
      // a name with its counters or rank and nothing else ("送件的老郑 · 31 声望") is still the name
      if (a.pieceMeta[j] === META_REPLY && isAuthorChrome(u)) return i;
    }
    return undefined;
  }
  return undefined;
}

/**
 * One character alone in its element before a name in the same block, words after the name: the row's mark
 * (a BBS reply's 推, 噓 or →, a bullet), not the writer.
 */
function rowMark(a: Analysis, i: number, p1: number): boolean {
  const st = a.st;
  const b = st.texts[i]?.block;
  if (i + 2 >= p1 || pieceText(st, i).length !== 1 || st.texts[i + 2]?.block !== b) return false;
  const name = pieceText(st, i + 1);
  return (
    !a.pieceMeta[i + 1] &&
    SIGNATURE_HANDLE_RE.test(name) &&
    !a.pieceMeta[i + 2] &&
    pieceText(st, i + 2).replace(/^[\s:：]+/u, '').length >= 2
  );
}

/**
 * "Re: subject   Author: <b>name</b>   Date: …": the piece after an author label, in the first few pieces
 * (the label's own piece may read as metadata, or open with a subject line longer than a name).
 */
function labelledAuthor(a: Analysis, p0: number, p1: number): number | undefined {
  for (let i = p0; i < Math.min(p1 - 1, p0 + LABEL_LOOK_PIECES); i++) {
    if (!AUTHOR_LABEL_RE.test(pieceText(a.st, i)) || a.pieceMeta[i + 1]) continue;
    // the name is on the label's line; a badge after a name ("王律师说债 <em>作者</em>") labels no words below it,
    // nor the name after it on its line (知乎's "理财老王 作者 › 小鱼爱存钱": the one the author answers)
    if (a.st.texts[i]?.block !== a.st.texts[i + 1]?.block) continue;
    const before = i > p0 && a.st.texts[i - 1]?.block === a.st.texts[i]?.block ? pieceText(a.st, i - 1) : '';
    const badge = AUTHOR_BADGE_RE.test(pieceText(a.st, i));
    if (badge && before.length >= 2 && before.length <= MAX_AUTHOR_CHARS && !a.pieceMeta[i - 1]) continue;
    const name = pieceText(a.st, i + 1);
    if (name.length >= 2 && name.length <= MAX_AUTHOR_CHARS && !sentenceNotName(name)) return i + 1;
  }
  return undefined;
}

/** The link a wiki signature gives beside the name: "(talk)", "(talk • contribs)", （留言）. */
const TALK_WORD_RE = /^(?:talk|留言|讨论|討論|对话|對話)$/iu;
/** A dash alone before a signature's name. */
const SIGNATURE_DASH_RE = /^(?:——|—|–|--|~~)$/u;
/** A talk link in brackets opening a piece, the date after it in the same piece. */
const TALK_LEAD_RE = /^[(（](?:talk|留言|讨论|討論|对话|對話)[)）]/iu;
/** The pieces of a signature after the name: brackets, the talk and contributions links, their dots. */
const SIGNATURE_REST_RE = /^[\s(（)）•·|]*(?:talk|contribs|留言|讨论|討論|对话|對話|贡献|貢獻)?[\s(（)）•·|]*$/iu;

/**
 * The name in a wiki signature at the end of a comment ("… <name> (talk) 16:40, 3 May 2026 (UTC)", "——<name>
 * （留言） 2026年9月3日"): the piece two before a talk link opened by a bracket, with the date after it.
 */
function signaturePiece(a: Analysis, p0: number, p1: number, own: (i: number) => boolean): number | undefined {
  for (let j = p1 - 1; j >= p0 + 1; j--) {
    // the talk link set as plain text in one piece with the date: "<name>（留言）2026年11月22日 (六) 01:19 (UTC)"
    if (own(j) && own(j - 1) && TALK_LEAD_RE.test(pieceText(a.st, j)) && (a.pieceMeta[j] ?? 0) & META_TIME) {
      const t = pieceText(a.st, j - 1);
      if (t.length > 0 && t.length <= MAX_AUTHOR_CHARS && !a.pieceMeta[j - 1]) return j - 1;
    }
    if (j < p0 + 2 || !own(j) || !own(j - 2) || !TALK_WORD_RE.test(pieceText(a.st, j))) continue;
    const open = pieceText(a.st, j - 1);
    if (!open.endsWith('(') && !open.endsWith('（')) continue;
    // the signature's date follows within the next two pieces
    let dated = false;
    for (let k = j + 1; k < Math.min(p1, j + 4) && !dated; k++) dated = ((a.pieceMeta[k] ?? 0) & META_TIME) !== 0;
    const name = j - 2;
    const t = pieceText(a.st, name);
    if (dated && t.length > 0 && t.length <= MAX_AUTHOR_CHARS && !a.pieceMeta[name]) return name;
  }
  return undefined;
}

function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}

/** How far up a nested entry looks for the entry of its own tag that holds it (dd > dl > dd: two). */
const NEST_LOOK = 3;

/** An item stops growing at these tags, or under these parents: they are list entries. */
const ENTRY_TAGS = new Set(['LI', 'TABLE', 'TR', 'DT', 'DD']);
const LIST_TAGS = new Set(['UL', 'OL', 'TBODY', 'TABLE', 'DL']);
/** a member's rank in one word (Forumite, Newbie, 新手) */
const RANK_WORD_RE = /^\p{L}{2,16}$/u;
/** lines of a comment's header (name, rank, counts, date) over its words */
const HEADER_LINES_MAX = 3;
/** body text a parent may add before it stops being the same item (a signature, a post count) */
const MAX_ADDED_BODY = 15;

/**
 * A table row with no words of its own (a post's date and number: "11-06-2026, 08:14 AM  #3") right above a
 * row with words and no date: the header of the post in the row below (MyBB, vBulletin), joined to it later.
 */
function headerRow(a: Analysis, el: Element, r: [number, number]): boolean {
  return tagOf(el) === 'TR' && bodyRowAfter(a, el, r) !== undefined;
}

/** The next sibling of `el`, of its tag and right after it, with words and no date of its own: a body row. */
function bodyRowAfter(a: Analysis, el: Element, r: [number, number]): [Element, [number, number]] | undefined {
  const next = el.nextElementSibling;
  const nr = next ? a.st.ranges.get(next) : undefined;
  if (!next || !nr || nr[0] !== r[1] || tagOf(next) !== tagOf(el) || !hasBody(a, nr) || timedRange(a, nr))
    return undefined;
  return [next, nr];
}

/** Tag and child tags: the shape of an item, independent of names. */
function signature(el: Element): string {
  let s = tagOf(el);
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) s += `,${tagOf(c)}`;
  return s;
}

export function findComments(st: WalkState): CommentModel {
  return drain(findCommentsSteps(st));
}

/** `findComments` in steps that yield every few hundred units of work (see ./steps.ts). */
export function* findCommentsSteps(st: WalkState, tick = pacer()): Steps<CommentModel> {
  const a = yield* analyse(st, tick);
  const masks = new Map<Element, number>();

  // 1. from each piece of metadata, climb to the smallest element that also holds body text
  const quotedBlock = new Int8Array(st.blocks.length); // per block: 0 not read, 1 in a blockquote, -1 not
  const climbed: (Element | null | undefined)[] = new Array(st.blocks.length);
  for (let i = 0; i < st.texts.length; i++) {
    if (tick()) yield;
    const m = a.pieceMeta[i];
    if (!m || m === META_REPLY) continue;
    const p = st.texts[i];
    const block = p ? st.blocks[p.block] : undefined;
    // a quoted post's header ("x 发表于 …" inside a blockquote) belongs to the post that quotes it
    if (block && p) {
      if (quotedBlock[p.block] === 0) quotedBlock[p.block] = st.quotes && inBlockquote(block.el) ? 1 : -1;
      if (quotedBlock[p.block] === 1) continue;
    }
    // where a block's pieces climb to depends on the block alone: found once per block
    let target = p ? climbed[p.block] : undefined;
    if (target === undefined) {
      target = null;
      let el: Element | null = block?.el ?? null;
      for (let climb = 0; el && climb < MAX_CLIMB; climb++, el = el.parentElement) {
        const r = st.ranges.get(el);
        if (!r) continue;
        if (!itemSized(st, r)) break;
        if (hasBody(a, r) || headerRow(a, el, r)) {
          target = el;
          break;
        }
      }
      if (p) climbed[p.block] = target;
    }
    if (target) masks.set(target, (masks.get(target) ?? 0) | m);
  }

  // 1b. metadata in an entry's own footer row (a forum post's "回复 支持 42") climbs to the whole
  //     entry, which then holds the candidate found from its header: one entry, not two. An outer
  //     candidate that holds exactly one other and has no words of its own hands its metadata down.
  mergeNestedCandidates(a, masks);

  // 2. lift each candidate to the whole entry: up while the parent holds no other candidate and adds
  //    no real text (a forum post's author cell, a header row)
  // candidates by where they start, for the lift's lookups of the candidates inside an element
  const byStart = [...masks.keys()]
    .map((el) => ({ el, r: st.ranges.get(el) ?? ([0, 0] as [number, number]) }))
    .sort((x, y) => x.r[0] - y.r[0]);
  const starts = byStart.map((c) => c.r[0]);
  const countIn = (r: [number, number]) => lowerBound(starts, r[1]) - lowerBound(starts, r[0]);
  const holdsCandidateEl = (el: Element) => {
    const r = st.ranges.get(el);
    return r !== undefined && lowerBound(starts, r[1]) - lowerBound(starts, r[0]) > 0;
  };
  const inCandidate = new Uint8Array(st.blocks.length);
  for (const el of masks.keys()) {
    const r = st.ranges.get(el);
    if (r) inCandidate.fill(1, r[0], r[1]);
  }
  const lifted = new Map<Element, number>();
  for (const [el, mask] of masks) {
    if (tick()) yield;
    let cur = el;
    for (let climb = 0; climb < MAX_CLIMB; climb++) {
      const parent = cur.parentElement;
      const r = st.ranges.get(cur);
      const pr = parent ? st.ranges.get(parent) : undefined;
      if (!parent || !r || !pr) break;
      const curTag = tagOf(cur);
      const parentTag = tagOf(parent);
      // a table that holds one row is one entry (forum posts laid out as one table each), and so is
      // one whose other rows hold only metadata and actions ("回复 支持 42"); a table alone in its cell
      // is that cell's content (a comment's own layout table in a list row)
      // …and so is a table whose first row is the post's header line (name and date) and whose other rows
      // hold its words and no other entry (a message board's post: <tr><td>name · Posted date</td></tr><tr><td>words</td></tr>)
      const headRow =
        curTag === 'TR' &&
        r[0] === pr[0] &&
        r[1] - r[0] === 1 &&
        (mask & META_TIME) !== 0 &&
        (st.blocks[r[0]]?.text.length ?? 0) <= HEADER_ROW_CHARS &&
        countIn(pr) === countIn(r) &&
        hasBody(a, [r[1], pr[1]]);
      // ... and so is one whose rows after the post's own add one signature line (Discuz's row of
      // <div class="sign">记账第九年，先活下来再谈理财。</div> under the post's)
      const oneRow =
        headRow ||
        ((curTag === 'TR' || curTag === 'TBODY' || curTag === 'TD' || (curTag === 'TABLE' && parentTag === 'TD')) &&
          (onlyChild(st, cur) || (countIn(pr) === countIn(r) && signatureAtMost(a, pr, r))));
      if (!oneRow && (ENTRY_TAGS.has(curTag) || LIST_TAGS.has(parentTag))) break;
      if (parentTag === 'BODY' || !itemSized(st, pr)) break;
      // other candidates under the parent: fine only as replies kept after this one in a differently
      // tagged container (<article>comment</article><ol>replies</ol>), never as peers
      // a header line that carries a long tagline beside the name and the time ("Lending officer at … ·
      // Dallas, TX") reads as a comment of its own: the words right after it in the parent, in no other
      // candidate, are its body, and candidates after them are its replies
      // (or a header of two or three short lines without a sentence: the name with its rank and post count over
      // the date, as Vanilla's <div class="Item-Header"> prints them)
      const header =
        (r[0] === pr[0] || subjectFirst(a, pr[0], r[0])) &&
        (mask & META_TIME) !== 0 &&
        r[1] < pr[1] &&
        inCandidate[r[1]] === 0 &&
        // ... its words right after it, or (under a header of lines) after a quotation that opens them
        (r[1] - r[0] === 1
          ? (a.bodyPrefix[r[1] + 1] ?? 0) > (a.bodyPrefix[r[1]] ?? 0)
          : headerLines(a, r) && hasBody(a, [r[1], pr[1]])) &&
        !peerHeaders(cur, holdsCandidateEl);
      // ... and so does a signature line at the end of an entry ("Curtis Hollenbeck · Maumee, OH · Feb 21,
      // 2026" under a guest book message): the words right before it in the parent are its body
      const footer =
        !header &&
        r[1] === pr[1] &&
        r[1] - r[0] === 1 &&
        r[0] > pr[0] &&
        (mask & META_TIME) !== 0 &&
        (st.blocks[r[0]]?.text.length ?? 0) <= SIGNATURE_LINE_CHARS &&
        inCandidate[r[0] - 1] === 0 &&
        hasBody(a, [pr[0], r[0]]) &&
        countIn(pr) === countIn(r);
      // ... and so does a post whose parent adds only its writer's pane before it (XenForo's, vBulletin's,
      // Discuz's user cell: the name, a rank, "Joined", "Messages 212", 注册时间, a place): short lines with the
      // author's chrome among them and no sentence
      // (and after the post at most its footer: SMF's "Report to moderator · Logged" and the signature)
      const pane =
        !header &&
        !footer &&
        countIn(pr) === countIn(r) &&
        (r[1] === pr[1] || postFooter(a, r[1], pr[1])) &&
        authorPane(a, pr[0], r[0]);
      // ... and so does a post's footer row with the replies under it (Tieba's "1楼 2026-11-02 21:14" over its
      // 楼中楼), the post's words before it in the parent: no words of its own but the replies'
      const tail =
        !header &&
        !footer &&
        !pane &&
        r[1] === pr[1] &&
        countIn(pr) === countIn(r) &&
        countIn(r) > 1 &&
        hasBody(a, [pr[0], r[0]]) &&
        wordsOnlyInNested(a, cur, r, byStart, starts);
      if (!header && !footer && countIn(pr) > countIn(r) && !repliesFollow(cur, holdsCandidateEl)) break;
      if (!header && !footer && !headRow && !pane && !tail && addedBody(a, pr, r, inCandidate) > MAX_ADDED_BODY) break;
      cur = parent;
    }
    lifted.set(cur, (lifted.get(cur) ?? 0) | mask);
  }
  const holdsCandidate = (el: Element) => {
    const r = st.ranges.get(el);
    return r !== undefined && countIn(r) > 0;
  };

  // 3. accept items that repeat as siblings, carry two kinds of metadata, or sit in a named section;
  //    then items shaped like accepted ones
  const accepted = new Set<Element>();
  const groups = new Map<Element, Map<string, Element[]>>();
  for (const el of lifted.keys()) {
    if (tick()) yield;
    const parent = el.parentElement;
    if (!parent) continue;
    let byTag = groups.get(parent);
    if (!byTag) {
      byTag = new Map();
      groups.set(parent, byTag);
    }
    const tag = tagOf(el);
    const list = byTag.get(tag) ?? [];
    list.push(el);
    byTag.set(tag, list);
  }
  function* acceptGroup(parent: Element, tag: string, els: Element[]): Steps<void> {
    for (const e of els) accepted.add(e);
    // siblings of the same kind without metadata are comments too, but not those before the comment
    // section's heading above the accepted ones (评论（9）), nor the heading's own row ("Comments (13)" over
    // "Sort by Oldest · Newest"): the post's own parts (its tags, its author row) sit there
    const kids = elementChildren(parent);
    const first = Math.min(...els.map((e) => kids.indexOf(e)));
    let from = 0;
    // ... nor those before the parent's own words ahead of the accepted ones: a post set as bare text with
    // its header rows above it (a BBS article's 作者/標題 lines) and its replies, one element each, below it
    const fr = st.ranges.get(kids[first] as Element);
    const pr = st.ranges.get(parent);
    let own = -1;
    if (fr && pr)
      for (let b = fr[0] - 1; b >= pr[0] && own < 0; b--)
        if (st.blocks[b]?.el === parent && hasBody(a, [b, b + 1])) own = b;
    for (let i = 0; i < first; i++) {
      const r = st.ranges.get(kids[i] as Element);
      if (r && ((r[1] - r[0] <= HEADING_ROW_BLOCKS && headingBlock(a, r[0])) || r[1] <= own)) from = i + 1;
    }
    for (const sib of kids.slice(from)) {
      if (tick()) yield;
      if (tagOf(sib) === tag && !accepted.has(sib) && !holdsCandidate(sib) && looksLikeComment(a, sib)) {
        accepted.add(sib);
      }
    }
  }
  const pending: [Element, string, Element[]][] = [];
  for (const [parent, byTag] of groups) {
    for (const [tag, els] of byTag) {
      const strong = els.some((e) => countBits((lifted.get(e) ?? 0) & ~META_REPLY) >= 2);
      if (els.length >= 2 || strong || inNamedSection(parent)) yield* acceptGroup(parent, tag, els);
      else pending.push([parent, tag, els]);
    }
  }
  // a thread drawn by nesting one-entry lists (a talk page's dl > dd > dl > dd, each reply indented under
  // the last): items of one tag, each alone in its list, one inside another, repeat by nesting
  const lone = new Map<Element, string>();
  // (an entry of a list: a page's columns, each a div inside the last, are no such thread)
  for (const [parent, tag, els] of pending)
    if (els.length === 1 && els[0] && LIST_TAGS.has(tagOf(parent))) lone.set(els[0], tag);
  for (const [el, tag] of lone) {
    if (tick()) yield;
    // the enclosing entry of the same tag, a list or two up (dd > dl > dd)
    let up = el.parentElement;
    for (let d = 0; up && d < NEST_LOOK; d++, up = up.parentElement) {
      if (lone.get(up) === tag) {
        accepted.add(el);
        accepted.add(up);
        break;
      }
    }
  }
  // shapes of accepted items: a lone top comment shaped like the replies under it, or a thread
  // wrapper whose first child is shaped like a comment
  const shapes = new Set<string>();
  if (pending.length > 0) for (const e of accepted) shapes.add(signature(e));
  for (const [parent, tag, els] of pending) {
    if (tick()) yield;
    if (els.some((e) => shapes.has(signature(e)))) {
      yield* acceptGroup(parent, tag, els);
      continue;
    }
    for (const e of els) {
      for (let d = e.firstElementChild; d; d = d.firstElementChild) {
        if (shapes.has(signature(d)) && looksLikeComment(a, d)) {
          accepted.add(d);
          break;
        }
      }
    }
  }

  // 4. lists under a comment-section heading that no metadata revealed
  for (const block of st.blocks) {
    if (tick()) yield;
    if (block.text.length > 80 || !headingBlock(a, block.index)) continue;
    const holder = block.el.parentElement;
    const hr = holder ? st.ranges.get(holder) : undefined;
    if (!hr || [...accepted].some((e) => holder?.contains(e))) continue;
    let list: Element | null = block.el.nextElementSibling;
    if (!list && holder) list = holder.nextElementSibling;
    for (let depth = 0; list && depth < 3; depth++) {
      const kids = elementChildren(list).filter((k) => st.ranges.has(k));
      const good = kids.filter((k) => looksLikeComment(a, k));
      if (good.length >= 1 && good.length >= kids.length * 0.6) {
        for (const k of good) accepted.add(k);
        break;
      }
      list = kids.length === 1 ? (kids[0] ?? null) : null;
    }
  }

  // 5. reply lists nested inside accepted items
  const queue = [...accepted];
  while (queue.length > 0) {
    if (tick()) yield;
    const item = queue.pop();
    if (!item) break;
    const r = st.ranges.get(item);
    if (!r) continue;
    for (const k of trailingReplies(a, item)) {
      if (accepted.has(k)) continue;
      accepted.add(k);
      queue.push(k);
    }
    const seen = new Set<Element>();
    for (let b = r[0]; b < r[1]; b++) {
      if (tick()) yield;
      let el: Element | null = st.blocks[b]?.el ?? null;
      // inside a nested comment: that one looks after its own replies
      let nested = false;
      for (let e = el; e && e !== item; e = e.parentElement) if (accepted.has(e)) nested = true;
      if (nested) continue;
      while (el && el !== item) {
        const parent: Element | null = el.parentElement;
        if (parent && parent !== item && !seen.has(parent)) {
          seen.add(parent);
          const kids = elementChildren(parent).filter((k) => st.ranges.has(k));
          const tag = kids[0] ? tagOf(kids[0]) : undefined;
          if (
            kids.length >= 1 &&
            kids.every((k) => tagOf(k) === tag && looksLikeComment(a, k) && !accepted.has(k)) &&
            !containsAllBody(a, parent, item) &&
            (kids.length > 1 || metaOutside(a, item, parent)) &&
            !(st.quotes && kids.some((k) => quotation(a, k, item)))
          ) {
            for (const k of kids) {
              accepted.add(k);
              queue.push(k);
            }
          }
        }
        el = parent;
      }
    }
  }

  return yield* buildItems(a, accepted, tick);
}

/**
 * Replies printed inside a comment after its own footer, one line each with the replier's name in its
 * own element: `<div><b>host</b>：glad it helped</div>` under the comment's date and like count (audio
 * and video sites, 楼中楼). Only lines after a child that holds the comment's time or likes count, so a
 * bold lead-in within the comment's own words ("<b>Update</b>: paid off") stays part of it.
 */
function trailingReplies(a: Analysis, item: Element): Element[] {
  const ir = a.st.ranges.get(item);
  if (!ir) return [];
  // the block of the comment's first time or likes piece
  const [q0, q1] = pieceRange(a.st, ir);
  let footer = -1;
  for (let i = q0; i < q1 && footer < 0; i++) {
    if ((a.pieceMeta[i] ?? 0) & (META_TIME | META_LIKES)) footer = a.st.texts[i]?.block ?? -1;
  }
  if (footer < 0) return [];
  const out: Element[] = [];
  for (let k = item.firstElementChild; k; k = k.nextElementSibling) {
    const r = a.st.ranges.get(k);
    // one line each: a container of several lines is a reply list, which the caller reads as one
    if (!r || r[0] <= footer || r[1] - r[0] !== 1) continue;
    // a quoted stack ("引用 x 的评论:") is the comment quoting, not answering
    if (tagOf(k) === 'BLOCKQUOTE' || parseQuoteAuthor(a.st.blocks[r[0]]?.text ?? '') !== undefined) continue;
    const [p0, p1] = pieceRange(a.st, r);
    if (hasBody(a, r) && itemSized(a.st, r) && authorPiece(a, p0, p1) === p0) out.push(k);
  }
  return out;
}

function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mergeNestedCandidates(a: Analysis, masks: Map<Element, number>): void {
  const st = a.st;
  const byStart = [...masks.keys()]
    .map((el) => ({ el, r: st.ranges.get(el) }))
    .filter((c): c is { el: Element; r: [number, number] } => c.r !== undefined)
    .sort((x, y) => x.r[0] - y.r[0] || y.r[1] - x.r[1]);
  for (let i = 0; i < byStart.length; i++) {
    const outer = byStart[i];
    if (!outer) continue;
    let inner: Element | undefined;
    let count = 0;
    let innerRange: [number, number] | undefined;
    for (let j = i + 1; j < byStart.length && count < 2; j++) {
      const c = byStart[j];
      if (!c || c.r[0] >= outer.r[1]) break;
      if (c.el !== outer.el && outer.el.contains(c.el)) {
        count++;
        inner = c.el;
        innerRange = c.r;
      }
    }
    if (count !== 1 || !inner || !innerRange) continue;
    // any words of its own make it a comment with one reply under it, but for a signature line after the
    // inner one's words (Discuz's <div class="sign"> in a row under the post's)
    if (!signatureAtMost(a, outer.r, innerRange)) continue;
    masks.set(inner, (masks.get(inner) ?? 0) | (masks.get(outer.el) ?? 0));
    masks.delete(outer.el);
  }
}

/** Candidates under `cur`'s parent other than its own sit only in later siblings of another tag. */
function repliesFollow(cur: Element, holds: (el: Element) => boolean): boolean {
  const parent = cur.parentElement;
  if (!parent) return false;
  let after = false;
  for (const sib of elementChildren(parent)) {
    if (sib === cur) {
      after = true;
      continue;
    }
    if (holds(sib) && (!after || tagOf(sib) === tagOf(cur))) return false;
  }
  return true;
}

/** Another candidate beside `cur` shaped as it is: a flat list of header lines and bodies, not one entry. */
function peerHeaders(cur: Element, holds: (el: Element) => boolean): boolean {
  const parent = cur.parentElement;
  if (!parent) return false;
  const shape = signature(cur);
  return elementChildren(parent).some((sib) => sib !== cur && holds(sib) && signature(sib) === shape);
}

/** the marks around a writer's name on a byline with the date: "by", "»", "·" */
const BYLINE_MARK_RE = /^(?:by|»|›|·|•|\|)$/iu;

/** A line with a time comes next among the comment's own blocks after `b`, past the post's buttons at most (a byline under a subject). */
function bylineAfter(a: Analysis, c: CommentItem, b: number): boolean {
  for (const x of c.blocks) {
    if (x <= b) continue;
    if (x - b > SUBJECT_ACTION_BLOCKS) return false;
    if (timedBlock(a, x)) return true;
    if (hasBody(a, [x, x + 1]) || (a.st.blocks[x]?.text.length ?? 0) > ACTION_LINE_CHARS) return false;
  }
  return false;
}

/** Every line of words in `r` (the range of `el`) lies in another candidate inside `el`: its replies'. */
function wordsOnlyInNested(
  a: Analysis,
  el: Element,
  r: [number, number],
  byStart: readonly { el: Element; r: [number, number] }[],
  starts: number[],
): boolean {
  const nested = new Uint8Array(r[1] - r[0]);
  for (let k = lowerBound(starts, r[0]); k < byStart.length; k++) {
    const c = byStart[k];
    if (!c || c.r[0] >= r[1]) break;
    if (c.el !== el && el.contains(c.el)) nested.fill(1, c.r[0] - r[0], Math.min(c.r[1], r[1]) - r[0]);
  }
  for (let b = r[0]; b < r[1]; b++) {
    if (hasBody(a, [b, b + 1]) && !nested[b - r[0]]) return false;
  }
  return true;
}

/** a writer's pane before a post: at most this many short lines */
const PANE_BLOCKS = 14;
const PANE_LINE_CHARS = 40;
/**
 * …or one line of short pieces, each its own element (<a>name</a><span>Investor from Atlanta, GA</span><span>Joined Feb
 * 2025</span><span>6 posts</span>, which the site's style sets one under another): each piece at most this long…
 */
const PANE_PIECE_CHARS = 56;
/** …and the line at most this long */
const PANE_ROW_CHARS = 160;

/** Blocks `r` are two or three short lines, none a sentence: a comment's header (name, rank, counts, date). */
function headerLines(a: Analysis, r: [number, number]): boolean {
  if (r[1] - r[0] > HEADER_LINES_MAX) return false;
  for (let b = r[0]; b < r[1]; b++) {
    const t = a.st.blocks[b]?.text.trim() ?? '';
    if (t.length > PANE_LINE_CHARS || SENTENCE_END_RE.test(t)) return false;
  }
  return true;
}

/** Blocks [from, to) are a writer's pane: a few short lines, no sentence, the author's chrome among them. */
function authorPane(a: Analysis, from: number, to: number): boolean {
  if (to <= from || to - from > PANE_BLOCKS) return false;
  let chrome = false;
  for (let b = from; b < to; b++) {
    const block = a.st.blocks[b];
    if (!block) continue;
    const t = block.text.trim();
    if (t.length > PANE_ROW_CHARS || SENTENCE_END_RE.test(t)) return false;
    if (t.length > PANE_LINE_CHARS && block.textCount < 2) return false;
    for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
      if (t.length > PANE_LINE_CHARS && pieceText(a.st, i).length > PANE_PIECE_CHARS) return false;
      if ((a.pieceMeta[i] ?? 0) & META_REPLY) chrome = true;
    }
  }
  return chrome;
}

/**
 * The end of the writer's pane comment `c` opens with, its name in block `authorBlock`: the blocks from the first up
 * to the first timed one or one of words, when they are a pane (`authorPane`) holding the name; else -1.
 */
function paneBefore(a: Analysis, c: CommentItem, authorBlock: number): number {
  const from = c.blocks[0];
  if (from === undefined || authorBlock < from) return -1;
  let end = from;
  // (a line of words only where the name is: the pane's tagline beside it; a short line of words after is the post's)
  while (
    end - from < PANE_BLOCKS &&
    c.blocks.includes(end) &&
    !timedBlock(a, end) &&
    (end === authorBlock || !hasBody(a, [end, end + 1]))
  )
    end++;
  // ... and words after it: a short reply on the name's line, beside a level, is the comment's words
  const wordsAfter = c.blocks.some((b) => b >= end && hasBody(a, [b, b + 1]));
  return end > authorBlock && wordsAfter && authorPane(a, from, end) ? end : -1;
}

/** a post's footer under its words: at most this many characters, no time among them */
const FOOTER_CHARS = 160;

/** Blocks [from, to) are a post's footer: its actions and its signature, no time (no post of its own). */
function postFooter(a: Analysis, from: number, to: number): boolean {
  return rangeChars(a.st, [from, to]) <= FOOTER_CHARS && !timedRange(a, [from, to]);
}

function onlyChild(st: WalkState, el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  return elementChildren(parent).filter((c) => st.ranges.has(c)).length === 1;
}

/**
 * Characters of body text in `outer` outside `inner` and outside other candidates; a heading there
 * (精彩评论, "Comments (6)") counts as too much: it belongs to the section, not to an entry.
 */
function addedBody(a: Analysis, outer: [number, number], inner: [number, number], skip?: Uint8Array): number {
  let n = 0;
  for (let b = outer[0]; b < outer[1]; b++) {
    if ((b >= inner[0] && b < inner[1]) || skip?.[b]) continue;
    const block = a.st.blocks[b];
    if (block && (/^H[1-6]$/u.test(block.tag) || headingBlock(a, b))) {
      // a name set as a heading in the entry's author pane (<h3>Gary_in_Korat</h3> above "Posts: 1"): one
      // short line of one to three words that names no section is the author's, not the section's
      // ... and a button among the post's actions (vBulletin's "Comment · Quote · Like 3" bar) is no heading
      const button = headingBlock(a, b) && actionRow(a, block.el);
      if (!button && (headingBlock(a, b) || !nameHeading(block.text))) return Number.POSITIVE_INFINITY;
      continue;
    }
    if ((a.bodyPrefix[b + 1] ?? 0) > (a.bodyPrefix[b] ?? 0)) n += a.st.blocks[b]?.text.length ?? 0;
    if (n > MAX_ADDED_BODY) break;
  }
  return n;
}

/** a comment section's heading row: its heading, its count and its sort buttons, in one line or a few */
const HEADING_ROW_CHARS = 48;

/**
 * The comment section's heading row ("684 Comments" over a "Sort by" button, "留言 218" beside 最新 熱門 in one
 * line, "23 Comments · Sort by: Top"): it opens with the heading and holds little else.
 */
function headingRow(a: Analysis, r: [number, number]): boolean {
  if (headingBlock(a, r[0])) return true;
  const first = a.st.blocks[r[0]];
  if (first === undefined || rangeChars(a.st, r) > HEADING_ROW_CHARS) return false;
  if (!isSectionHeading(pieceText(a.st, first.firstText))) return false;
  // ... and no sentence beside it: a short reply by a writer named like a heading ("回复12: 已经协商好了。") is a comment
  for (let b = r[0]; b < r[1]; b++) if (SENTENCE_MARK_RE.test(a.st.blocks[b]?.text ?? '')) return false;
  return true;
}

/** an entry's row of actions: a few short lines, a like count among them */
const ACTION_ROW_BLOCKS = 4;

/** `el` sits in a row of actions: a few blocks, one of them a like count ("Comment · Quote · Like 3"). */
function actionRow(a: Analysis, el: Element): boolean {
  for (let e = el.parentElement, up = 0; e && up < 3; e = e.parentElement, up++) {
    const r = a.st.ranges.get(e);
    if (!r || r[1] - r[0] > ACTION_ROW_BLOCKS) return false;
    const [p0, p1] = pieceRange(a.st, r);
    for (let i = p0; i < p1; i++) if ((a.pieceMeta[i] ?? 0) & META_LIKES) return true;
  }
  return false;
}

/** a post's subject line in a forum that titles each reply: "Re: …", "RE: …", "AW: …", 回复：… */
const REPLY_SUBJECT_RE = /^\s*(?:re|aw|sv|回复|回覆)\s?[:：]/iu;
const SUBJECT_MAX_CHARS = 120;

/** how many lines of a post's words may stand over its subject line (a personal text, a custom title) */
const SUBJECT_LOOK_LINES = 2;

/** A block that is one answer to the topic's subject alone ("Re: …", 回复：…). */
function subjectLine(st: WalkState, b: number, t: string): boolean {
  const block = st.blocks[b];
  return block?.textCount === 1 && t.length <= SUBJECT_MAX_CHARS && REPLY_SUBJECT_RE.test(t);
}

/** the post's buttons between its subject and its header line (Quote, Report, Edit): a few short lines */
const SUBJECT_ACTION_BLOCKS = 4;
const ACTION_LINE_CHARS = 40;

/**
 * The first block of a post before its header line is the post's subject (phpBB's <h3>Re: Behind on council
 * tax</h3> over "by dave » Mon Nov 23, 2026 7:42 pm"): a heading, or a line that answers the topic ("Re: …");
 * only the post's buttons (Quote, Report: short lines with no words) may stand between them.
 */
function subjectFirst(a: Analysis, first: number, header: number): boolean {
  if (header <= first || header - first > SUBJECT_ACTION_BLOCKS) return false;
  const b = a.st.blocks[first];
  if (!b || b.text.length > SUBJECT_MAX_CHARS || !(/^H[1-6]$/u.test(b.tag) || REPLY_SUBJECT_RE.test(b.text)))
    return false;
  for (let i = first + 1; i < header; i++) {
    if ((a.st.blocks[i]?.text.length ?? 0) > ACTION_LINE_CHARS || hasBody(a, [i, i + 1])) return false;
  }
  return true;
}

/** A heading that reads as a person's name: short, one to three words, no sentence mark. */
function nameHeading(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && t.length <= MAX_AUTHOR_CHARS && t.split(/\s+/u).length <= 3 && !/[.!?:：。！？]/u.test(t);
}

/** True when `inner` holds every body block of `item` (then it is the item's own body, not a reply list). */
function containsAllBody(a: Analysis, inner: Element, item: Element): boolean {
  const ri = a.st.ranges.get(inner);
  const rItem = a.st.ranges.get(item);
  if (!ri || !rItem) return true;
  const before = (a.bodyPrefix[ri[0]] ?? 0) - (a.bodyPrefix[rItem[0]] ?? 0);
  return before === 0;
}

/**
 * The item shows a time, a like count, a floor or a place outside `inner`. One element that holds all of them
 * is the item's own post (a phpBB post's words and byline beside the writer's pane), not a reply in it.
 */
function metaOutside(a: Analysis, item: Element, inner: Element): boolean {
  const ri = a.st.ranges.get(inner);
  const rItem = a.st.ranges.get(item);
  if (!ri || !rItem) return true;
  const [p0, p1] = pieceRange(a.st, rItem);
  const [q0, q1] = pieceRange(a.st, ri);
  for (let i = p0; i < p1; i++) {
    if (i >= q0 && i < q1) continue;
    if ((a.pieceMeta[i] ?? 0) & (META_TIME | META_LIKES | META_FLOOR | META_PLACE)) return true;
  }
  return false;
}

function inNamedSection(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < 4; i++, e = e.parentElement) {
    if (namesCommentSection(e)) return true;
  }
  return false;
}

function* buildItems(a: Analysis, accepted: Set<Element>, tick: () => boolean): Steps<CommentModel> {
  const st = a.st;
  // order by first block, outer before inner; drop wrappers that hold exactly the same blocks
  const entries = [...accepted]
    .map((el) => ({ el, r: st.ranges.get(el) as [number, number] }))
    .filter((e) => e.r !== undefined)
    .sort((x, y) => x.r[0] - y.r[0] || y.r[1] - x.r[1]);
  const items: { el: Element; r: [number, number]; span?: boolean }[] = [];
  const entryStarts = entries.map((e) => e.r[0]);
  /** body rows already joined to the header row above them */
  const absorbed = new Set<Element>();
  const authorBlocks = new Map<Element, [number, number]>();
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k] as (typeof entries)[number];
    if (tick()) yield;
    if (absorbed.has(e.el)) continue;
    // an item that starts where an enclosing item starts is that item's own body, not a reply
    // (sorted by start, then end descending: the enclosing one is the last kept)
    const last = items[items.length - 1];
    if (last && last.r[0] === e.r[0] && e.r[1] <= last.r[1]) continue;
    // the comment section's heading row ("684 Comments" over a "Sort by" button, 留言 218 beside 最新 熱門), no
    // comment; nor the section itself, its heading over the entries it holds
    const inner = entries[k + 1]?.r[0] ?? e.r[1];
    const holds = inner < e.r[1];
    if ((holds || e.r[1] - e.r[0] <= HEADING_ROW_BLOCKS) && headingRow(a, e.r)) continue;
    // ... nor a wrapper of replies with no name, time or words of its own before them (a "▾ 3 replies" toggle
    // over the replies it shows): the replies answer the comment above it
    if (holds && inner > e.r[0] && !hasBody(a, [e.r[0], inner]) && !timedRange(a, [e.r[0], inner])) {
      const [p0, p1] = pieceRange(st, [e.r[0], inner]);
      if (authorPiece(a, p0, p1) === undefined) continue;
    }
    // an entry's author block printed after its words (a review card's name and "帐户内 37 项产品"): no
    // words of its own, at the very end of the entry that holds it, so no reply to it
    if (last && last.r[0] < e.r[0] && e.r[1] === last.r[1] && (!hasBody(a, e.r) || nameLines(a, e.r))) {
      authorBlocks.set(last.el, e.r);
      continue;
    }
    // a forum laid out as a header row and a body row per post (Nairaland, classic vBulletin): the row
    // before an entry, of the same kind, with no words of its own (author, time), is its header
    const prev = e.el.previousElementSibling;
    const pr = prev ? st.ranges.get(prev) : undefined;
    if (
      prev &&
      pr &&
      pr[1] === e.r[0] &&
      pr[0] < pr[1] &&
      tagOf(prev) === tagOf(e.el) &&
      !hasBody(a, pr) &&
      timedRange(a, pr) &&
      !accepted.has(prev) &&
      (!last || last.r[1] <= pr[0])
    ) {
      items.push({ el: e.el, r: [pr[0], e.r[1]], span: true });
      continue;
    }
    // ... and the other way round: the header rows (one short line with a date: "Re: subject  Author: x
    // Date: y") were taken for the entries, and the row right after each, of the same kind, with words and
    // no date of its own, is its body
    const [next, nr] = bodyRowAfter(a, e.el, e.r) ?? [];
    if (
      next &&
      nr &&
      e.r[1] - e.r[0] === 1 &&
      timedRange(a, e.r) &&
      (a.st.blocks[e.r[0]]?.text.length ?? 0) <= HEADER_ROW_CHARS &&
      // the body row holds no entry, or is itself the only one there (taken for an entry of its own, as
      // a post row with its author cell is)
      lowerBound(entryStarts, nr[1]) - lowerBound(entryStarts, nr[0]) === (accepted.has(next) ? 1 : 0) &&
      (!accepted.has(next) || !hasBody(a, e.r))
    ) {
      // the row with the words is the entry (what "Show me" outlines), its header row joined to it
      items.push({ el: next, r: [e.r[0], nr[1]], span: true });
      absorbed.add(next);
      continue;
    }
    items.push(e);
  }

  const blockComment = new Int32Array(st.blocks.length).fill(-1);
  const comments: CommentItem[] = [];
  const sections: CommentSection[] = [];
  const sectionOf = new Map<Element, number>();
  const stack: number[] = [];
  for (const { el, r, span } of items) {
    if (tick()) yield;
    while (stack.length > 0) {
      const top = comments[stack[stack.length - 1] ?? -1];
      const tr = top ? st.ranges.get(top.el) : undefined;
      if (tr && tr[0] <= r[0] && r[1] <= tr[1]) break;
      stack.pop();
    }
    const parentId = stack[stack.length - 1];
    const parent = parentId !== undefined ? comments[parentId] : undefined;
    let section: number;
    if (parent) section = parent.section;
    else {
      const holder = el.parentElement ?? el;
      const known = sectionOf.get(holder);
      if (known !== undefined) section = known;
      else {
        section = sections.length;
        sections.push({ id: section, el: holder, comments: [] });
        sectionOf.set(holder, section);
      }
    }
    const id = comments.length;
    comments.push({
      id,
      el,
      text: '',
      blocks: [],
      quoted: [],
      parent: parentId,
      depth: parent ? parent.depth + 1 : 0,
      section,
      ...(span ? { span: r } : {}),
    });
    const authorBlock = authorBlocks.get(el);
    if (authorBlock) (comments[id] as CommentItem).authorBlock = authorBlock;
    sections[section]?.comments.push(id);
    for (let b = r[0]; b < r[1]; b++) blockComment[b] = id;
    stack.push(id);
  }

  yield;
  yield* adoptAdjacentReplies(st, comments, tick);
  yield;
  const finalSections = regroupSections(comments, sections);
  for (const sec of finalSections) {
    if (tick()) yield;
    nestByIndent(comments, sec);
  }
  for (const c of comments) {
    if (tick()) yield;
    fillComment(a, c, blockComment);
  }
  yield* resolveReplies(comments, tick);
  numberAnonymous(comments);
  return { comments, sections: finalSections, blockComment };
}

/** A platform's label for a writer it does not name: every one is someone else (匿名用户, Guest). */
const ANON_AUTHOR_RE =
  /^(?:匿名(?:用户|用戶|网友|網友|者)?|游客|遊客|访客|訪客|网友|網友|anonymous(?: user)?|guest)$/iu;

/**
 * Writers the platform does not name ("匿名用户" on every one of them) are not one voice: each such
 * comment gets the label and its own number ("匿名用户 #2"), so a thread of strangers is not read as one
 * writer talking to himself, nor ten of them as one voucher.
 */
function numberAnonymous(comments: CommentItem[]): void {
  let n = 0;
  for (const c of comments) if (c.author && ANON_AUTHOR_RE.test(c.author)) c.author = `${c.author} #${++n}`;
}

/** An indent in pixels written inline (`margin-left: 40px`), or a spacer image's width. */
const INDENT_STYLE_RE = /(?:^|[;\s])(?:margin|padding)-left\s*:\s*(\d{1,4})px/iu;
/** Elements looked at (in document order) for an entry's indent: its head, not its replies. */
const INDENT_LOOK = 12;

/**
 * How far an entry is indented, as the page writes it: a spacer image (`<img src="s.gif" width="80">`,
 * a tree's indentation in a flat table of rows) or an inline left margin or padding on the entry or the
 * first elements of its head; undefined when it writes none.
 */
function indentOf(el: Element): number | undefined {
  let seen = 0;
  const visit = (e: Element): number | undefined => {
    if (seen++ >= INDENT_LOOK) return undefined;
    const style = e.getAttribute('style');
    const m = style ? INDENT_STYLE_RE.exec(style) : null;
    if (m) return Number(m[1]);
    if (tagOf(e) === 'IMG' && !e.getAttribute('alt')) {
      const w = e.getAttribute('width');
      const h = e.getAttribute('height');
      if (w && /^\d{1,4}$/u.test(w) && h !== null && Number(h) <= 2) return Number(w);
    }
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      const v = visit(c);
      if (v !== undefined || seen >= INDENT_LOOK) return v;
    }
    return undefined;
  };
  return visit(el);
}

/**
 * A flat list that draws its tree by indentation (a row per comment, each indented by a spacer or a
 * margin): a comment answers the last one before it that is indented less. Only for a section none of
 * whose comments is nested already, where most comments write an indent, the first is indented least,
 * and two indents or more occur.
 */
function nestByIndent(comments: CommentItem[], sec: CommentSection): void {
  if (sec.comments.length < 2) return;
  const items = sec.comments.map((id) => comments[id]).filter((c): c is CommentItem => c !== undefined);
  if (items.some((c) => c.parent !== undefined)) return;
  const indents = items.map((c) => indentOf(c.el));
  // an entry that writes no indent (a story's own header row among its comments) is not indented, when
  // most entries write one
  const written = indents.filter((x) => x !== undefined).length;
  if (written * 3 < items.length * 2) return;
  const values = indents.map((x) => x ?? 0);
  if (Math.min(...values) !== values[0] || new Set(values).size < 2) return;
  const open: CommentItem[] = [];
  const level: number[] = [];
  items.forEach((c, i) => {
    const x = values[i] as number;
    while (level.length > 0 && (level[level.length - 1] as number) >= x) {
      level.pop();
      open.pop();
    }
    const parent = open[open.length - 1];
    if (parent) {
      c.parent = parent.id;
      c.depth = parent.depth + 1;
    }
    open.push(c);
    level.push(x);
  });
}

/**
 * Sections after replies were adopted: sibling thread wrappers of one list become one section, empty
 * sections are dropped, ids renumbered in page order.
 */
function regroupSections(comments: CommentItem[], sections: CommentSection[]): CommentSection[] {
  const holders = new Set(sections.map((s) => s.el));
  const holderOf = (el: Element): Element => {
    const parent = el.parentElement;
    if (!parent) return el;
    let peers = 0;
    for (const sib of elementChildren(parent)) if (sib !== el && tagOf(sib) === tagOf(el) && holders.has(sib)) peers++;
    return peers > 0 ? parent : el;
  };
  const out: CommentSection[] = [];
  const byHolder = new Map<Element, CommentSection>();
  const holderOfSection = new Map<CommentSection, Element>();
  for (const c of comments) {
    const old = sections[c.section];
    let holder = c.el;
    if (old) {
      holder = holderOfSection.get(old) ?? holderOf(old.el);
      holderOfSection.set(old, holder);
    }
    let s = byHolder.get(holder);
    if (!s) {
      s = { id: out.length, el: holder, comments: [] };
      byHolder.set(holder, s);
      out.push(s);
    }
    s.comments.push(c.id);
    c.section = s.id;
  }
  return out;
}

/**
 * How far up from a comment the container its replies hang in is looked for: YouTube's thread holds the top comment,
 * then #replies > ytd-comment-replies-renderer > #expander > #expander-contents > #contents > the replies.
 */
const ADOPT_CLIMB = 6;

/**
 * Replies kept in a container right after their comment (`<div>comment</div><div>replies</div>`):
 * the comments in that container answer the one before it.
 */

function* adoptAdjacentReplies(st: WalkState, comments: CommentItem[], tick: () => boolean): Steps<void> {
  const byEl = new Map<Element, CommentItem>();
  for (const c of comments) byEl.set(c.el, c);
  for (const c of comments) {
    if (tick()) yield;
    let anc: Element | null = c.el.parentElement;
    for (let up = 0; anc && up < ADOPT_CLIMB; up++, anc = anc.parentElement) {
      if (byEl.has(anc)) break;
      const prev = anc.previousElementSibling;
      const host = prev ? byEl.get(prev) : undefined;
      if (host && host.depth <= c.depth && (c.parent === undefined || c.parent === host.parent)) {
        c.parent = host.id;
        c.depth = host.depth + 1;
        c.section = host.section;
        break;
      }
    }
  }
  void st;
}

/**
 * `el` sits in a quotation of another post inside `item` (phpBB's "<cite>x wrote: date</cite>" and the quoted
 * words): a blockquote that does not hold the item's last words, which are its own (see contentQuote).
 */
function quotation(a: Analysis, el: Element, item: Element): boolean {
  const r = a.st.ranges.get(item);
  if (!r) return false;
  let last = r[1] - 1;
  while (last >= r[0] && (a.bodyPrefix[last + 1] ?? 0) === (a.bodyPrefix[last] ?? 0)) last--;
  for (let e: Element | null = el; e && e !== item; e = e.parentElement) {
    if (!isQuote(tagOf(e))) continue;
    const q = a.st.ranges.get(e);
    if (q && (last < q[0] || last >= q[1])) return true;
  }
  return false;
}

/** A quotation's header that goes on with the quoted words after its last colon ("引用 @x：又来了……"). */
function quoteHoldsWords(text: string): boolean {
  const i = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
  return i >= 0 && text.slice(i + 1).trim().length >= 2;
}

function inBlockquote(el: Element): boolean {
  let e: Element | null = el;
  for (let i = 0; e && i < MAX_CLIMB; i++, e = e.parentElement) if (isQuote(tagOf(e))) return true;
  return false;
}

/**
 * A quotation's header in a box of its own right before the quoted words, beside them (SMF's "Quote from: x on
 * November 02, 2026, …" over its blockquote, vBulletin's "Originally Posted by x" over the quoted message): part of
 * the quotation, no header line of the post. Over words outside a blockquote only a header with no time: a post's
 * own header line ("板凳 发表于 2025-8-2 08:12") stands over its words so too.
 */
function quoteHeader(st: WalkState, pieceMeta: Uint8Array, b: number): boolean {
  const block = st.blocks[b];
  const next = st.blocks[b + 1];
  if (
    !block ||
    !next ||
    // one short line of its own, not a blockquote that opens with its header ("引用 x 的评论: <quoted words>")
    block.text.length >= SIGNATURE_LINE_CHARS ||
    block.tag === 'BLOCKQUOTE' ||
    !parseQuoteAuthor(block.text) ||
    (next.tag !== 'BLOCKQUOTE' && timedPieces(st, pieceMeta, [b, b + 1]))
  )
    return false;
  // the header's box (or a box around it) stands right before the quoted words
  for (let e: Element | null = block.el; e; e = e.parentElement) if (e.nextElementSibling === next.el) return true;
  return false;
}

function insideQuote(el: Element, stop: Element, content?: Set<Element>): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement)
    if (isQuote(tagOf(e)) && !content?.has(e)) return true;
  return false;
}

/**
 * Blockquotes that hold the last of a post's words are the post's content, not quotations (vBulletin sets each
 * post's message in <blockquote class="postcontent">, quotations of other posts inside it, and the signature in a
 * blockquote after it); a quotation stands before the writer's own words.
 */
function contentQuote(a: Analysis, c: CommentItem, r: [number, number], blockComment: Int32Array): Set<Element> {
  const out = new Set<Element>();
  let last = true;
  for (let b = r[1] - 1; b >= r[0]; b--) {
    if (blockComment[b] !== c.id || (a.bodyPrefix[b + 1] ?? 0) === (a.bodyPrefix[b] ?? 0)) continue;
    let outer: Element | undefined;
    for (let e: Element | null = a.st.blocks[b]?.el ?? null; e && e !== c.el; e = e.parentElement) {
      if (tagOf(e) === 'BLOCKQUOTE') outer = e;
    }
    // a signature line of its own under the message, outside any blockquote, its parts set apart by bars or dots
    // ("財務顧問 Kelvin｜卡數重組・清卡數｜WhatsApp …"): the message above it is still the last of the post's words (a
    // short reply after a quotation, "同意！", is the writer's own words)
    const text = a.st.blocks[b]?.text ?? '';
    if (
      !outer &&
      last &&
      text.length <= SIGNATURE_LINE_CHARS &&
      SIGNATURE_MARKS_RE.test(text) &&
      quotedBefore(a, b, r)
    ) {
      last = false;
      continue;
    }
    last = false;
    // words outside a blockquote: the blockquotes before them are quotations
    if (!outer) break;
    out.add(outer);
  }
  return out;
}

/** the body block right before `b` (within the comment's range) is inside a blockquote */
function quotedBefore(a: Analysis, b: number, r: [number, number]): boolean {
  for (let k = b - 1; k >= r[0]; k--) {
    if ((a.bodyPrefix[k + 1] ?? 0) === (a.bodyPrefix[k] ?? 0)) continue;
    return inBlockquote(a.st.blocks[k]?.el as Element);
  }
  return false;
}

function fillComment(a: Analysis, c: CommentItem, blockComment: Int32Array): void {
  const st = a.st;
  const r = c.span ?? st.ranges.get(c.el);
  if (!r) return;
  let quoteAuthor: string | undefined;
  const content = st.quotes ? contentQuote(a, c, r, blockComment) : undefined;
  for (let b = r[0]; b < r[1]; b++) {
    if (blockComment[b] !== c.id) continue;
    const block = st.blocks[b];
    if (!block) continue;
    if (
      (st.quotes && insideQuote(block.el, c.el, content)) ||
      a.quoteHead[b] === 1 ||
      // the words after a quotation's header, unless the header's box holds the quoted words itself (Vanilla's
      // "x said:<br>quoted words", Hupu's "引用 @x：quoted words……"): then they are the reply
      (a.quoteHead[b - 1] === 1 && !quoteHoldsWords(st.blocks[b - 1]?.text ?? ''))
    ) {
      c.quoted.push(b);
      quoteAuthor ??= parseQuoteAuthor(block.text);
    } else c.blocks.push(b);
  }
  // pieces of this comment's own blocks: author, metadata, words
  const words: string[] = [];
  let authorIdx: number | undefined;
  const own = c.blocks;
  if (own.length > 0) {
    const first = st.blocks[own[0] ?? 0];
    const last = st.blocks[own[own.length - 1] ?? 0];
    if (first && last) {
      const p0 = first.firstText;
      const p1 = last.firstText + last.textCount;
      // a wiki talk page signs each comment at its end: "<name> (talk) 16:40, 3 May 2026 (UTC)"
      const signed = signaturePiece(a, p0, p1, (i) => blockComment[st.texts[i]?.block ?? -1] === c.id);
      // "——<name> 2026年10月12日 (日) 15:37 (UTC)" as the last words: a name and a date in one piece
      // ... or a writer's line with the date ("By Glenda S. on …", "Kenneth_Lau 回答 · 11-15"): the name it gives
      // outranks a short first phrase that only looks like one ("幫樓主澄清一下：")
      const written =
        signed === undefined
          ? (dashSignature(a, last.firstText, p1) ??
            writerLine(a, p0, p1, (i) => {
              const b = st.texts[i]?.block ?? -1;
              return blockComment[b] === c.id && !c.quoted.includes(b);
            }))
          : undefined;
      authorIdx = signed ?? blockName(a, c.authorBlock) ?? (written ? undefined : authorPiece(a, p0, p1));
      if (authorIdx === undefined) c.author = written ?? leadLine(a, c) ?? headerName(a, c);
      // the author's block, when it is a header line with a date (its @handle is no part of the words)
      const authorBlock = authorIdx !== undefined ? st.texts[authorIdx]?.block : undefined;
      const headerBlock = authorBlock !== undefined && timedBlock(a, authorBlock) ? authorBlock : -1;
      // "理财老王 作者 › 小鱼爱存钱": a name after the author's badge on the header line is the one answered
      let answeredIdx: number | undefined;
      if (authorIdx !== undefined && authorBlock !== undefined) {
        const badge = pieceText(st, authorIdx + 1);
        const target = pieceText(st, authorIdx + 2);
        if (
          AUTHOR_BADGE_RE.test(badge) &&
          st.texts[authorIdx + 2]?.block === authorBlock &&
          !a.pieceMeta[authorIdx + 2] &&
          target.length >= 2 &&
          target.length <= MAX_AUTHOR_CHARS &&
          !sentenceNotName(target)
        ) {
          answeredIdx = authorIdx + 2;
          c.answers ??= target;
        }
      }
      if (authorIdx !== undefined) {
        const t = pieceText(st, authorIdx);
        // a display name with a tagline alone in its cell, longer than a name: the name before the bar
        const alone = t.length > MAX_AUTHOR_CHARS && st.blocks[authorBlock ?? -1]?.textCount === 1;
        const name = cleanAuthor(alone ? displayName(t) : t);
        if (!notAName(name)) c.author = name;
      }
      let lastBlock = -1;
      /**
       * the writer's pane the comment opens with, up to its first timed line or line of words (name, a tagline
       * "Investor from Dayton, Ohio", "Joined Apr 2018", "412 posts"): the writer's card, none of the words
       */
      const paneEnd = authorBlock !== undefined ? paneBefore(a, c, authorBlock) : -1;
      /** a line of the comment's words was read (a rank or a pane's line before them is none) */
      let bodySeen = false;
      /** lines of words read so far */
      let lines = 0;
      for (let i = p0; i < p1; i++) {
        const p = st.texts[i];
        if (!p || blockComment[p.block] !== c.id || c.quoted.includes(p.block)) continue;
        const t = pieceText(st, i);
        const m = a.pieceMeta[i] ?? 0;
        if (p.block < paneEnd && !m) continue;
        // "回复 <a>name</a>: …" opens the words with whom they answer; a bare 回复 is a button
        const next = st.texts[i + 1];
        const replyLead = m === META_REPLY && next?.block === p.block && !a.pieceMeta[i + 1] && isReplyWord(t);
        // ... and, when they open the words, the link after them is the name answered, in full ("Replying to
        // <a>Dave Kitching</a>:"); further on it is a button before another control (回覆 檢舉) or a reply
        // printed inside this comment
        if (replyLead && words.length === 0) c.answers ??= pieceText(st, i + 1).replace(/^@/u, '');
        if (m && !replyLead) {
          if (m & META_TIME) {
            // a date and its time of day in two pieces ("11-02-2026," <span>07:41 PM</span>) are one time
            // ... and the writer's IP before a BBS reply's time ("1.2.3.4 11/27 00:04") is none of it
            c.time ??= (
              next?.block === p.block && (a.pieceMeta[i + 1] ?? 0) & META_TIME ? `${t} ${pieceText(st, i + 1)}` : t
            ).replace(IP_BEFORE_RE, '');
            c.userName ??= USER_NAME_RE.exec(t)?.[1];
            c.answers ??= REPLIED_TO_RE.exec(t)?.[1];
          }
          if (m & META_LIKES) c.likes ??= parseLikes(t);
          if (m & META_PLACE && t === 'IP属地') continue;
          if (m & META_PLACE) c.place ??= parsePlace(t);
          // ... and so are a floor's number and its mark in two pieces (<em>2</em><sup>#</sup>)
          if (m & META_FLOOR)
            c.floor ??=
              parseFloor(t) ??
              (next?.block === p.block && (a.pieceMeta[i + 1] ?? 0) & META_FLOOR
                ? parseFloor(`${t}${pieceText(st, i + 1)}`)
                : undefined);
          continue;
        }
        // a bare number beside the words is a like count drawn with an icon
        if (i === authorIdx || i === answeredIdx || BARE_NUMBER_RE.test(t)) continue;
        // the row's mark before the name (推, →)
        if (i === (authorIdx ?? 0) - 1 && rowMark(a, i, p1)) continue;
        // before the words, the post's subject over its byline (phpBB's <h3>Re: …</h3>), and the byline's "by",
        // the writer's name again and its "»" (by <strong>wendy_k</strong> » Mon Nov 02, 2026 9:02 pm)
        if (!bodySeen && /^H[1-6]$/u.test(st.blocks[p.block]?.tag ?? '') && bylineAfter(a, c, p.block)) continue;
        // ... and a subject that answers the topic alone on one of the first lines ("Re: Four cards in
        // collections…" under vBulletin's header row, or under the personal text SMF prints by the name)
        if (lines < SUBJECT_LOOK_LINES && subjectLine(st, p.block, t)) continue;
        if (timedBlock(a, p.block) && (t === c.author || BYLINE_MARK_RE.test(t))) continue;
        // a label of the writer's pane and the value under it (<dt>Joined</dt><dd>Oct 2026</dd>, Messages 14)
        if (isPaneLabel(t) || (i > p0 && isPaneLabel(pieceText(st, i - 1)))) continue;
        // the writer's @handle right after the name, in the name's block ("Tyrell James<span>@tyrell.j.official</span>"
        // on a video site's comment): the user name under the display name, no word of the comment
        if (authorIdx !== undefined && i === authorIdx + 1 && p.block === authorBlock && HEADER_HANDLE_RE.test(t)) {
          c.userName ??= t.slice(1);
          continue;
        }
        // a member title right after the name, in the name's block ("Hollis_Wren <span>FileRight Moderator</span>")
        if (authorIdx !== undefined && i === authorIdx + 1 && p.block === authorBlock && isMemberTitle(t)) continue;
        // ... or one word there before the post count ("Forumite" in "GemmaFromCrewe Forumite 212 Posts")
        if (
          authorIdx !== undefined &&
          i === authorIdx + 1 &&
          p.block === authorBlock &&
          RANK_WORD_RE.test(t.trim()) &&
          next?.block === p.block &&
          (a.pieceMeta[i + 1] ?? 0) !== 0
        )
          continue;
        // the rest of a wiki signature: "(talk • contribs)"
        if (signed !== undefined && i > signed && i <= signed + 4 && SIGNATURE_REST_RE.test(t)) continue;
        // the dash that opens it: "——<name>（留言）…"
        if (signed !== undefined && i === signed - 1 && SIGNATURE_DASH_RE.test(t)) continue;
        // once the writer is named on a line of their own, a short name beside the time on another line is the
        // town the writer typed ("Eastfield Township · Nov 5, 2026 8:47 a.m."), no word of the comment (and no
        // region tag: a platform's IP属地 is not a town a writer gives)
        if (authorIdx !== undefined && p.block !== authorBlock && placeBesideTime(a, p.block)) continue;
        // an avatar drawn as the writer's initial ("R" in a circle), alone in its block before the words or
        // right before the name on the name's line
        if (
          c.author &&
          words.length === 0 &&
          AVATAR_INITIAL_RE.test(t) &&
          (st.blocks[p.block]?.textCount === 1 || i + 1 === authorIdx) &&
          c.author.toLowerCase().startsWith(t.trim().toLowerCase())
        )
          continue;
        // the author's @handle and the dot after the name in a header line with its date ("Dana
        // @dana.social · 3d"); elsewhere an @name is whom the words answer ("↪ @团子 …")
        if (p.block === headerBlock && (HEADER_HANDLE_RE.test(t) || /^[·•|]$/u.test(t))) {
          if (t.startsWith('@')) c.userName ??= t.slice(1);
          continue;
        }
        if (words.length > 0 && p.block !== lastBlock) words.push('\n');
        if (p.block !== lastBlock) lines++;
        lastBlock = p.block;
        words.push(t);
        if (!bodySeen && hasBody(a, [p.block, p.block + 1])) bodySeen = true;
      }
    }
  }
  let text = words
    .join(' ')
    .replace(/ ?\n ?/gu, '\n')
    .replace(/^[\s:：]+/u, '')
    .trim();
  if (!c.author) {
    const name = parseNamePrefix(text);
    // "作者：西溪老张 · 2026-11-04 …": the name after an author label
    const labelled = name && AUTHOR_LABEL_RE.test(name) ? LABELLED_NAME_RE.exec(text)?.[1] : undefined;
    if (labelled && !notAName(labelled) && !sentenceNotName(labelled)) c.author = labelled;
    else if (name && !labelNotName(name) && !AUTHOR_LABEL_RE.test(name)) {
      c.author = name;
      text = text.replace(SPEAKER_LABEL_RE, '');
    } else c.author = signatureOf(text) ?? trailingSigner(a, c);
  }
  c.text = text;
  if (quoteAuthor) c.quoteAuthor = quoteAuthor;
  if (c.blocks.length === 1 && a.chatRow[c.blocks[0] ?? -1] === 2) c.row = true;
}

/**
 * `outer` adds to `inner` no words, or one signature after them: no words before `inner` (a reply comes after
 * its comment's words), at most a short line after it, every line of it a sentence (no name line: a review
 * card's author printed after its words).
 */
function signatureAtMost(a: Analysis, outer: [number, number], inner: [number, number]): boolean {
  if (addedBody(a, [outer[0], inner[0]], inner) > 0) return false;
  const tail: [number, number] = [inner[1], outer[1]];
  const after = addedBody(a, tail, inner);
  return after === 0 || (after <= SIGNATURE_LINE_CHARS && sentencesOnly(a, tail));
}

/** Every line of words in the range is a sentence (a signature: "记账第九年，先活下来再谈理财。"), none a name. */
function sentencesOnly(a: Analysis, r: [number, number]): boolean {
  for (let b = r[0]; b < r[1]; b++) {
    const body = (a.bodyPrefix[b + 1] ?? 0) > (a.bodyPrefix[b] ?? 0);
    if (body && !SENTENCE_MARK_RE.test(a.st.blocks[b]?.text ?? '')) return false;
  }
  return true;
}

/** A few short lines and no sentence: a name with its counters ("不吃香菜的鹅 / 帐户内 37 项产品"), not words. */
function nameLines(a: Analysis, r: [number, number]): boolean {
  if (r[1] - r[0] > AUTHOR_BLOCK_LINES || rangeChars(a.st, r) > AUTHOR_BLOCK_CHARS) return false;
  for (let b = r[0]; b < r[1]; b++) if (ENDS_SENTENCE_RE.test(a.st.blocks[b]?.text.trim() ?? '')) return false;
  return true;
}

/** The name in an entry's author block: its first piece that is no metadata and no longer than a name. */
function blockName(a: Analysis, r: [number, number] | undefined): number | undefined {
  if (!r) return undefined;
  const first = a.st.blocks[r[0]];
  const lastBlock = a.st.blocks[r[1] - 1];
  if (!first || !lastBlock) return undefined;
  for (let i = first.firstText; i < lastBlock.firstText + lastBlock.textCount; i++) {
    if (a.pieceMeta[i]) continue;
    const t = pieceText(a.st, i);
    if (t.length < 2 || notAName(t)) continue;
    return t.length <= MAX_AUTHOR_CHARS && !sentenceNotName(t) ? i : undefined;
  }
  return undefined;
}

/**
 * The name on an entry's signature line, under its words ("Curtis Hollenbeck · Maumee, OH · Feb 21, 2026"):
 * the first piece of the last block, when that block is one short line with a date.
 */
function trailingSigner(a: Analysis, c: CommentItem): string | undefined {
  const last = c.blocks[c.blocks.length - 1];
  const block = last !== undefined ? a.st.blocks[last] : undefined;
  if (last === undefined || c.blocks.length < 2 || !block || block.text.length > SIGNATURE_LINE_CHARS) return undefined;
  if (!timedBlock(a, last) || a.pieceMeta[block.firstText]) return undefined;
  const name = pieceText(a.st, block.firstText).replace(/[\s·•|,，-]+$/u, '');
  return name.length >= 2 && name.length <= MAX_AUTHOR_CHARS && !notAName(name) && !ENDS_SENTENCE_RE.test(name)
    ? name
    : undefined;
}

/** A display name with a tagline after a bar or a dot: "Ms. Dee | Certified Credit Counselor", "a**9 · 已购:意式细粉". */
const NAME_TAGLINE_RE = /\s[|｜·•]\s/u;

/** The name part of a display name with a tagline (the whole when there is none, or its name part is no name). */
function displayName(t: string): string {
  const cut = t.search(NAME_TAGLINE_RE);
  if (cut < 0) return t;
  const name = t.slice(0, cut).trim();
  return name.length >= 2 && name.length <= MAX_AUTHOR_CHARS && !notAName(name) && !sentenceNotName(name) ? name : t;
}

function cleanAuthor(s: string): string {
  return s.replace(/[\s:：]+$/u, '').replace(/^@/u, '');
}

/**
 * The name in the entry's header line below a title that opened it ("【心得】卡債41萬…" over "樓主 不再單抽 chiawen77
 * · LV.38 2026-10-21"): the first piece that reads as a name in a line of no words that holds a time or a floor,
 * among the entry's first blocks.
 */
function headerName(a: Analysis, c: CommentItem): string | undefined {
  for (const b of c.blocks.slice(1, HEADER_LOOK_BLOCKS)) {
    const block = a.st.blocks[b];
    if (!block || (a.bodyPrefix[b + 1] ?? 0) > (a.bodyPrefix[b] ?? 0)) continue;
    let kinds = 0;
    let name: string | undefined;
    for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
      const m = a.pieceMeta[i] ?? 0;
      kinds |= m;
      const t = pieceText(a.st, i);
      if (m || name !== undefined || t.length < 2) continue;
      // a label ("发送时间:") is no name; a byline's name is read without its lead ("Asked by Rosalind T.")
      if (t.length > MAX_AUTHOR_CHARS || notAName(t) || sentenceNotName(t) || labelNotName(t) || /[:：]$/u.test(t))
        break;
      name = cleanAuthor(t.replace(BYLINE_HEAD_RE, ''));
    }
    if (name !== undefined && kinds & (META_TIME | META_FLOOR)) return name;
  }
  return undefined;
}
const HEADER_LOOK_BLOCKS = 3;

/** A block of labels and badges only (最佳解答, "✓ Accepted solution"), no time among them. */
function chromeBlock(a: Analysis, b: number): boolean {
  const block = a.st.blocks[b];
  if (!block || block.textCount === 0) return false;
  for (let i = block.firstText; i < block.firstText + block.textCount; i++) {
    if ((a.pieceMeta[i] ?? 0) !== META_REPLY) return false;
  }
  return true;
}

/** The writer named at the head of a metadata line in the comment's first blocks ("阿德 ｜ 等級 7 ｜ 2024-07-20"). */
function leadLine(a: Analysis, c: CommentItem): string | undefined {
  // the line that opens the comment (after chrome alone on its line: 最佳解答), with words below it, and the
  // name at its very start
  let k = 0;
  while (k < c.blocks.length - 1 && chromeBlock(a, c.blocks[k] ?? -1)) k++;
  const block = k < c.blocks.length - 1 ? a.st.blocks[c.blocks[k] ?? -1] : undefined;
  if (!block || ((a.pieceMeta[block.firstText] ?? 0) & META_TIME) === 0) return undefined;
  let name = leadingName(pieceText(a.st, block.firstText));
  // "作者：三栋老李 · 2026-05-01": the name after a writer's label; any other label names nobody
  const colon = name?.search(/[:：]/u) ?? -1;
  if (name !== undefined && colon >= 0) {
    const label = name.slice(0, colon);
    name = AUTHOR_LABEL_RE.test(label) || WRITER_LABEL_RE.test(label) ? name.slice(colon + 1).trim() : undefined;
  }
  return name !== undefined &&
    name.length >= 2 &&
    name.length <= MAX_AUTHOR_CHARS &&
    !notAName(name) &&
    !sentenceNotName(name) &&
    !labelNotName(name) &&
    !BYLINE_HEAD_RE.test(name)
    ? name
    : undefined;
}

/** A full name's first name: "Gerald Pokorny" → Gerald. */
const FIRST_NAME_RE = /^(\p{Lu}\p{Ll}{2,15}) \p{Lu}/u;
/** A comment that opens by calling someone: "Gerald, …", "Rhonda! …", "Hi Ruth, …". */
const VOCATIVE_RE = /^(\p{Lu}\p{Ll}{2,15})[,!，] /u;
/** …after a greeting: "Hi Ruth, …", "Thanks, Gerald! …" */
const GREETED_RE = /^(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Yy]es|[Ss]orry|[Tt]hanks),? (\p{Lu}\p{Ll}{2,15})[,!，] /u;
/** how far into a comment its first sentence is read for an "@name" it answers */
const MENTION_LEAD_CHARS = 60;
/** "@name" inside the first sentence (no stop before it), a one-word name */
const MENTION_IN_LEAD_RE = /^[^.!?。！？\n@]{1,48}@([\p{L}\p{N}_.-]{2,40}?)(?=[\s,.:!?，。：！？]|$)/u;

/** The longest name of up to four words after a leading "@" that is a known author's. */
function knownNameAfterAt(text: string, names: Map<string, number[]>): string | undefined {
  const words = text.slice(1, 64).split(' ');
  let best: string | undefined;
  for (let n = 2; n <= Math.min(4, words.length); n++) {
    const name = words
      .slice(0, n)
      .join(' ')
      .replace(/[\s,:：，]+$/u, '');
    if (names.has(name)) best = name;
  }
  return best;
}

/** the first word of a comment, up to a space or a comma: an earlier commenter's name when it is one */
const LEAD_NAME_RE = /^([^\s,，:：]{3,30})[\s,，:：]/u;

function* resolveReplies(comments: CommentItem[], tick: () => boolean): Steps<void> {
  const byAuthor = new Map<string, number[]>();
  const byFirstName = new Map<string, string>();
  const byFloor = new Map<number, number>();
  // the first two comments (page order) by each author or user name: a name not seen yet is looked up
  // here, not by a pass over every comment (a pass that yields too: thousands of comments are a long step)
  const firstByName = new Map<string, number[]>();
  for (let i = 0; i < comments.length; i++) {
    if (tick()) yield;
    const c = comments[i] as CommentItem;
    if (c.floor !== undefined && !byFloor.has(c.floor)) byFloor.set(c.floor, i);
    for (const name of [c.author, c.userName]) {
      if (!name) continue;
      const ids = firstByName.get(name);
      if (!ids) firstByName.set(name, [c.id]);
      else if (ids.length < 2 && !ids.includes(c.id)) ids.push(c.id);
    }
  }
  for (const c of comments) {
    if (tick()) yield;
    const target = parseReplyTarget(c.text);
    let to: number | undefined;
    if (target?.floor !== undefined) to = byFloor.get(target.floor);
    const name = target?.author ?? c.answers ?? c.quoteAuthor;
    if (to === undefined && name) {
      const prior = byAuthor.get(name);
      to = prior?.[prior.length - 1];
      if (to === undefined) {
        const ids = firstByName.get(name);
        to = ids?.[0] !== c.id ? ids?.[0] : ids?.[1];
      }
    }
    if (target?.author && to !== undefined) c.replyName = target.author;
    // "@Gerald Pokorny I was …": a name of several words, read against the names already seen
    if (to === undefined && c.text.startsWith('@')) {
      const known = knownNameAfterAt(c.text, byAuthor);
      if (known) {
        to = byAuthor.get(known)?.at(-1);
        c.replyName = known;
      }
    }
    // "Eileen_Pryce Thanks Eileen, …": a reply that opens with an earlier commenter's whole name, as a forum's
    // mention link prints it without an "@" (Flarum's PostMention)
    if (to === undefined && c.parent === undefined) {
      const lead = LEAD_NAME_RE.exec(c.text)?.[1];
      if (lead && lead !== c.author && byAuthor.has(lead)) {
        to = byAuthor.get(lead)?.at(-1);
        c.replyName = lead;
      }
    }
    // "Gerald, please don't …": a reply that opens by calling a commenter by first name
    if (to === undefined && c.parent === undefined) {
      const first = GREETED_RE.exec(c.text)?.[1] ?? VOCATIVE_RE.exec(c.text)?.[1];
      const full = first ? byFirstName.get(first) : undefined;
      if (full) to = byAuthor.get(full)?.at(-1);
    }
    // "Totally understand @t_okafor, I felt the same.": a commenter named by "@" in the first sentence of a
    // comment of a flat list answers the conversation that commenter opened (their first comment)
    if (to === undefined && c.parent === undefined) {
      const mentioned = MENTION_IN_LEAD_RE.exec(c.text.slice(0, MENTION_LEAD_CHARS))?.[1];
      const prior = mentioned && mentioned !== c.author ? byAuthor.get(mentioned) : undefined;
      if (prior) to = prior[0];
    }
    if (to === undefined) to = c.parent;
    if (to !== undefined && to !== c.id) c.replyTo = to;
    for (const name of [c.author, c.userName]) {
      if (!name) continue;
      const list = byAuthor.get(name) ?? [];
      list.push(c.id);
      byAuthor.set(name, list);
      const first = FIRST_NAME_RE.exec(name)?.[1];
      // two commenters with one first name: the name no longer tells whom a reply calls
      if (first && name !== c.userName)
        byFirstName.set(first, byFirstName.has(first) && byFirstName.get(first) !== name ? '' : name);
    }
  }
}
