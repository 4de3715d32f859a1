/**
 * What the popup shows, as data (pure: no browser API). The container in `entrypoints/popup/` fills it
 * from the tab, the content script's full report (ui→content) or the background's compact result.
 */

import { withCap } from '../../engine/sides';
import type { TabResult } from '../../messages';
import { type HandleKind, type PageReport, REPORT_SCHEMA, type Report } from '../../report/types';
import { hostOf } from '../../settings/decisions';

export type UnsupportedReason = 'browser' | 'store' | 'pdf' | 'file' | 'extension';

export type PopupView =
  | { kind: 'unsupported'; reason: UnsupportedReason }
  | { kind: 'scanning' }
  | { kind: 'no-result' }
  | { kind: 'error' }
  | {
      kind: 'result';
      host: string;
      report: PageReport;
      /** true when the report came from the full ui→content answer (threads and evidence present) */
      full: boolean;
      trusted: boolean;
      /** epoch ms until which protection is paused everywhere (0: not paused) */
      pausedUntil: number;
      pausedSite: boolean;
    };

const STORE_HOSTS = [
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
  'addons.opera.com',
];

/** Whether the extension can scan a tab's URL, and why not. */
export function classifyUrl(
  url: string | undefined,
): { ok: true; host: string } | { ok: false; reason: UnsupportedReason } {
  if (!url) return { ok: false, reason: 'browser' };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ok: false, reason: 'browser' };
  }
  if (u.protocol === 'file:') return { ok: false, reason: 'file' };
  if (u.protocol === 'chrome-extension:' || u.protocol === 'moz-extension:' || u.protocol === 'extension:') {
    return { ok: false, reason: 'extension' };
  }
  const host = hostOf(url);
  if (!host) return { ok: false, reason: 'browser' };
  if (STORE_HOSTS.includes(host) && (host !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return { ok: false, reason: 'store' };
  }
  if (/\.pdf$/i.test(u.pathname)) return { ok: false, reason: 'pdf' };
  return { ok: true, host };
}

const HANDLE_KINDS: readonly HandleKind[] = [
  'wechat',
  'qq',
  'phone',
  'whatsapp',
  'telegram',
  'line',
  'email',
  'signal',
];

/** The background's compact result as a (thinner) report: level, score, kind and the suspect handles. */
export function reportFromTabResult(r: TabResult, source: string, title = ''): PageReport {
  const handles: PageReport['handles'] = [];
  for (const s of r.handles) {
    const i = s.indexOf(':');
    const kind = s.slice(0, i) as HandleKind;
    if (!HANDLE_KINDS.includes(kind)) continue;
    handles.push({ kind, value: s.slice(i + 1), suspect: true, raw: [], regions: [], count: 1 });
  }
  return {
    source,
    title,
    level: r.level,
    score: r.score,
    ...(r.kind ? { kind: r.kind } : {}),
    handles,
    threads: [],
    evidence: [],
    timings: { ms: 0, nodes: 0, capped: false },
  };
}

/** The exported file: the report contract's envelope around this one page. */
export function exportDocument(report: PageReport, url: string | undefined): Report {
  const page: PageReport = withCap({ ...report, source: url ?? report.source });
  return { schema: REPORT_SCHEMA, pages: [page], errors: [] };
}

/** The saved file's name: the page's host and the time, `.json` for the report, `.txt` for the letter to send. */
export function exportFileName(host: string, now: Date, ext: 'json' | 'txt' = 'json'): string {
  const d = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  const safeHost = host.replace(/[^a-z0-9.-]/gi, '_').slice(0, 80) || 'page';
  return `shillguard-${safeHost}-${d}.${ext}`;
}

/** Serialize for download: stable key order from the report itself, two-space indent. */
export function exportJson(report: PageReport, url: string | undefined): string {
  return `${JSON.stringify(exportDocument(report, url), null, 2)}\n`;
}
