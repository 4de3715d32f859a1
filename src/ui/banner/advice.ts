/**
 * Which reporting advice to show: the reader's region setting, else the page's TLD, else the region
 * subtag of the page's or the browser's language, else Chinese-language pages → mainland.
 * Pure (the content script passes the page's lang, host and the browser's language in).
 */

import type { ScamKind } from '../../report/types';
import type { RegionSetting } from '../../settings/schema';

export type AdviceRegion = Exclude<RegionSetting, 'auto'>;

export interface RegionHints {
  /** `<html lang>` */
  pageLang?: string;
  /** the page's hostname */
  host?: string;
  /** `navigator.language` / `browser.i18n.getUILanguage()` */
  browserLang?: string;
}

const TLD: Record<string, AdviceRegion> = { cn: 'CN', tw: 'TW', hk: 'HK', uk: 'UK', us: 'US', gov: 'US' };

function fromLang(tag: string | undefined): AdviceRegion | undefined {
  const parts = (tag ?? '').replace(/_/g, '-').toLowerCase().split('-');
  for (const p of parts.slice(1)) {
    if (p === 'cn') return 'CN';
    if (p === 'tw') return 'TW';
    if (p === 'hk' || p === 'mo') return 'HK';
    if (p === 'us') return 'US';
    if (p === 'gb' || p === 'uk') return 'UK';
  }
  return undefined;
}

export function pickRegion(setting: RegionSetting | undefined, hints: RegionHints = {}): AdviceRegion {
  if (setting && setting !== 'auto') return setting;
  const tld = (hints.host ?? '').toLowerCase().split('.').pop() ?? '';
  const byTld = TLD[tld];
  if (byTld) return byTld;
  const byLang = fromLang(hints.pageLang) ?? fromLang(hints.browserLang);
  if (byLang) return byLang;
  const page = (hints.pageLang ?? '').toLowerCase();
  if (page.startsWith('zh-hant')) return 'TW';
  if (page === 'zh' || page.startsWith('zh-')) return 'CN';
  return 'other';
}

/** i18n key of the reporting line for a region */
export function reportKey(r: AdviceRegion): string {
  return `report_${r.toLowerCase()}`;
}

/** i18n key of the "what these schemes do" line for a kind */
export function schemeKey(kind: ScamKind | undefined): string {
  return `scheme_${(kind ?? 'other').replace(/-/g, '_')}`;
}

/** the "what to do" line for each kind: who to turn to instead, and what never to pay for */
const ADVICE: Record<ScamKind, string> = {
  'debt-relief': 'advice_do',
  loan: 'advice_do',
  'credit-repair': 'advice_credit',
  'investment-group': 'advice_invest',
  recovery: 'advice_recovery',
  'gambling-recovery': 'advice_recovery',
  'insurance-refund': 'advice_insurance',
  other: 'advice_other',
};

/** i18n key of the "what to do" line for a kind (a lender's hotline fits debts, not a stock group) */
export function adviceKey(kind: ScamKind | undefined): string {
  return ADVICE[kind ?? 'other'];
}
