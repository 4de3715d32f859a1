/**
 * A report a reader can send: the page's address, when it was seen, what ShillGuard found (the contacts
 * as the page wrote them, the comment threads, the evidence with short quotes) and where to report it,
 * as plain text in the reader's language. Hotlines and complaint forms ask for the account or number,
 * the page's address and screenshots (96110, 12321, 165, reportfraud.ftc.gov): this gives the first two
 * in words and reminds the reader of the third. Pure: the popup passes the time and the region in.
 */

import { scoreCap } from '../../engine/sides';
import { type Lang, t, tOr } from '../../i18n';
import type { PageReport } from '../../report/types';
import { type AdviceRegion, reportKey, schemeKey } from '../banner/advice';
import { excerpt } from './excerpt';
import { HANDLE_KIND_KEYS, KIND_KEYS, LEVEL_KEYS, signedPoints, WHERE_KEYS } from './labels';

export interface LetterOptions {
  lang: Lang;
  region: AdviceRegion;
  /** the page's address (the report's `source` when absent) */
  url?: string;
  /** when the page was seen, as the reader reads a time */
  seenAt: string;
}

/** Quotes longer than this are cut (a comment's gist, not the page's text). */
const QUOTE_CHARS = 200;
/** Evidence lines in the letter: the strongest first. */
const MAX_EVIDENCE = 12;

const quote = (text: string) => excerpt(text, QUOTE_CHARS);

export function reportLetter(r: PageReport, o: LetterOptions): string {
  const tr = (key: string, ...subs: (string | number)[]) => t(key, o.lang, ...subs);
  const list = (xs: string[]) => xs.join(o.lang === 'en' ? ', ' : '、');
  const lines: string[] = [tr('letter_title'), ''];
  lines.push(tr('letter_page', o.url || r.source));
  if (r.title) lines.push(tr('letter_page_title', quote(r.title)));
  lines.push(tr('letter_seen', o.seenAt));
  const verdict = [tr(LEVEL_KEYS[r.level]), tr('score_label', Math.round(r.score))];
  if (r.kind && r.level !== 'safe') verdict.push(tr('kind_label', tr(KIND_KEYS[r.kind])));
  lines.push(tr('letter_verdict', verdict.join(' · ')));

  const suspect = r.handles.filter((h) => h.suspect);
  if (suspect.length > 0) {
    lines.push('', tr('letter_handles_title'));
    for (const h of suspect) {
      const written = h.raw.filter((x) => x !== h.value).map(quote);
      const where = h.regions.length > 0 ? tr('popup_handle_where', list(h.regions.map((x) => tr(WHERE_KEYS[x])))) : '';
      lines.push(`- ${tr(HANDLE_KIND_KEYS[h.kind])} ${h.value}${where ? ` (${where})` : ''}`);
      if (written.length > 0) lines.push(`  ${tr('letter_written_as', list(written.map((w) => `“${w}”`)))}`);
    }
  }

  const planted = r.threads.filter((th) => th.planted);
  if (planted.length > 0) {
    lines.push('', tr('popup_thread_title'));
    for (const th of planted) {
      lines.push(`- ${tr('popup_thread_summary', th.comments, th.authors.length)}`);
      if (th.authors.length > 0) lines.push(`  ${tr('popup_thread_authors', list(th.authors.map(quote)))}`);
    }
  }

  // what the page says and does, not how its wording as a whole scores: the text model's judgement (`text-model`)
  // is ShillGuard's, no fact an investigator can check on the page
  const evidence = r.evidence
    .filter((e) => e.weight > 0 && e.signal !== 'text-model')
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_EVIDENCE);
  if (evidence.length > 0) {
    lines.push('', tr('popup_evidence_title'));
    for (const e of evidence) {
      const said = e.text ? ` “${quote(e.text)}”` : '';
      lines.push(
        `- ${tOr(e.message, 'ev_unknown', o.lang)} (${tr('popup_evidence_weight', signedPoints(e.weight))})${said}`,
      );
    }
    const cap = scoreCap(r);
    if (cap) lines.push(tr(`cap_${cap.reason}`, Math.round(r.score), cap.points));
  }

  lines.push('');
  if (r.level !== 'safe') lines.push(tr(schemeKey(r.kind)));
  lines.push(tr(reportKey(o.region)), tr('letter_attach'), '', tr('letter_made_here'));
  return `${lines.join('\n')}\n`;
}
