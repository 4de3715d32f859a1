/**
 * Short sentences about a report, shared by the banner and the tab's result (badge title):
 * which suspect handles, pushed through how many planted comments. Pure.
 */
import type { Lang } from '../../i18n';
import type { TabResult } from '../../messages';
import { MAX_RESULT_HANDLES } from '../../messages';
import type { Handle, PageReport } from '../../report/types';
import { shownValue } from '../common/shown';
import { t } from './strings';

/** suspect handles, most repeated first */
export function suspectHandles(r: PageReport): Handle[] {
  return r.handles.filter((h) => h.suspect).sort((a, b) => b.count - a.count);
}

export function handleLabel(h: Pick<Handle, 'kind' | 'value' | 'raw'>, lang: Lang): string {
  return `${t(`handle_kind_${h.kind}`, lang) || h.kind} ${shownValue(h)}`;
}

/** comments in the threads judged planted */
export function plantedComments(r: PageReport): number {
  return r.threads.filter((th) => th.planted).reduce((n, th) => n + th.comments, 0);
}

/** "WeChat xys8775 is pushed through 5 comments that look planted." */
export function foundLine(r: PageReport, lang: Lang): string {
  const top = suspectHandles(r)[0];
  const planted = plantedComments(r);
  if (top && planted > 0)
    return t('banner_found_thread', lang, t(`handle_kind_${top.kind}`, lang) || top.kind, shownValue(top), planted);
  if (top) return t('banner_found_handle', lang, t(`handle_kind_${top.kind}`, lang) || top.kind, shownValue(top));
  return t('banner_found_generic', lang);
}

/** The compact result the content script sends its background (no page text but the handles). */
export function toTabResult(r: PageReport, lang: Lang): TabResult {
  const suspects = suspectHandles(r);
  const handles = suspects.slice(0, MAX_RESULT_HANDLES).map((h) => `${h.kind}:${h.value}`.slice(0, 120));
  let summary = '';
  if (r.level !== 'safe') {
    const names = suspects.slice(0, 2).map((h) => handleLabel(h, lang));
    const what = names.length ? names.join(', ') + (suspects.length > 2 ? ' …' : '') : t('summary_no_handle', lang);
    summary = t(r.level === 'danger' ? 'summary_danger' : 'summary_caution', lang, what).slice(0, 300);
  }
  return {
    level: r.level,
    score: Math.max(0, Math.min(100, Math.round(r.score))),
    ...(r.kind && r.level !== 'safe' ? { kind: r.kind } : {}),
    counts: {
      handles: r.handles.length,
      suspectHandles: suspects.length,
      threads: r.threads.length,
      plantedThreads: r.threads.filter((th) => th.planted).length,
      evidence: r.evidence.length,
    },
    handles,
    summary,
    lang,
  };
}
