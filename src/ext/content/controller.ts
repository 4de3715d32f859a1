/**
 * The content script's work, per frame.
 *
 *   (yield: the script's evaluation is a task of its own)
 *   top frame                                        sub-frame
 *   ─────────                                        ─────────
 *   settings + decisions, strings, the t2s table     cheap look: hasContactCue(capped text)
 *     and lexicons (background: cs:get-state,        (the cues' first look only)
 *     cs:get-t2s, cs:get-lexicons; bg:state after
 *     each change)
 *   engine modules evaluated (6 tasks, first use)      └─ none: watch additions, look again
 *   session = createScanSession(document)            t2s + lexicons, engine, session + drive,
 *   drive(session) in ≤ 8 ms slices that yield         as the top frame
 *   (yield) report = session.report(frame facts)     cs:frame-facts → background → top frame
 *     ├─ cs:result → background (badge, title)
 *     ├─ (yield) banner (danger; caution if the reader asks) in a closed shadow root
 *     └─ "Show me" → highlighter (outlines + overlay)
 *   watcher: added nodes → session.add → re-score; sleeps when quiet, wakes on growth/scroll
 *   location change → start over
 *
 * Listeners, timers and UI are tied to WXT's context and go away with it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { firstPlace } from '../../dom/selector';
import type { PageFacts, ScanSession } from '../../engine/session';
import { type Lang, pickLang } from '../../i18n';
import {
  type ConfirmAction,
  type ContentToBackground,
  isBackgroundSender,
  isUiSender,
  parseBackgroundMessage,
  parseFrameFactsList,
  parseLexiconsAnswer,
  parseReaderState,
  parseT2sAnswer,
  parseUiToContentMessage,
  type ReaderState,
  type ReportAnswer,
  type Self,
  type SenderLike,
} from '../../messages';
import type { PageReport } from '../../report/types';
import { isProtected } from '../../settings/decisions';
import {
  DEFAULT_DECISIONS,
  DEFAULT_SETTINGS,
  type Decisions,
  type Settings,
  thresholdsFor,
} from '../../settings/schema';
import { normalizePageUrl } from '../../settings/validate';
import { pickRegion } from '../../ui/banner/advice';
import type { BannerProps } from '../../ui/banner/Banner';
import { installStrings, parseStrings, t as tr } from '../../ui/banner/strings';
import { toTabResult } from '../../ui/banner/summary';
import type { Highlighter } from '../../ui/highlight/highlight';
import { reveal } from '../../ui/highlight/reveal';
import { BANNER_TAG, HIGHLIGHT_TAG } from '../../ui/tags';
import type { BannerUi } from './banner-ui';
import { drive, driveSteps, evaluate, yieldToMain } from './driver';
import { type Engine, type EngineApi, takeEngine } from './engine';
import { type PageUi, takePageUi } from './page-ui';
import { perf, timed } from './perf';
import { cappedText } from './text';
import { isVisible } from './visibility';
import { createWatcher } from './watcher';

/** caps handed to the engine: a huge page is scanned in part, never for long */
export const MAX_NODES = 200_000;
export const MAX_CHARS = 2_000_000;
/** a sub-frame's cheap first look reads at most this much text */
export const FRAME_LOOK_CHARS = 50_000;
/** after a location change, let the page render its new view before scanning */
const NAV_SETTLE_MS = 300;
/** how many times a frame asks for the engine before it gives up until its next pass, and the first wait */
const ENGINE_TRIES = 4;
const ENGINE_RETRY_MS = 500;

const send = (m: ContentToBackground) => browser.runtime.sendMessage(m).catch(() => undefined);

const isOurs = (n: Node) => {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!el?.closest(`${BANNER_TAG}, ${HIGHLIGHT_TAG}`);
};

type Handles = typeof import('./parts/handles');

/** `load` run once and its answer kept, unless it gives none (or fails): then it runs again next time */
function kept<T>(load: () => Promise<T | undefined>): () => Promise<T | undefined> {
  let p: Promise<T | undefined> | undefined;
  return () =>
    (p ??= load().then(
      (v) => {
        if (v === undefined) p = undefined;
        return v;
      },
      () => {
        p = undefined;
        return undefined;
      },
    ));
}

/** the background's answer to `type`, checked by `parse` (a measure: read in a task of the messaging's own) */
const ask = <T>(type: 'cs:get-t2s' | 'cs:get-lexicons', parse: (v: unknown) => T | undefined) =>
  kept(() =>
    browser.runtime
      .sendMessage({ type } satisfies ContentToBackground)
      .then((v: unknown) => timed('tables', () => parse(v))),
  );
/** the traditional → simplified table, and the lexicons (entries, patterns' data, regexes, the text model) */
const t2sTable = ask('cs:get-t2s', parseT2sAnswer);
const lexicons = ask('cs:get-lexicons', parseLexiconsAnswer);
/** the engine's script injected into this frame, its API taken (once) */
const engineApi = kept(() =>
  send({ type: 'cs:load-engine' }).then((done) => (done === true ? takeEngine() : undefined)),
);

let handlesLoad: Promise<Handles> | undefined;
/** the contact cues' first look alone (no table needed: its patterns ship in the bundle) */
const handles = (): Promise<Handles> => (handlesLoad ??= evaluate(() => import('./parts/handles')));
/**
 * The engine (./engine.ts): the background's tables asked for, the engine's script injected into this frame
 * and given them. Undefined when the tables or the script did not come (nothing can be scanned then; asked
 * again next time).
 */
const prepareEngine = kept(async (): Promise<EngineApi | undefined> => {
  const [t2s, lex, injected] = await Promise.all([t2sTable(), lexicons(), engineApi()]);
  if (t2s === undefined || lex === undefined || !injected) return undefined;
  injected.install(t2s, lex);
  return injected;
});
/**
 * the engine prepared and its parts evaluated, each in a task of its own; asked again a few times, a little
 * later each time, when the tables or the script did not come (a background just waking up can drop the
 * first messages, and a page that never changes would otherwise stay unscanned)
 */
async function engine(): Promise<Engine | undefined> {
  for (let i = 0; ; i++) {
    const api = await prepareEngine();
    if (api) return api.load();
    if (i + 1 >= ENGINE_TRIES) return undefined;
    await new Promise((done) => setTimeout(done, ENGINE_RETRY_MS * (i + 1)));
  }
}

const newSession = (
  { createScanSession }: Engine,
  settings?: Settings,
  onShadowRoot?: (root: ShadowRoot) => void,
): ScanSession =>
  createScanSession(document, {
    source: location.href,
    frame: window.top === window ? 'top' : location.href,
    isVisible,
    maxNodes: MAX_NODES,
    maxChars: MAX_CHARS,
    // comments a web component draws in its open shadow root arrive there, out of the document observer's sight
    onShadowRoot,
    ...(settings ? { thresholds: thresholdsFor(settings.sensitivity) } : {}),
  });

/** a cheap key telling whether a pass changed what the reader would be told */
const fingerprint = (r: PageReport | undefined) =>
  r
    ? `${r.level}|${Math.round(r.score)}|${r.handles.length}|${r.threads.length}|${r.evidence.length}|${r.threads.reduce((n, t) => n + t.comments, 0)}`
    : '';

export async function runContent(ctx: ContentScriptContext): Promise<void> {
  const t0 = performance.now();
  // the script's evaluation is one task; listening and asking the background start
  // in the next (a sub-frame's facts posted meanwhile are fetched with cs:get-frame-facts)
  await yieldToMain();
  if (ctx.isInvalid) return;
  const t1 = performance.now();
  const running = window.top === window ? runTop(ctx) : runFrame(ctx);
  perf('setup', t1);
  await running;
  perf('start', t0);
}

async function runTop(ctx: ContentScriptContext): Promise<void> {
  const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const extras = new Map<number, PageFacts>();
  let onFacts = () => {};
  let onHighlight = () => {};
  let answerReport = (): ReportAnswer => ({ state: 'scanning' });
  // the reader's state, as the background sends it on every change (kept until this frame is ready for it)
  let early: ReaderState | undefined;
  let onState = (st: ReaderState) => {
    early = st;
  };
  // listen first: sub-frames may post their facts while this frame is still starting. The answer goes
  // through `sendResponse` (returning a promise is Firefox's and the polyfill's way, not Chrome's)
  const onMessage = (raw: unknown, sender: SenderLike, sendResponse: (answer: ReportAnswer) => void) => {
    const type = (raw as { type?: unknown } | null)?.type;
    // the popup asks for the full report (an extension page, never a web page)
    if (typeof type === 'string' && type.startsWith('ui:')) {
      if (!isUiSender(sender, self) || !parseUiToContentMessage(raw)) return undefined;
      sendResponse(answerReport());
      return undefined;
    }
    if (!isBackgroundSender(sender, self)) return undefined;
    const m = parseBackgroundMessage(raw);
    if (!m) return undefined;
    if (m.type === 'bg:frame-facts') {
      extras.set(m.frameId, m.facts);
      onFacts();
    } else if (m.type === 'bg:highlight') {
      onHighlight();
    } else if (m.type === 'bg:state') {
      onState(m);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // the t2s table and the lexicons are asked for now too, so they are there when the engine is evaluated
  void prepareEngine();
  const [stored, earlier, strings] = await Promise.all([
    browser.runtime.sendMessage({ type: 'cs:get-state' } satisfies ContentToBackground).catch(() => undefined),
    browser.runtime.sendMessage({ type: 'cs:get-frame-facts' } satisfies ContentToBackground).catch(() => []),
    browser.runtime.sendMessage({ type: 'cs:get-strings' } satisfies ContentToBackground).catch(() => undefined),
  ]);
  if (ctx.isInvalid) return;
  // (a measure from here to the first scan's start: this runs in the task that brought the last answer)
  const t2 = performance.now();
  // (the defaults when the background could not answer: warn as a fresh install would)
  const state = early ?? parseReaderState(stored);
  let settings: Settings = state?.settings ?? DEFAULT_SETTINGS;
  let decisions: Decisions = state?.decisions ?? DEFAULT_DECISIONS;
  const parsedStrings = parseStrings(strings);
  for (const [l, file] of Object.entries(parsedStrings)) installStrings(l as Lang, file);
  for (const f of parseFrameFactsList(earlier)) if (!extras.has(f.frameId)) extras.set(f.frameId, f.facts);
  // navigator.language follows the reader's preferred content languages (a Chinese reader on an English
  // browser build still reads zh first); the UI language is the fallback
  const browserLang = navigator.language || browser.i18n.getUILanguage();
  const lang = () => pickLang(settings.language, browserLang);

  // the in-page UI is injected by the background when first needed (./page-ui.ts)
  let uiLoad: Promise<PageUi | undefined> | undefined;
  const pageUi = (): Promise<PageUi | undefined> =>
    (uiLoad ??= (async () => {
      const done = await send({ type: 'cs:load-ui' });
      const ui = done === true ? takePageUi() : undefined;
      if (!ui) {
        uiLoad = undefined; // asked again next time
        return undefined;
      }
      ui.installStrings(parsedStrings);
      return ui;
    })());
  let bannerUi: BannerUi | undefined;
  /** bumped by a hide: a show still waiting for the UI is dropped */
  let bannerGen = 0;
  const banner = {
    async show(p: BannerProps) {
      const my = bannerGen;
      const ui = await pageUi();
      if (!ui || my !== bannerGen || ctx.isInvalid) return;
      bannerUi ??= ui.createBannerUi(ctx);
      await bannerUi.show(p);
    },
    hide() {
      bannerGen++;
      bannerUi?.hide();
    },
  };
  let highlighter: Highlighter | undefined;
  /** bumped by a clear: a highlight still waiting for the UI is dropped */
  let highlightGen = 0;
  const clearHighlights = () => {
    highlightGen++;
    highlighter?.clear();
  };
  let session: ScanSession | undefined;
  let report: PageReport | undefined;
  let gen = 0;
  let lastSent = '';
  let closedFor = '';
  let showing = false;
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>) => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };

  function labels() {
    const l = pickLang(settings.language, browserLang);
    return {
      thread: tr('highlight_tip_thread', l),
      handle: tr('highlight_tip_handle', l),
    };
  }

  const pageKey = () => normalizePageUrl(location.href) ?? location.href;
  const muted = () =>
    !isProtected(decisions, location.hostname.toLowerCase(), Date.now()) || decisions.notScamPages.includes(pageKey());

  // scoring and the banner's render each get a task of their own after the last slice; a session
  // replaced meanwhile (location change, new sensitivity) is left alone
  const score = async (s: ScanSession | undefined = session) => {
    if (!s) return;
    await yieldToMain();
    if (s !== session || ctx.isInvalid) return;
    // scoring in slices too: a page of thousands of comments has thousands of threads to judge
    const scored = await driveSteps(
      s.reportSteps([...extras.values()]),
      'report',
      () => s !== session || ctx.isInvalid,
    );
    if (!scored) return;
    report = scored;
    await yieldToMain();
    if (s !== session || ctx.isInvalid) return;
    update();
  };

  function update() {
    const r = report;
    if (!r) return;
    const l = lang();
    const isMuted = muted();
    const result = { ...toTabResult(r, l), ...(isMuted ? { muted: true } : {}) };
    const key = JSON.stringify(result);
    if (key !== lastSent) {
      lastSent = key;
      void send({ type: 'cs:result', result });
    }
    const want =
      !isMuted &&
      closedFor !== pageKey() &&
      (r.level === 'danger' || (r.level === 'caution' && settings.bannerOnCaution));
    if (!want) {
      banner.hide();
      clearHighlights();
      showing = false;
      return;
    }
    void banner.show({
      report: r,
      lang: l,
      region: pickRegion(settings.region, {
        pageLang: document.documentElement.lang,
        host: location.hostname,
        browserLang,
      }),
      onShowMe: () => showMe(),
      onClose: () => {
        closedFor = pageKey();
        update();
      },
      onTrust: () => confirm('trust-site'),
      onNotScam: () => confirm('not-scam'),
    });
    if (showing) void highlight(false);
  }

  async function highlight(scroll: boolean) {
    if (!report) return;
    let first: Element | undefined;
    if (settings.highlights) {
      const my = highlightGen;
      const ui = await pageUi();
      if (!ui || my !== highlightGen || ctx.isInvalid || !report) return;
      highlighter ??= ui.createHighlighter(document, labels());
      first = timed('highlight', () => highlighter?.show(report as PageReport));
    } else first = firstTarget(report);
    showing = true;
    if (scroll && first) {
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      reveal(first, bannerUi?.coverBottom() ?? 0, window.innerHeight, !reduce);
    }
  }

  function showMe() {
    void highlight(true);
  }

  function confirm(action: ConfirmAction) {
    void send({ type: 'cs:open-confirm', action });
  }

  const watcher = createWatcher({
    root: document.documentElement,
    ignore: isOurs,
    containers: () => report?.threads.map((t) => t.selector) ?? [],
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    onBatch: (nodes) =>
      serial(async () => {
        const s = session;
        if (!s) return false;
        const my = gen;
        const before = fingerprint(report);
        timed('add', () => s.add(nodes));
        if (!(await drive(s, () => my !== gen || ctx.isInvalid))) return false;
        await score(s);
        return fingerprint(report) !== before;
      }),
  });

  async function start() {
    const my = ++gen;
    watcher.stop();
    await serial(async () => {
      if (my !== gen) return;
      const e = await engine();
      if (!e || my !== gen || ctx.isInvalid) return;
      const s = timed('create', () => newSession(e, settings, (r) => watcher.observe(r)));
      session = s;
      if (!(await drive(s, () => my !== gen || ctx.isInvalid))) return;
      await score(s);
    });
    if (my === gen && !ctx.isInvalid) watcher.start();
  }

  onFacts = () => void serial(() => score());
  onHighlight = () => showMe();
  answerReport = () => (report ? { state: 'done', report } : { state: 'scanning' });
  ctx.onInvalidated(() => {
    watcher.stop();
    clearHighlights();
    gen++;
  });
  onState = (st) => {
    decisions = st.decisions;
    if (JSON.stringify(st.settings) !== JSON.stringify(settings)) {
      const rescore = st.settings.sensitivity !== settings.sensitivity;
      settings = st.settings;
      // the thresholds are the session's: a new sensitivity scans again
      if (rescore) void start();
      // made again with the labels of the new language when next shown
      clearHighlights();
      highlighter = undefined;
    }
    update();
  };
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    banner.hide();
    clearHighlights();
    showing = false;
    report = undefined;
    lastSent = '';
    gen++;
    watcher.stop();
    ctx.setTimeout(() => void start(), NAV_SETTLE_MS);
  });

  const started = start();
  perf('setup', t2);
  await started;
}

function firstTarget(r: PageReport): Element | undefined {
  return firstPlace(document, [
    ...r.threads.filter((t) => t.planted).map((t) => t.selector),
    ...r.evidence.map((e) => e.selector),
  ]);
}

/**
 * A sub-frame: look cheaply for any contact cue first; scan fully only when there is one, and post
 * the facts to the top frame (through the background). Later additions are looked at the same way.
 */
async function runFrame(ctx: ContentScriptContext): Promise<void> {
  let session: ScanSession | undefined;
  let lastSent = '';
  let busy = false;
  const post = () => {
    if (!session) return;
    const facts = session.facts();
    const key = JSON.stringify(facts);
    if (key === lastSent) return false;
    lastSent = key;
    void send({ type: 'cs:frame-facts', facts });
    return true;
  };
  const full = async () => {
    const e = await engine();
    if (!e || ctx.isInvalid) return;
    session = timed('create', () => newSession(e, undefined, (r) => watcher.observe(r)));
    if (!(await drive(session, () => ctx.isInvalid))) return;
    post();
  };
  const look = async () => {
    // the cues' first look alone (one module, no table), not the whole engine
    const { hasContactCue } = await handles();
    return timed('look', () => hasContactCue(cappedText(document.body, FRAME_LOOK_CHARS)));
  };

  const watcher = createWatcher({
    root: document.documentElement,
    ignore: isOurs,
    containers: () => [],
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    onBatch: async (nodes) => {
      if (busy) return false;
      busy = true;
      try {
        if (!session) {
          if (!(await look())) return false;
          await full();
          return true;
        }
        session.add(nodes);
        if (!(await drive(session, () => ctx.isInvalid))) return false;
        return post() ?? false;
      } finally {
        busy = false;
      }
    },
  });
  // the watcher exists before the first scan: the walk tells it of shadow roots as it reads them
  if (await look()) await full();
  watcher.start();
  ctx.onInvalidated(() => watcher.stop());
}
