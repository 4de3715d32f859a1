/**
 * The popup's browser side: which tab, what it found (the content script's full report, else the
 * background's compact result), and the reader's actions. Trust and pause decisions are written to
 * extension storage from here, out of the page's reach; content scripts watch that storage.
 */
import { browser } from 'wxt/browser';
import { isTabResult, type ReportAnswer } from '../messages';
import type { PageReport } from '../report/types';
import { type Decisions, hostOf, isPaused, isTrusted } from '../settings';
import { classifyUrl, type PopupView, reportFromTabResult } from '../ui/popup/model';
import { getDecisions } from './storage';

export interface PopupTab {
  id: number;
  url?: string;
  title?: string;
}

/** The tab the popup speaks about: `?tab=<id>` when given (tests open the popup as a page), else the active one. */
export async function targetTab(search = location.search): Promise<PopupTab | undefined> {
  const q = new URLSearchParams(search).get('tab');
  if (q && /^\d+$/.test(q)) {
    const t = await browser.tabs.get(Number(q));
    return t.id === undefined ? undefined : { id: t.id, url: t.url, title: t.title };
  }
  const [t] = await browser.tabs.query({ active: true, currentWindow: true });
  return t?.id === undefined ? undefined : { id: t.id, url: t.url, title: t.title };
}

function isReport(v: unknown): v is PageReport {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    (r.level === 'safe' || r.level === 'caution' || r.level === 'danger') &&
    typeof r.score === 'number' &&
    Array.isArray(r.handles) &&
    Array.isArray(r.threads) &&
    Array.isArray(r.evidence)
  );
}

async function askContent(tabId: number): Promise<ReportAnswer | undefined> {
  try {
    const a = (await browser.tabs.sendMessage(tabId, { type: 'ui:get-report' }, { frameId: 0 })) as unknown;
    if (typeof a !== 'object' || a === null) return undefined;
    const s = (a as { state?: unknown }).state;
    if (s === 'scanning') return { state: 'scanning' };
    const report = (a as { report?: unknown }).report;
    if (s === 'done' && isReport(report)) return { state: 'done', report };
    return undefined;
  } catch {
    // no content script in that tab (opened before install, or a page it does not run on)
    return undefined;
  }
}

async function askBackground(tabId: number): Promise<ReturnType<typeof reportFromTabResult> | undefined> {
  const r = (await browser.runtime.sendMessage({ type: 'ui:get-tab-state', tabId })) as unknown;
  return isTabResult(r) ? reportFromTabResult(r, '') : undefined;
}

export function viewFor(
  tab: PopupTab,
  found: { report: PageReport; full: boolean } | 'scanning' | undefined,
  d: Decisions,
  now = Date.now(),
): PopupView {
  const host = hostOf(tab.url) ?? '';
  if (found === 'scanning') return { kind: 'scanning' };
  if (!found) return { kind: 'no-result' };
  return {
    kind: 'result',
    host,
    report: {
      ...found.report,
      source: found.report.source || tab.url || '',
      title: found.report.title || tab.title || '',
    },
    full: found.full,
    trusted: isTrusted(d, host),
    pausedUntil: d.pausedUntil > now ? d.pausedUntil : 0,
    pausedSite: !!host && isPaused({ ...d, pausedUntil: 0 }, host, now),
  };
}

/** Everything the popup needs for one tab. Never throws: an error is a view too. */
export async function loadView(tab: PopupTab | undefined): Promise<PopupView> {
  if (!tab) return { kind: 'unsupported', reason: 'browser' };
  try {
    const c = classifyUrl(tab.url);
    const fileAllowed =
      !c.ok && c.reason === 'file' && (await browser.extension.isAllowedFileSchemeAccess().catch(() => false));
    if (!c.ok && !fileAllowed) return { kind: 'unsupported', reason: c.reason };
    const d = await getDecisions();
    const fromContent = await askContent(tab.id);
    if (fromContent?.state === 'scanning') return viewFor(tab, 'scanning', d);
    if (fromContent?.state === 'done') return viewFor(tab, { report: fromContent.report, full: true }, d);
    const compact = await askBackground(tab.id);
    return viewFor(tab, compact ? { report: compact, full: false } : undefined, d);
  } catch (e) {
    console.error('ShillGuard popup:', e);
    return { kind: 'error' };
  }
}

/** Save a file through a Blob URL and `<a download>` (no network, no downloads permission). */
export function download(doc: Document, name: string, text: string): void {
  const type = name.endsWith('.txt') ? 'text/plain;charset=utf-8' : 'application/json';
  // a byte-order mark before plain text: older Windows editors read UTF-8 without one as a legacy code page
  const url = URL.createObjectURL(new Blob([type === 'application/json' ? text : `\ufeff${text}`], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
