/**
 * Every message the extension's parts exchange, typed and named by direction, with validators.
 *
 *   content → background   `cs:*`   (from a content script in a web page's tab)
 *   background → content   `bg:*`   (to one frame of a tab)
 *   ui → background        `ui:*`   (from an extension page: popup, options, confirmation page)
 *
 * Every incoming message is checked for shape AND sender before anyone acts on it: a `cs:` message must
 * come from this extension's content script in a tab (an http/https frame), a `ui:` message from one of
 * this extension's own pages. Nothing here carries page text beyond the handles and the one-line summary.
 * Pure: senders are plain objects, the extension's id/origin are passed in.
 */
import type { PageFacts } from './engine/session';
import type { Lang } from './i18n';
import type { LexiconChunk, LexiconEntry, LexiconPrefixes } from './lexicon/types';
import type { TextModel } from './model/model';
import type { Level, ScamKind } from './report/types';
import type { Decisions, Settings } from './settings/schema';
import type { ScannerData } from './text/scan';

// ---------- shared shapes ----------

/** The compact result a content script reports for its tab (top frame only). */
export interface TabResult {
  level: Level;
  score: number;
  kind?: ScamKind;
  counts: { handles: number; suspectHandles: number; threads: number; plantedThreads: number; evidence: number };
  /** suspect handles as `kind:value`, at most MAX_RESULT_HANDLES */
  handles: string[];
  /** one line in the reader's language, e.g. "looks like a scam — WeChat xys8775 …" ('' when safe) */
  summary: string;
  /** the reader trusts this site or marked the page not a scam: show nothing (the result stands) */
  muted?: boolean;
  /** the language the banner and the summary speak, so a confirmation page answers in the same one */
  lang?: Lang;
}

export type ConfirmAction = 'trust-site' | 'not-scam';

/** What a confirmation page shows and, on the reader's yes, applies. */
export interface PendingConfirm {
  action: ConfirmAction;
  host: string;
  /** page URL without hash (for not-scam) */
  page: string;
  tabId: number;
  summary: string;
  /** the banner's language (the confirmation speaks it too) */
  lang?: Lang;
}

// ---------- content → background ----------
export interface CsResult {
  type: 'cs:result';
  result: TabResult;
}
/** a sub-frame's gathered facts, for the background to relay to the tab's top frame */
export interface CsFrameFacts {
  type: 'cs:frame-facts';
  facts: PageFacts;
}
/** the reader clicked "Trust this site" / "Not a scam" (a trusted click): open the confirmation page */
export interface CsOpenConfirm {
  type: 'cs:open-confirm';
  action: ConfirmAction;
}
/** the top frame, starting, asks for facts its sub-frames posted before it listened; answer: FrameFacts[] */
export interface CsGetFrameFacts {
  type: 'cs:get-frame-facts';
}
/** the top frame asks for the in-page UI's strings (answer: per language, the keys it needs) */
export interface CsGetStrings {
  type: 'cs:get-strings';
}
/** any frame, before its first scan, asks for the traditional → simplified table (answer: its pairs, `parseT2sAnswer`) */
export interface CsGetT2s {
  type: 'cs:get-t2s';
}
/** any frame, before its first scan, asks for the lexicons' entries and prefixes (answer: `parseLexiconsAnswer`) */
export interface CsGetLexicons {
  type: 'cs:get-lexicons';
}
/** the top frame asks for the in-page UI (banner, highlighter) to be injected (answer: true once it ran) */
export interface CsLoadUi {
  type: 'cs:load-ui';
}
/** a frame asks for the engine's script to be injected into it (src/ext/content/engine.ts; answer: true once it ran) */
export interface CsLoadEngine {
  type: 'cs:load-engine';
}
/**
 * the top frame, starting, asks for the reader's settings and decisions (answer: `ReaderState`, checked by
 * `parseReaderState`): the background reads and repairs the stored state, so the content script that ships
 * to every page carries no storage code, and it sends the state again on every change (`bg:state`)
 */
export interface CsGetState {
  type: 'cs:get-state';
}
export type ContentToBackground =
  | CsGetState
  | CsLoadUi
  | CsLoadEngine
  | CsResult
  | CsFrameFacts
  | CsOpenConfirm
  | CsGetFrameFacts
  | CsGetStrings
  | CsGetT2s
  | CsGetLexicons;

export interface FrameFacts {
  frameId: number;
  facts: PageFacts;
}

// ---------- background → content ----------
export interface BgFrameFacts {
  type: 'bg:frame-facts';
  frameId: number;
  facts: PageFacts;
}
/** scroll to and outline what was found (the popup's "Show me") */
export interface BgHighlight {
  type: 'bg:highlight';
}
/** the reader's settings and decisions, validated by the background */
export interface ReaderState {
  settings: Settings;
  decisions: Decisions;
}
/** the settings or the decisions changed (sent to every tab's top frame) */
export interface BgState extends ReaderState {
  type: 'bg:state';
}
export type BackgroundToContent = BgFrameFacts | BgHighlight | BgState;

// ---------- ui → background ----------
export interface UiGetTabState {
  type: 'ui:get-tab-state';
  tabId: number;
}
export interface UiGetConfirm {
  type: 'ui:get-confirm';
  token: string;
}
export interface UiAnswerConfirm {
  type: 'ui:answer-confirm';
  token: string;
  accept: boolean;
}
export interface UiHighlight {
  type: 'ui:highlight';
  tabId: number;
}
export type UiToBackground = UiGetTabState | UiGetConfirm | UiAnswerConfirm | UiHighlight;

// ---------- senders ----------

/** The fields of `runtime.MessageSender` the checks read. */
export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface Self {
  /** `browser.runtime.id` */
  id: string;
  /** `browser.runtime.getURL('/')`, e.g. `chrome-extension://abc/` */
  origin: string;
}

/** A content script of this extension running in a web page's tab. */
export function isContentSender(
  s: SenderLike | undefined,
  self: Self,
): s is SenderLike & { tab: { id: number }; frameId: number } {
  if (!s || s.id !== self.id) return false;
  if (!s.tab || typeof s.tab.id !== 'number' || s.tab.id < 0) return false;
  if (typeof s.frameId !== 'number' || s.frameId < 0) return false;
  return isWebUrl(s.url);
}

/** One of this extension's own pages (popup, options, confirmation), not a web page. */
export function isUiSender(s: SenderLike | undefined, self: Self): boolean {
  if (!s || s.id !== self.id) return false;
  if (typeof s.url !== 'string' || !s.url.startsWith(self.origin)) return false;
  // a tab, when there is one, must itself show an extension page
  if (s.tab?.url !== undefined && !s.tab.url.startsWith(self.origin)) return false;
  return true;
}

/** The extension's background (the only sender of `bg:` messages): this extension, no tab. */
export function isBackgroundSender(s: SenderLike | undefined, self: Self): boolean {
  if (!s || s.id !== self.id || s.tab) return false;
  return s.url === undefined || s.url.startsWith(self.origin);
}

function isWebUrl(u: unknown): boolean {
  return typeof u === 'string' && (u.startsWith('http://') || u.startsWith('https://'));
}

// ---------- shape checks ----------

export const MAX_RESULT_HANDLES = 10;
const MAX_HANDLE_LEN = 120;
const MAX_SUMMARY_LEN = 300;
/** a sub-frame's facts, serialized, may not exceed this many characters (a frame with thousands of comments stays under it) */
export const MAX_FACTS_CHARS = 4 * 1024 * 1024;
const LEVELS: readonly string[] = ['safe', 'caution', 'danger'];
const KINDS: readonly string[] = [
  'debt-relief',
  'investment-group',
  'recovery',
  'loan',
  'gambling-recovery',
  'credit-repair',
  'insurance-refund',
  'other',
];
const ACTIONS: readonly string[] = ['trust-site', 'not-scam'];

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1e7;
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isToken = (v: unknown): v is string => typeof v === 'string' && /^[a-f0-9-]{16,64}$/.test(v);
const onlyKeys = (o: Rec, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const RESULT_LANGS: readonly string[] = ['en', 'zh-CN', 'zh-TW'] satisfies readonly Lang[];

export function isTabResult(v: unknown): v is TabResult {
  if (!isRec(v) || !onlyKeys(v, ['level', 'score', 'kind', 'counts', 'handles', 'summary', 'muted', 'lang']))
    return false;
  if (v.lang !== undefined && (typeof v.lang !== 'string' || !RESULT_LANGS.includes(v.lang))) return false;
  if (typeof v.level !== 'string' || !LEVELS.includes(v.level)) return false;
  if (typeof v.score !== 'number' || !(v.score >= 0 && v.score <= 100)) return false;
  if (v.kind !== undefined && (typeof v.kind !== 'string' || !KINDS.includes(v.kind))) return false;
  const c = v.counts;
  if (!isRec(c) || !onlyKeys(c, ['handles', 'suspectHandles', 'threads', 'plantedThreads', 'evidence'])) return false;
  if (![c.handles, c.suspectHandles, c.threads, c.plantedThreads, c.evidence].every(isCount)) return false;
  if (!Array.isArray(v.handles) || v.handles.length > MAX_RESULT_HANDLES) return false;
  if (!v.handles.every((h) => typeof h === 'string' && h.length <= MAX_HANDLE_LEN && /^[a-z]+:./.test(h))) return false;
  if (v.muted !== undefined && typeof v.muted !== 'boolean') return false;
  return typeof v.summary === 'string' && v.summary.length <= MAX_SUMMARY_LEN;
}

/** PageFacts are the engine's; here only: a plain JSON object of bounded size. */
export function isPageFacts(v: unknown): v is PageFacts {
  // the words are merged with the top frame's and looked up in the text model: strings only
  if (!isRec(v) || !isStrings(v.terms)) return false;
  try {
    return JSON.stringify(v).length <= MAX_FACTS_CHARS;
  } catch {
    return false;
  }
}

export function parseContentMessage(m: unknown): ContentToBackground | undefined {
  if (!isRec(m)) return undefined;
  switch (m.type) {
    case 'cs:result':
      return onlyKeys(m, ['type', 'result']) && isTabResult(m.result) ? (m as unknown as CsResult) : undefined;
    case 'cs:frame-facts':
      return onlyKeys(m, ['type', 'facts']) && isPageFacts(m.facts) ? (m as unknown as CsFrameFacts) : undefined;
    case 'cs:open-confirm':
      return onlyKeys(m, ['type', 'action']) && typeof m.action === 'string' && ACTIONS.includes(m.action)
        ? (m as unknown as CsOpenConfirm)
        : undefined;
    case 'cs:get-frame-facts':
      return onlyKeys(m, ['type']) ? (m as unknown as CsGetFrameFacts) : undefined;
    case 'cs:get-strings':
      return onlyKeys(m, ['type']) ? (m as unknown as CsGetStrings) : undefined;
    case 'cs:get-t2s':
      return onlyKeys(m, ['type']) ? (m as unknown as CsGetT2s) : undefined;
    case 'cs:get-lexicons':
      return onlyKeys(m, ['type']) ? (m as unknown as CsGetLexicons) : undefined;
    case 'cs:load-ui':
      return onlyKeys(m, ['type']) ? (m as unknown as CsLoadUi) : undefined;
    case 'cs:load-engine':
      return onlyKeys(m, ['type']) ? (m as unknown as CsLoadEngine) : undefined;
    case 'cs:get-state':
      return onlyKeys(m, ['type']) ? (m as unknown as CsGetState) : undefined;
    default:
      return undefined;
  }
}

/** the longest traditional → simplified table taken from the background, in UTF-16 code units */
export const MAX_T2S_CHARS = 32_768;

/** The background's answer to `cs:get-t2s`: pairs of characters (traditional, simplified), else undefined. */
export function parseT2sAnswer(v: unknown): string | undefined {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_T2S_CHARS) return undefined;
  // characters, not code units (a pair may hold an astral character): one pass over the code units,
  // without the string iterator (tens of thousands of characters on every frame that scans)
  let astral = 0;
  for (let i = 0; i < v.length - 1; i++) {
    const c = v.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) continue;
    const d = v.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      astral++;
      i++;
    }
  }
  return (v.length - astral) % 2 === 0 ? v : undefined;
}

/** the most lexicon data taken from the background: lexicons, entries in one, UTF-16 code units of a pattern */
export const MAX_LEXICONS = 64;
export const MAX_LEXICON_ENTRIES = 1_000;
export const MAX_PATTERN_CHARS = 8_192;

const isEntry = (e: unknown): e is LexiconEntry =>
  isRec(e) &&
  onlyKeys(e, ['id', 'pattern', 'lang', 'kind', 'weight', 'stage', 'note', 'source']) &&
  typeof e.id === 'string' &&
  typeof e.pattern === 'string' &&
  e.pattern.length > 0 &&
  e.pattern.length <= MAX_PATTERN_CHARS &&
  (e.lang === 'zh' || e.lang === 'en') &&
  (e.kind === undefined || typeof e.kind === 'string') &&
  (e.weight === undefined || (typeof e.weight === 'number' && Number.isFinite(e.weight))) &&
  (e.stage === undefined || typeof e.stage === 'string') &&
  (e.note === undefined || typeof e.note === 'string') &&
  (e.source === undefined || typeof e.source === 'string');

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** what a Scanner derives from a pattern's prefixes (src/text/scan.ts), as the build computed it */
function isScannerData(v: unknown): v is ScannerData {
  return (
    isRec(v) &&
    onlyKeys(v, ['first', 'wild', 'pairs', 'bounded', 'ends', 'triples', 'plain', 'literals']) &&
    typeof v.first === 'string' &&
    (v.literals === undefined || (isStrings(v.literals) && v.literals.every((l) => l.length > 0))) &&
    (v.plain === undefined || v.plain === 1 || v.plain === 2) &&
    (v.wild === undefined || typeof v.wild === 'string') &&
    isHashes(v.pairs) &&
    typeof v.bounded === 'boolean' &&
    (v.ends === undefined) === (v.triples === undefined) &&
    (v.ends === undefined || isHashes(v.ends)) &&
    (v.triples === undefined || isHashes(v.triples))
  );
}

const isHashes = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((h) => Number.isInteger(h) && h >= 0 && h < 0x10000);

function isChunk(v: unknown): v is LexiconChunk {
  return (
    isRec(v) &&
    onlyKeys(v, ['size', 'pre', 'alts']) &&
    typeof v.size === 'number' &&
    Number.isInteger(v.size) &&
    // a piece of one long entry (`alts`: its alternatives [from, to)) ends that entry (1) or not (0)
    (v.alts === undefined
      ? v.size > 0
      : (v.size === 0 || v.size === 1) &&
        Array.isArray(v.alts) &&
        v.alts.length === 2 &&
        v.alts.every((n) => Number.isInteger(n) && n >= 0) &&
        (v.alts[0] as number) < (v.alts[1] as number)) &&
    (v.pre === undefined || isScannerData(v.pre))
  );
}

export interface LexiconsAnswer {
  /** per lexicon (the name its module exports), its entries */
  lexicons: Record<string, LexiconEntry[]>;
  /** per lexicon, the prefixes of its alternations computed by the build (those malformed are left out) */
  prefixes: Record<string, LexiconPrefixes>;
  /**
   * the data of the Scanners the engine makes at module load, by `scannerKey` (src/text/scan.ts), as the
   * build computed it: the content script's bundle does not ship it (those malformed are left out; none
   * given, none here)
   */
  scanners?: Map<string, ScannerData>;
  /**
   * the engine's long regexes as [source, flags] (src/ext/regexes.ts), which the content build reads from
   * here (none given, none here: the sources need none)
   */
  regexes?: [string, string][];
  /** the text model's weights (src/model/), which the content build reads from here (malformed, left out) */
  model?: TextModel;
}

/** The lexicons as checked: the regexes made once, while checked (the engine reads each at its module's load). */
export interface CheckedLexicons extends Omit<LexiconsAnswer, 'regexes'> {
  regexes?: RegExp[];
}

/** the most words of a text model taken from the background, and the longest word */
export const MAX_MODEL_TERMS = 16_384;
export const MAX_MODEL_TERM_CHARS = 64;

/** (the content script reads the weights only: the version and the intercept are the training's record) */
function isTextModel(v: unknown): v is TextModel {
  if (!isRec(v) || !onlyKeys(v, ['terms', 'bias', 'weights']) || !isRec(v.weights)) return false;
  const words = Object.entries(v.weights);
  return (
    words.length <= MAX_MODEL_TERMS && words.every(([t, w]) => t.length <= MAX_MODEL_TERM_CHARS && Number.isFinite(w))
  );
}

/** the most regexes taken from the background, and the longest source */
export const MAX_SENT_REGEXES = 1_024;
export const MAX_SENT_REGEX_CHARS = 8_192;
const REGEX_FLAGS_RE = /^[dgimsuy]{0,7}$/u;

/** The regex [source, flags] make, or undefined when they make none (or are not a pair of strings). */
function madeRegex(v: unknown): RegExp | undefined {
  if (!Array.isArray(v) || v.length !== 2) return undefined;
  const [source, flags] = v as unknown[];
  if (typeof source !== 'string' || source.length > MAX_SENT_REGEX_CHARS) return undefined;
  if (typeof flags !== 'string' || !REGEX_FLAGS_RE.test(flags)) return undefined;
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

/** the most Scanner data taken from the background (the engine makes five Scanners at module load) */
export const MAX_BUILT_SCANNERS = 64;
/** `scannerKey`'s shape: flags, the source's length and a 32-bit hash in base 36 */
const SCANNER_KEY_RE = /^i?u?\d{1,6}:[0-9a-z]{1,7}$/u;

/**
 * The background's answer to `cs:get-lexicons`: the lexicons (the bundles leave notes and sources out),
 * bounded, and their prefixes; else undefined.
 */
export function parseLexiconsAnswer(v: unknown): CheckedLexicons | undefined {
  if (!isRec(v) || !isRec(v.lexicons)) return undefined;
  const lexicons = v.lexicons;
  const names = Object.keys(lexicons);
  if (names.length === 0 || names.length > MAX_LEXICONS) return undefined;
  for (const name of names) {
    const list = lexicons[name];
    if (!Array.isArray(list) || list.length > MAX_LEXICON_ENTRIES || !list.every(isEntry)) return undefined;
  }
  const prefixes: Record<string, LexiconPrefixes> = {};
  const given = isRec(v.prefixes) ? v.prefixes : {};
  for (const name of names) {
    const p = given[name];
    if (!isRec(p)) continue;
    const mine: LexiconPrefixes = {};
    if (isScannerData(p.zh)) mine.zh = p.zh;
    if (isScannerData(p.en)) mine.en = p.en;
    if (isRec(p.chunks)) {
      const chunks: NonNullable<LexiconPrefixes['chunks']> = {};
      const count = (lang: 'zh' | 'en') => (lexicons[name] as LexiconEntry[]).filter((e) => e.lang === lang).length;
      for (const lang of ['zh', 'en'] as const) {
        const c = p.chunks[lang];
        if (!Array.isArray(c) || !c.every(isChunk)) continue;
        // pieces that do not add up to the part's entries are not used
        if (c.reduce((n, x) => n + x.size, 0) === count(lang)) chunks[lang] = c;
      }
      mine.chunks = chunks;
    }
    prefixes[name] = mine;
  }
  const scanners = new Map<string, ScannerData>();
  // the engine's modules read these when they load: none malformed, or nothing is taken
  const sent = v.regexes ?? [];
  if (!Array.isArray(sent) || sent.length > MAX_SENT_REGEXES) return undefined;
  const regexes: RegExp[] = [];
  for (const r of sent) {
    const made = madeRegex(r);
    if (!made) return undefined;
    regexes.push(made);
  }
  if (isRec(v.scanners)) {
    for (const [key, data] of Object.entries(v.scanners)) {
      if (scanners.size >= MAX_BUILT_SCANNERS) break;
      if (SCANNER_KEY_RE.test(key) && isScannerData(data)) scanners.set(key, data);
    }
  }
  return {
    lexicons: lexicons as Record<string, LexiconEntry[]>,
    prefixes,
    ...(scanners.size > 0 ? { scanners } : {}),
    ...(regexes.length > 0 ? { regexes } : {}),
    ...(isTextModel(v.model) ? { model: v.model } : {}),
  };
}

/** The background's answer to `cs:get-frame-facts`; anything malformed is dropped. */
export function parseFrameFactsList(v: unknown): FrameFacts[] {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is FrameFacts => isRec(x) && isTabId(x.frameId) && x.frameId > 0 && isPageFacts(x.facts));
}

export function parseBackgroundMessage(m: unknown): BackgroundToContent | undefined {
  if (!isRec(m)) return undefined;
  switch (m.type) {
    case 'bg:frame-facts':
      return isTabId(m.frameId) && m.frameId > 0 && isPageFacts(m.facts) ? (m as unknown as BgFrameFacts) : undefined;
    case 'bg:highlight':
      return m as unknown as BgHighlight;
    case 'bg:state':
      return parseReaderState(m) ? (m as unknown as BgState) : undefined;
    default:
      return undefined;
  }
}

/**
 * The reader's state as the background sent it (the answer to `cs:get-state`, or a `bg:state`): the shape the
 * content script reads, else undefined. The background validated the values; this guards the reads.
 */
export function parseReaderState(v: unknown): ReaderState | undefined {
  if (!isRec(v) || !isRec(v.settings) || !isRec(v.decisions)) return undefined;
  const { settings: s, decisions: d } = v;
  const strings = (x: unknown) => Array.isArray(x) && x.every((y) => typeof y === 'string');
  return typeof s.sensitivity === 'string' &&
    typeof s.language === 'string' &&
    typeof s.region === 'string' &&
    typeof s.bannerOnCaution === 'boolean' &&
    typeof s.highlights === 'boolean' &&
    strings(d.trustedSites) &&
    strings(d.notScamPages) &&
    strings(d.pausedSites) &&
    typeof d.pausedUntil === 'number'
    ? { settings: s as unknown as Settings, decisions: d as unknown as Decisions }
    : undefined;
}

export function parseUiMessage(m: unknown): UiToBackground | undefined {
  if (!isRec(m)) return undefined;
  switch (m.type) {
    case 'ui:get-tab-state':
    case 'ui:highlight':
      return isTabId(m.tabId) ? (m as unknown as UiGetTabState | UiHighlight) : undefined;
    case 'ui:get-confirm':
      return isToken(m.token) ? (m as unknown as UiGetConfirm) : undefined;
    case 'ui:answer-confirm':
      return isToken(m.token) && typeof m.accept === 'boolean' ? (m as unknown as UiAnswerConfirm) : undefined;
    default:
      return undefined;
  }
}

// ---------- ui → content ----------
/** The popup asks the tab's top frame for its full report (handles, threads, evidence with their keys). */
export interface UiGetReport {
  type: 'ui:get-report';
}
export type UiToContent = UiGetReport;
/** The top frame's answer to `ui:get-report`. */
export type ReportAnswer = { state: 'done'; report: import('./report/types').PageReport } | { state: 'scanning' };

/** Check a `ui→content` message (the content script checks the sender with `isUiSender` first). */
export function parseUiToContentMessage(m: unknown): UiToContent | undefined {
  if (!isRec(m)) return undefined;
  return m.type === 'ui:get-report' && onlyKeys(m, ['type']) ? (m as unknown as UiGetReport) : undefined;
}
