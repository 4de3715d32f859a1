/**
 * The background's work as plain functions (tested directly with fakeBrowser): per-tab results and
 * badge, relaying sub-frame facts to the top frame, and the out-of-page confirmation of anything that
 * lowers protection ("Trust this site", "Not a scam").
 *
 * Every message is validated (sender, then shape) in `src/messages.ts` before a handler acts; invalid
 * ones are dropped without an answer.
 */
import { browser } from 'wxt/browser';
import type { PageFacts } from '../../engine/session';
import { CATALOGS, type Lang, type LocaleFile } from '../../i18n';
import {
  type BackgroundToContent,
  type ConfirmAction,
  isContentSender,
  isUiSender,
  type PendingConfirm,
  parseContentMessage,
  parseUiMessage,
  type ReaderState,
  type Self,
  type SenderLike,
  type TabResult,
} from '../../messages';
import { type Decisions, hostOf, MAX_PAGES, normalizePageUrl, trustSite } from '../../settings';
import { pickStrings } from '../../ui/banner/strings';
import { ENGINE_FILE } from '../content/engine';
import { PAGE_UI_FILE } from '../content/page-ui';
import { getDecisions, getSettings, updateDecisions } from '../storage';

export const DEFAULT_TITLE = 'ShillGuard';
/** badge colours: red for danger, amber for caution (text colours chosen for contrast) */
export const BADGE = {
  danger: { text: '!', bg: '#B71C1C', fg: '#FFFFFF' },
  caution: { text: '?', bg: '#FFB300', fg: '#000000' },
} as const;
/** a confirmation page must be answered within this time */
export const CONFIRM_TTL_MS = 10 * 60 * 1000;
const MAX_PENDING = 20;

/** facts kept per tab for its top frame, at most this many frames */
const MAX_FRAMES = 50;

export interface BackgroundState {
  tabs: Map<number, TabResult>;
  /** tab → frameId → the latest facts that frame posted (the top frame may start after its frames) */
  frames: Map<number, Map<number, PageFacts>>;
  pending: Map<string, PendingConfirm & { expires: number }>;
}

export function createState(): BackgroundState {
  return { tabs: new Map(), frames: new Map(), pending: new Map() };
}

export function selfInfo(): Self {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}

type ActionApi = typeof browser.action;
function action(): ActionApi {
  // MV3 (Chrome) has `action`, MV2 (Firefox) `browserAction`; both take the same calls used here
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  const a = b.action ?? b.browserAction;
  if (!a) throw new Error('no action API');
  return a;
}

/** Show a tab's result on the toolbar button: red for danger, amber for caution, nothing when safe. */
export async function showResult(tabId: number, r: TabResult | undefined): Promise<void> {
  const a = action();
  const level = r?.level ?? 'safe';
  if (level === 'safe' || !r || r.muted) {
    await a.setBadgeText({ tabId, text: '' });
    await a.setTitle({ tabId, title: DEFAULT_TITLE });
    return;
  }
  const b = BADGE[level];
  await a.setBadgeText({ tabId, text: b.text });
  await a.setBadgeBackgroundColor({ tabId, color: b.bg });
  await (a as { setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void> }).setBadgeTextColor?.({
    tabId,
    color: b.fg,
  });
  await a.setTitle({ tabId, title: r.summary ? `${DEFAULT_TITLE}: ${r.summary}` : DEFAULT_TITLE });
}

/** A content-script message. Returns the answer (if any) or undefined. */
export async function handleContentMessage(
  state: BackgroundState,
  raw: unknown,
  sender: SenderLike,
  self: Self = selfInfo(),
  now = Date.now(),
): Promise<unknown> {
  if (!isContentSender(sender, self)) return undefined;
  const msg = parseContentMessage(raw);
  if (!msg) return undefined;
  const tabId = sender.tab.id;
  switch (msg.type) {
    case 'cs:result':
      // only the top frame speaks for the tab
      if (sender.frameId !== 0) return undefined;
      state.tabs.set(tabId, msg.result);
      await showResult(tabId, msg.result);
      return true;
    case 'cs:frame-facts': {
      if (sender.frameId === 0) return undefined;
      const frames = state.frames.get(tabId) ?? new Map<number, PageFacts>();
      frames.delete(sender.frameId);
      frames.set(sender.frameId, msg.facts);
      if (frames.size > MAX_FRAMES) frames.delete(frames.keys().next().value as number);
      state.frames.set(tabId, frames);
      await browser.tabs
        .sendMessage(tabId, { type: 'bg:frame-facts', frameId: sender.frameId, facts: msg.facts }, { frameId: 0 })
        // the top frame may not be listening (yet, or any more): its own scan still stands
        .catch(() => undefined);
      return true;
    }
    case 'cs:get-frame-facts': {
      if (sender.frameId !== 0) return undefined;
      const frames = state.frames.get(tabId);
      return frames ? [...frames].map(([frameId, facts]) => ({ frameId, facts })) : [];
    }
    case 'cs:get-strings':
      return contentStrings();
    case 'cs:get-t2s':
      return (await import('../../text/t2s-data')).T2S_PAIRS;
    case 'cs:get-lexicons': {
      const { LEXICONS, LEXICON_PREFIXES } = await import('../lexicons');
      // with the data of the engine's other Scanners, which the content script's bundle leaves out
      const { shippedScannerData } = await import('../../text/scan');
      // and the engine's long regexes, which it does not ship either
      const { SENT_REGEXES } = await import('../regexes');
      // and the text model's weights
      const { TEXT_MODEL } = await import('../../model/weights');
      return {
        lexicons: LEXICONS,
        prefixes: LEXICON_PREFIXES,
        scanners: shippedScannerData(),
        regexes: SENT_REGEXES,
        model: TEXT_MODEL,
      };
    }
    case 'cs:get-state':
      // the banner, and so the reader's state, live in the top frame only
      if (sender.frameId !== 0) return undefined;
      return readerState();
    case 'cs:load-ui':
      // the banner and the highlighter live in the top frame only
      if (sender.frameId !== 0) return undefined;
      return injectScript(tabId, 0, PAGE_UI_FILE);
    case 'cs:load-engine':
      // any frame with something to scan (a sub-frame once its first look found a contact cue)
      return injectScript(tabId, sender.frameId ?? 0, ENGINE_FILE);
    case 'cs:open-confirm':
      if (sender.frameId !== 0) return undefined;
      return openConfirm(state, msg.action, tabId, sender.url as string, now);
  }
}

/** The reader's settings and decisions, read (and repaired when corrupt) from storage. */
export async function readerState(): Promise<ReaderState> {
  const [settings, decisions] = await Promise.all([getSettings(), getDecisions()]);
  return { settings, decisions };
}

/**
 * Send the reader's state to the top frame of every tab, after a change (the trust question answered, a
 * pause, the options page): each content script applies it at once. Tabs with no content script (new tabs,
 * the browser's own pages) refuse the message, which is fine.
 */
export async function broadcastState(): Promise<void> {
  const [state, tabs] = await Promise.all([readerState(), browser.tabs.query({})]);
  const msg: BackgroundToContent = { type: 'bg:state', ...state };
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, msg, { frameId: 0 }).catch(() => undefined),
    ),
  );
}

interface InjectApis {
  /** Chrome (MV3, `scripting` permission) */
  scripting?: {
    executeScript(o: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
  };
  /** Firefox (MV2: host permissions suffice) */
  tabs: { executeScript?(tabId: number, o: { file: string; frameId: number }): Promise<unknown> };
}

/**
 * Inject one of the extension's scripts into a frame of a tab, in its content script's world: the in-page
 * UI (src/ext/content/page-ui.ts, top frame only) or the engine (src/ext/content/engine.ts). True once it ran.
 */
export async function injectScript(tabId: number, frameId: number, file: string): Promise<boolean> {
  const b = browser as unknown as InjectApis;
  try {
    if (b.scripting) await b.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    else if (b.tabs.executeScript) await b.tabs.executeScript(tabId, { file: `/${file}`, frameId });
    else return false;
    return true;
  } catch {
    // the page went away, or the browser refuses scripts there
    return false;
  }
}

/**
 * Remember what is to be confirmed (host and page come from the sender's URL, never from the message)
 * and open the confirmation page, an extension page the web page cannot script or frame.
 */
export async function openConfirm(
  state: BackgroundState,
  act: ConfirmAction,
  tabId: number,
  pageUrl: string,
  now = Date.now(),
): Promise<string | undefined> {
  const host = hostOf(pageUrl);
  const page = normalizePageUrl(pageUrl);
  if (!host || !page) return undefined;
  for (const [k, p] of state.pending) if (p.expires <= now) state.pending.delete(k);
  while (state.pending.size >= MAX_PENDING) {
    const first = state.pending.keys().next().value;
    if (first === undefined) break;
    state.pending.delete(first);
  }
  const token = crypto.randomUUID();
  const shown = state.tabs.get(tabId);
  state.pending.set(token, {
    action: act,
    host,
    page,
    tabId,
    summary: shown?.summary ?? '',
    ...(shown?.lang ? { lang: shown.lang } : {}),
    expires: now + CONFIRM_TTL_MS,
  });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/confirm.html')}?token=${token}`, openerTabId: tabId });
  return token;
}

let strings: Record<Lang, LocaleFile> | undefined;
/** the in-page UI's strings in every language (the content script does not bundle the catalogues) */
export function contentStrings(): Record<Lang, LocaleFile> {
  strings ??= {
    en: pickStrings(CATALOGS.en),
    'zh-CN': pickStrings(CATALOGS['zh-CN']),
    'zh-TW': pickStrings(CATALOGS['zh-TW']),
  };
  return strings;
}

export function markNotScam(d: Decisions, url: string): Decisions {
  const page = normalizePageUrl(url);
  if (!page) return d;
  const list = d.notScamPages.filter((p) => p !== page);
  list.push(page);
  return { ...d, notScamPages: list.length > MAX_PAGES ? list.slice(list.length - MAX_PAGES) : list };
}

/** A message from one of the extension's own pages. */
export async function handleUiMessage(
  state: BackgroundState,
  raw: unknown,
  sender: SenderLike,
  self: Self = selfInfo(),
  now = Date.now(),
): Promise<unknown> {
  if (!isUiSender(sender, self)) return undefined;
  const msg = parseUiMessage(raw);
  if (!msg) return undefined;
  switch (msg.type) {
    case 'ui:get-tab-state':
      return state.tabs.get(msg.tabId) ?? null;
    case 'ui:highlight':
      await browser.tabs.sendMessage(msg.tabId, { type: 'bg:highlight' }, { frameId: 0 }).catch(() => undefined);
      return true;
    case 'ui:get-confirm': {
      const p = state.pending.get(msg.token);
      if (!p || p.expires <= now) return null;
      const { expires: _e, ...shown } = p;
      return shown;
    }
    case 'ui:answer-confirm': {
      const p = state.pending.get(msg.token);
      state.pending.delete(msg.token);
      if (!p || p.expires <= now) return false;
      if (!msg.accept) return true;
      await updateDecisions((d) => (p.action === 'trust-site' ? trustSite(d, p.host) : markNotScam(d, p.page)));
      return true;
    }
  }
}

/** A tab started loading another document, or closed: its result no longer holds. */
export async function forgetTab(state: BackgroundState, tabId: number, closed = false): Promise<void> {
  state.tabs.delete(tabId);
  state.frames.delete(tabId);
  if (!closed) await showResult(tabId, undefined).catch(() => undefined);
}
