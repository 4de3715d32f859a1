/**
 * Detection-quality metrics over labelled pages, shared by `npm run eval` and the corpus gates.
 *
 * Page level (levels as the report contract defines them):
 *   - a scam page is caught when its report says `danger` (a `caution` badge alone is a miss);
 *   - a clean page is a false alarm at `caution` or `danger`;
 *   - recall = caught / scam pages; false-positive rate = false alarms / clean pages;
 *     precision = caught / (caught + false alarms).
 * Handle level (suspect handles only, exact `kind:value` match against the labels):
 *   - recall = labelled handles reported suspect / labelled handles;
 *   - precision = suspect handles that are labelled / all suspect handles, where a suspect handle on a
 *     scam page that the label does not list and any suspect handle on a clean page count against it.
 * Honest contacts (labels' optional `contacts`, measured only, no gate; a page without them counts nowhere):
 *   - found = labelled contacts the report lists at all (suspect or not);
 *   - called suspect = labelled contacts the report lists with `suspect: true`.
 */
import type { Evidence, PageReport } from '../../src/report/types';
import type { CorpusLabel } from './load';

/** What the metrics need of one scanned page. */
export interface PageResult {
  /** a stable id, e.g. `en/scam-x.html` */
  id: string;
  label: Pick<CorpusLabel, 'label' | 'kind' | 'lang' | 'handles' | 'contacts'>;
  report: Pick<PageReport, 'level' | 'score' | 'kind' | 'handles' | 'evidence'>;
}

export type Outcome = 'caught' | 'missed' | 'clean-ok' | 'false-alarm';

export function outcome(r: PageResult): Outcome {
  if (r.label.label === 'scam') return r.report.level === 'danger' ? 'caught' : 'missed';
  return r.report.level === 'safe' ? 'clean-ok' : 'false-alarm';
}

export function handleKey(h: { kind: string; value: string }): string {
  return `${h.kind}:${h.value}`;
}

/** Distinct `kind:value` keys of the handles a report marks suspect. */
export function suspectKeys(report: PageResult['report']): Set<string> {
  return new Set(report.handles.filter((h) => h.suspect).map(handleKey));
}

export interface HandleMatch {
  /** labelled and reported suspect */
  found: string[];
  /** labelled, not reported suspect */
  missing: string[];
  /** reported suspect, not labelled (every suspect handle of a clean page) */
  extra: string[];
}

export interface ContactMatch {
  /** labelled honest contacts the report lists, suspect or not */
  found: string[];
  /** labelled honest contacts the report does not list */
  notFound: string[];
  /** labelled honest contacts the report lists as suspect */
  suspect: string[];
}

/** How a report treats the page's labelled honest contacts (all empty when the label has none). */
export function matchContacts(r: PageResult): ContactMatch {
  const listed = new Set(r.report.handles.map(handleKey));
  const suspect = suspectKeys(r.report);
  const labelled = [...new Set((r.label.contacts ?? []).map(handleKey))];
  return {
    found: labelled.filter((k) => listed.has(k)),
    notFound: labelled.filter((k) => !listed.has(k)),
    suspect: labelled.filter((k) => suspect.has(k)),
  };
}

export function matchHandles(r: PageResult): HandleMatch {
  const labelled = new Set(r.label.handles.map(handleKey));
  const suspect = suspectKeys(r.report);
  return {
    found: [...labelled].filter((k) => suspect.has(k)),
    missing: [...labelled].filter((k) => !suspect.has(k)),
    extra: [...suspect].filter((k) => !labelled.has(k)),
  };
}

/** a / b, or NaN when b is 0 (printed as "n/a"; never passes a `>=` gate). */
export function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

export interface Metrics {
  pages: number;
  scam: number;
  clean: number;
  caught: number;
  falseAlarms: number;
  recall: number;
  falsePositiveRate: number;
  precision: number;
  labelledHandles: number;
  foundHandles: number;
  suspectHandles: number;
  handleRecall: number;
  handlePrecision: number;
  /** scam pages warned about (caution or danger), and those of them whose reported kind is the label's */
  warned: number;
  kindAgrees: number;
  /** the share of warned scam pages whose kind is right (the banner's advice follows the kind) */
  kindAgreement: number;
  /** pages whose label lists honest contacts (`contacts`, possibly empty); the others count nowhere below */
  contactPages: number;
  /** honest contacts labelled, those the report lists at all, and those it lists as suspect */
  labelledContacts: number;
  foundContacts: number;
  suspectContacts: number;
  /** `id kind:value` of labelled honest contacts the report does not list */
  notFoundContactList: string[];
  /** `id kind:value` of labelled honest contacts the report lists as suspect */
  suspectContactList: string[];
  /** ids of scam pages not at `danger` */
  missedPages: string[];
  /** ids of clean pages at `caution` or `danger` */
  falseAlarmPages: string[];
  /** `id kind:value` of labelled handles not reported suspect */
  missedHandles: string[];
  /** `id kind:value` of suspect handles not labelled */
  extraHandles: string[];
}

export function computeMetrics(results: readonly PageResult[]): Metrics {
  const m: Metrics = {
    pages: results.length,
    scam: 0,
    clean: 0,
    caught: 0,
    falseAlarms: 0,
    recall: Number.NaN,
    falsePositiveRate: Number.NaN,
    precision: Number.NaN,
    labelledHandles: 0,
    foundHandles: 0,
    suspectHandles: 0,
    handleRecall: Number.NaN,
    handlePrecision: Number.NaN,
    warned: 0,
    kindAgrees: 0,
    kindAgreement: Number.NaN,
    contactPages: 0,
    labelledContacts: 0,
    foundContacts: 0,
    suspectContacts: 0,
    notFoundContactList: [],
    suspectContactList: [],
    missedPages: [],
    falseAlarmPages: [],
    missedHandles: [],
    extraHandles: [],
  };
  for (const r of results) {
    const o = outcome(r);
    if (r.label.label === 'scam') m.scam++;
    else m.clean++;
    if (o === 'caught') m.caught++;
    else if (o === 'missed') m.missedPages.push(r.id);
    else if (o === 'false-alarm') {
      m.falseAlarms++;
      m.falseAlarmPages.push(r.id);
    }
    if (r.label.label === 'scam' && r.report.level !== 'safe') {
      m.warned++;
      if (r.report.kind === r.label.kind) m.kindAgrees++;
    }
    const hm = matchHandles(r);
    m.labelledHandles += hm.found.length + hm.missing.length;
    m.foundHandles += hm.found.length;
    m.suspectHandles += hm.found.length + hm.extra.length;
    for (const k of hm.missing) m.missedHandles.push(`${r.id} ${k}`);
    for (const k of hm.extra) m.extraHandles.push(`${r.id} ${k}`);
    if (r.label.contacts) {
      const cm = matchContacts(r);
      m.contactPages++;
      m.labelledContacts += cm.found.length + cm.notFound.length;
      m.foundContacts += cm.found.length;
      m.suspectContacts += cm.suspect.length;
      for (const k of cm.notFound) m.notFoundContactList.push(`${r.id} ${k}`);
      for (const k of cm.suspect) m.suspectContactList.push(`${r.id} ${k}`);
    }
  }
  m.recall = ratio(m.caught, m.scam);
  m.falsePositiveRate = ratio(m.falseAlarms, m.clean);
  m.precision = ratio(m.caught, m.caught + m.falseAlarms);
  m.handleRecall = ratio(m.foundHandles, m.labelledHandles);
  m.handlePrecision = ratio(m.foundHandles, m.suspectHandles);
  m.kindAgreement = ratio(m.kindAgrees, m.warned);
  return m;
}

/** Results grouped by a key (scam kind, language, ...), groups sorted by key. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** The strongest evidence of a report, heaviest first (ties keep report order). */
export function topEvidence(report: Pick<PageReport, 'evidence'>, n = 3): Evidence[] {
  return [...report.evidence].sort((a, b) => b.weight - a.weight).slice(0, n);
}

/** Quality gates, applied to each split separately. */
/** The quality targets. `npm run eval` marks every figure below them; `SHILLGUARD_GATES=target npm test` enforces them. */
export const GATES = {
  recall: 0.95,
  falsePositiveRate: 0.03,
  handleRecall: 0.95,
  handlePrecision: 0.95,
} as const;

export type Gates = { [K in keyof typeof GATES]: number };

/**
 * The ratchet `npm test` enforces until the targets are met: the figures the engine reaches today on
 * each split. Raise them whenever the engine improves; never lower them to pass. When pages are added
 * to the corpus they are set again on the whole corpus (the pages already in it must not lose a figure:
 * on the 104 pages of the first corpus, training stays at 42/42 caught and 0/34 false alarms; on the 164
 * pages of the second, training is at 64/64 and 0/57, validation at 23/26 caught, 0/17 false alarms and
 * 27/36 handles; on the 188 pages of the third, training is at 75/76, 0/61 and 119/119 handles with no
 * extra suspect, validation at 23/28, 1/23 and 28/38 handles (27/38 when they were added); on the 212
 * of the fourth, training is at 82/84, 0/68 and 130/130 with no extra suspect, validation at 26/34
 * (24/34 when the 24 after them were added), 1/26 and 31/46 handles (30/46); on the 236 of the fifth,
 * training is at 91/92, 0/73 and 142/142 with no extra suspect, validation at 29/40, 1/31 and 33/55; the
 * 24 pages after them came in at 2/14 caught and 3/10 false alarms, and the training handle floor went
 * from 1.0 to 0.96 with them; on the 260 of the sixth, training is at 98/102, 0/79 and 154/156 with no
 * extra suspect, validation at 31/44, 1/35 and 36/60 (36/47 suspect); the 24 after them came in at
 * 5/14 caught and 1/10 false alarms, and with them the floors are training 0.93 / 0 / 0.94 / 1.0 and
 * validation 0.64 / 0.05 / 0.59 / 0.76 (a call to action that reached 0.94 / 0.95 on training, "he's
 * text only:", was taken out again because the ReDoS check flagged the alternation); on the 284 of the
 * seventh, training is at 104/109, 0/82 and 164/170 with no extra suspect, validation at 33/51, 2/42 and
 * 43/71 (42/71 when the 24 after them were added, which came in at 5/14 caught and 2/10 false alarms,
 * both of those in validation); on the 308 of the eighth, training is at 117/121, 0/87 and 182/189 with no
 * extra suspect (they met the targets: 0.967 / 0 / 0.963 / 1.0), validation at 34/53, 4/47 and 44/73; the
 * 24 after them came in at 3/14 caught and 1/10 false alarms (a training page, fixed since), and with
 * them the floors were training 0.90 / 0 / 0.92 / 1.0 and validation 0.61 / 0.08 / 0.61 / 0.76; on the 332
 * of the ninth, training is at 122/131, 0/93 and 192/201 with no extra suspect, validation at 35/57, 4/51
 * and 48/78; the 25 after them came in at 3/15 caught and 6/10 false alarms (4 of them clean pages where
 * people swap private contacts openly on a money topic), and with them the floors were training 0.89 /
 * 0.03 / 0.92 / 0.95 and validation 0.58 / 0.10 / 0.55 / 0.74; on the 357 of the tenth, training is at
 * 127/141, 3/101 and 198/214 (the 332 before them at 123/131, 0/93 and 192/201 with no extra suspect),
 * validation at 37/62, 5/53 and 49/88 (the 332 at 36/57, 4/51, 48/78); the 24 after them came in at 5/14
 * caught and 1/10 false alarms, and with them the floors were training 0.88 / 0.03 / 0.91 / 0.95 and
 * validation 0.56 / 0.11 / 0.53 / 0.71; on the 381 of the eleventh, training is at 131/148, 3/107 and
 * 205/224 (the 332 at 123/131, 0/93 and 192/201 with no extra suspect, the 357 at 127/141, 3/101 and
 * 198/214), validation at 40/69, 6/57 and 53/97 (the 332 at 37/57, 4/51, 49/78); the 24 after them came
 * in at 0/14 caught and 5/10 false alarms, and with them the floors are training 0.85 / 0.06 / 0.91 / 0.91
 * and validation 0.54 / 0.14 / 0.51 / 0.67; on the 405 of the twelfth, training is at 135/156, 5/115 and
 * 213/234 (the 332 at 123/131, 0/93, 192/201; the 381 at 131/148, 2/107, 205/224), validation at 40/75,
 * 7/59 and 54/105 (one page fewer caught than before: it had been caught through a telecom licence number
 * misread as a pushed WeChat ID, fixed); the 24 after them came in at 2/14 caught and 1/10 false alarms,
 * and with them the floors were training 0.81 / 0.05 / 0.86 / 0.92 and validation 0.52 / 0.13 / 0.49 /
 * 0.64, raised in the same session as the engine improved to training 0.83 / 0.05 / 0.89 / 0.93 and
 * validation 0.52 / 0.13 / 0.50 / 0.64; on the 429 of the thirteenth, training is at 146/167, 3/122 and
 * 233/253 (at the session's start 140/167, 5/122, 226/253), validation at 42/78, 8/62 and 58/109 (at the
 * start 41/78, 8/62, 55/109); the 24 after them came in at 2/14 caught and 3/10 false alarms (5/14 and
 * 2/10 with the engine of that session), and with them the floors were training 0.85 / 0.03 / 0.91 / 0.96
 * and validation 0.51 / 0.13 / 0.52 / 0.66; on the 453 of the fourteenth, training is at 156/176, 3/129 and
 * 251/265 with 8 extra suspects (at the session's start 150/176, 3/129, 243/265 with 9), validation at
 * 44/83, 8/65 and 63/116 (at the start 43/83, 8/65, 61/116); the 24 after them came in at 9/14 caught
 * and 5/10 false alarms, and the 24 after those at 3/14 caught and 1/10 false alarms (disguised handles
 * the extractor did not read yet), and with them the floors were training 0.87 / 0.03 / 0.93 / 0.94 and
 * validation 0.49 / 0.13 / 0.50 / 0.66; on those 501, training is at 169/194, 4/144 and 270/290 (270/285
 * suspect), validation at 46/93, 9/70 and 66/131 (66/100); the 24 after them came in at 7/14 caught and 0/10
 * false alarms with the session's final engine, and with them the floors are training 0.85 / 0.03 / 0.90 /
 * 0.93 and validation 0.48 / 0.12 / 0.49 / 0.66; on those 525, training went to 191/203, 4/149 and 288/301
 * (288/299 suspect; at the session's start 174/203, 4/149, 273/301 with 293 suspect) while validation stayed
 * at 48/98, 9/75 and 68/138 (68/103): every gain was on the training pages; the 24 after them came in at
 * 1/14 caught, 0/10 false alarms and 1/17 handles with the session's final engine (4/17 found at all), and
 * with them the floors are training 0.89 / 0.03 / 0.91 / 0.96 and validation 0.47 / 0.12 / 0.48 / 0.66
 * (the validation floors on recall and handles sit a point lower only because the 3 new validation scam
 * pages are at 0/3; on the 525 the validation figures are the same as at the session's start); the pages
 * added after each were written and committed before the engine saw them); on those 549, training is at
 * 192/214, 4/155 and 289/315 (289/300 suspect), validation at 48/101, 9/79 and 68/141 (68/103); the 24 after
 * them (asked, this time, for 3 of each writer's 7 scam pages with the handle written plainly, as most real
 * pages print it) came in at 8/14 caught, 4/10 false alarms (clean twins where honest people give their own
 * or a helper's number) and 10/17 handles with the engine of the session's start, and with them the floors
 * were training 0.87 / 0.05 / 0.90 / 0.92 and validation 0.48 / 0.13 / 0.48 / 0.64; on those 573, training
 * went to 201/226, 5/163 and 302/330 (302/320 suspect) while validation moved to 50/103, 10/81 and 71/143
 * (71/109); the 24 after them came in at 5/14 caught, 1/10 false alarms and 5/15 handles, the same with the
 * engine of the session's start as with its final one, and with them the floors were training 0.86 / 0.04 /
 * 0.89 / 0.92 and validation 0.48 / 0.12 / 0.50 / 0.66, raised in the same session as a false alarm among
 * them was mended to training 0.86 / 0.03 / 0.89 / 0.93 (training at 204/236, 5/169 and 304/341 with
 * 304/324 suspect; validation at 52/107, 10/85 and 74/147 with 74/112), and once forum posts beside their
 * writer's pane were read (the radio-alphabet reader given up for the bytes) to training 0.86 / 0.03 / 0.89 /
 * 0.93 and validation 0.49 / 0.11 / 0.51 / 0.67 (training at 203/236, 5/169 and 305/341 with 305/325 suspect;
 * validation at 53/107, 9/85 and 75/147 with 75/111); the 24 after them came in at 4/14 caught, 2/10 false
 * alarms and 4/14 handles (9/14 found) with the engine of the next session's start, and with them the floors
 * were training 0.84 / 0.04 / 0.87 / 0.92 and validation 0.48 / 0.11 / 0.50 / 0.67 (training at 205/244,
 * 7/177 and 307/349 with 307/331 suspect; validation at 55/113, 9/87 and 77/153 with 77/114), raised in the
 * same session to training 0.84 / 0.04 / 0.88 / 0.93 and validation 0.49 / 0.11 / 0.50 / 0.67 (training at
 * 205/244, 6/177 and 308/349 with 308/330; validation at 56/113, 9/87 and 78/153 with 78/115); then two rounds
 * of 24 typical pages (the common schemes on common sites, asked for instead of unusual archetypes) came in
 * at 13/14 caught, 2/10 false alarms, 15/17 handles and 9/14, 0/10, 11/17, the same with the engine of the
 * session's start as with the one of that moment; with them and the session's later fixes the floors are
 * training 0.85 / 0.04 / 0.88 / 0.94 and validation 0.53 / 0.11 / 0.55 / 0.70 (training at 223/260, 6/187 and
 * 326/367 with 326/346; validation at 67/125, 10/97 and 94/169 with 94/134); a third round of 24 typical
 * pages came in at 13/14 caught, 2/10 false alarms and 12/15 handles with that session's final engine
 * (12/14 with its first), and with them, and two of their training false alarms mended, the floors are
 * training 0.85 / 0.04 / 0.88 / 0.93 and validation 0.55 / 0.11 / 0.56 / 0.69 (training at 232/270, 7/197
 * and 335/378 with 335/358; validation at 71/129, 10/97 and 97/173 with 97/139), raised in the same session
 * as vBulletin's posts and joined IDs were read to training 0.86 / 0.04 / 0.89 / 0.93 (training at 233/270,
 * 7/197 and 337/378 with 337/360; validation at 72/129, 10/97 and 97/173 with 97/139); a fourth round of 24
 * typical pages came in at 11/14 caught, 0/10 false alarms and 10/14 handles with that final engine (the same
 * with the session's first), and with it the floors are training 0.86 / 0.04 / 0.88 / 0.93 and validation
 * 0.55 / 0.11 / 0.55 / 0.69 (training at 242/280, 7/205 and 345/388 with 345/370; validation at 74/133, 10/99
 * and 99/177 with 99/143); a fifth round of 24 typical pages, mostly honest ones that share the scams'
 * surfaces (8 scam, 16 clean: private numbers, titles, thanks), came in at 5/8 caught, 5/16 false alarms and
 * 7/10 handles with the next session's first engine and with the one of that moment, and with it the floors
 * are training 0.85 / 0.05 / 0.88 / 0.91 and validation 0.55 / 0.12 / 0.55 / 0.68 (training at 245/285,
 * 10/214 and 350/394 with 350/381; validation at 76/136, 12/106 and 101/181 with 101/147); then, with the
 * same session's fixes (a number's rest promised below, denied and regulator-warned schemes, a line given to be
 * helped, a voucher who spoke before the line, Discuz! signature rows), a sixth round of 24 typical pages (7
 * scam and 5 clean per language, on real forum and comment software's markup) came in at 12/14 caught, 1/10
 * false alarms and 13/18 handles with the engine of that moment (11/14, 1/10, 13/18 with the session's first),
 * and with it the floors are training 0.86 / 0.05 / 0.88 / 0.92 and validation 0.56 / 0.12 / 0.54 / 0.67
 * (training at 256/296, 10/221 and 364/409 with 364/394; validation at 78/139, 12/109 and 101/184 with 101/149),
 * raised in the same session, once forum and comment software's real markup was read (phpBB, XenForo, SMF,
 * vBulletin, MyBB, Discuz!, Tieba, Disqus, YouTube, Reddit's feed ages) and a forum topic with writers' panes was
 * one conversation, to training 0.86 / 0.05 / 0.89 / 0.92 and validation 0.58 / 0.12 / 0.55 / 0.68 (training at
 * 257/296, 9/221 and 366/409 with 366/396; validation at 81/139, 12/109 and 103/184 with 103/151); a seventh
 * round of 24 pages, articles that push the contact themselves as the seed page does (7 scam and 5 clean per
 * language: content farms, author platforms, WeChat-article mirrors, sponsored pages, personal blogs), came in
 * at 7/14 caught, 0/10 false alarms and 9/16 handles with the next session's first engine (9/14, 0/10, 12/16 with
 * its lexicon fixes), and with it the floors are training 0.86 / 0.04 / 0.89 / 0.92 and validation 0.58 / 0.11 /
 * 0.56 / 0.68 (training at 262/303, 9/229 and 374/418 with 374/404; validation at 85/146, 12/111 and 107/191
 * with 107/156); two more rounds came in, both measured before any change they prompted: article pages that push
 * the contact themselves again (5/14 caught, 3/10 false alarms, 7/19 handles with that session's first engine and
 * with the one of that moment) and mostly honest pages (2 scam and 10 clean per language: 4/4 caught, 3/20 false
 * alarms, 6/6 handles with both); with them and the fixes their training pages prompted, the floors are training
 * 0.85 / 0.04 / 0.89 / 0.92 and validation 0.59 / 0.13 / 0.57 / 0.68 (training at 270/314, 9/247 and 386/433 with
 * 386/419; validation at 91/153, 15/123 and 115/201 with 115/169); a third round of article pages came in at 9/14
 * caught, 2/10 false alarms and 13/18 handles, the same with that session's first engine as with the one of that
 * moment, and with it and the fixes its training pages prompted the floors are training 0.86 / 0.04 / 0.89 / 0.92
 * and validation 0.60 / 0.12 / 0.57 / 0.68 (training at 278/323, 10/255 and 397/445 with 397/431; validation at
 * 95/158, 15/125 and 120/207 with 120/174); a second round of mostly honest pages (2 scam and 10 clean per language:
 * tutors, repairmen, deacons, volunteers, a police page quoting a planted thread, a lawyer's profile) came in at 4/4
 * caught, 7/20 false alarms and 5/5 handles with the engine of that moment (5/20 with the fixes its training pages
 * prompted), and with it the floors are training 0.86 / 0.05 / 0.89 / 0.90 and validation 0.60 / 0.14 / 0.58 / 0.68
 * (training at 281/326, 13/272 and 401/449 with 401/441; validation at 96/159, 17/128 and 121/208 with 121/177);
 * two more rounds of mostly honest pages (2 scam and 10 clean per language, then 2 scam and 10 or 12 clean: bank
 * branch staff lines, an agent's blog, a 12345 reply board, a bank article's mirror, a planner's paid
 * consultation, a licensed adviser's video page, volunteers, treasurers, duty lawyers) came in at 4/4 caught, 9/20
 * false alarms, 5/5 handles (the first, with the session's first engine and with the one of that moment) and 4/4,
 * 4/22, 5/5 (the second, after the first's fixes; 5/22 with the session's first engine); with them and the fixes
 * their training pages prompted (a bank's own lines, official accounts, work mobiles, licences of insurance and
 * Hong Kong advisers, only a person's line anchoring a page) the floors are training 0.86 / 0.045 / 0.89 / 0.90
 * and validation 0.60 / 0.14 / 0.58 / 0.67 (training at 286/331, 13/301 and 407/455 with 407/448; validation at
 * 98/162, 19/141 and 124/212 with 124/184); a round of typical pages, half scam half their honest twins (6 scam
 * and 6 clean per language: a UK forum's refund agent, a podcast's market coach, a short video's negotiation coach, a
 * sports portal's payout agent, a credit union's blog, a city forum's quit-gambling volunteer, a Hong Kong debt
 * relief thread), came in at 8/12 caught, 7/12 false alarms and 10/14 handles (8/12, 8/12, 10/14 with the session's
 * first engine), and with it and the fixes its training pages prompted the floors are training 0.86 / 0.06 / 0.89 /
 * 0.90 and validation 0.60 / 0.14 / 0.58 / 0.67 (training at 295/340, 18/311 and 417/465 with 417/462; validation at
 * 100/165, 20/143 and 127/216 with 127/189); a second round of typical scam pages and their honest twins (6 and 7
 * per language) came in at 5/13 caught, 0/13 false alarms and 10/15 handles, the same with the session's first
 * engine as with the one of that moment; with it and the fixes its training pages prompted (Cantonese threads, a
 * pusher's police-first preamble) the floors are training 0.86 / 0.06 / 0.89 / 0.90 and validation 0.59 / 0.14 /
 * 0.58 / 0.67 (training at 300/346, 17/319 and 424/473 with 424/469; validation at 103/172, 20/148 and 132/223
 * with 132/194: its new validation scam pages, 3 of 7 caught, brought validation recall under 0.60); a round of 8
 * English typical scam pages and 4 twins, and of 4 Chinese scam pages and 8 honest pages, mostly Taiwanese, came in
 * at 11/12 caught, 4/12 false alarms (all Chinese honest pages) and 12/15 handles, the same with the session's
 * first engine; with it and its training pages' fixes the floors are training 0.86 / 0.06 / 0.89 / 0.89 and
 * validation 0.59 / 0.151 / 0.58 / 0.67 (training at 310/357, 17/326 and 436/487 with 436/485; validation at
 * 104/173, 23/153 and 133/224 with 133/198: three of its honest Taiwan pages in validation are false alarms); a
 * round of typical pages and their honest twins (6 and 6 in English; 7 scam, 10 of them mainland pages, and 5 clean
 * in Chinese) came in at 12/13 caught, 3/11 false alarms and 14/14 handles with the session's first engine; with it
 * and its training pages' fixes (a lender's fee first in plain words) the floors are training 0.87 / 0.06 / 0.89 /
 * 0.89 and validation 0.61 / 0.154 / 0.60 / 0.666 (training at 319/365, 19/334 and 445/496 with 445/499; validation
 * at 109/178, 24/156 and 138/229 with 138/207: its validation honest English page is a false alarm on first contact);
 * a round of 8 English typical scam pages and 4 twins, and of 6 Taiwan and Hong Kong scam pages and their 6 twins,
 * came in at 9/14 caught, 4/10 false alarms and 9/15 handles, the same with the session's first engine; with it and
 * its training pages' fixes (an organisation's line by its weekday hours or its work-phone name, Taiwan's 打給她
 * before a mobile, a bare id taking the app the page names for it, a name after 揾 no id) the floors are training
 * 0.87 / 0.06 / 0.89 / 0.89 and validation 0.60 / 0.154 / 0.60 / 0.67 (training at 328/374, 19/343 and 453/506
 * with 453/504; validation at 111/183, 24/157 and 141/234 with 141/210: its validation English scam pages, 1 of 4
 * caught on first contact, brought validation recall under 0.61); a further round of typical pages and twins (8
 * English scam and 4 clean; 6 Chinese scam and 6 clean, half mainland, half Taiwan or Hong Kong) came in at 12/14
 * caught, 1/10 false alarms and 14/14 handles, the same with the session's first engine; with it the floors are
 * training 0.88 / 0.06 / 0.89 / 0.89 and validation 0.60 / 0.158 / 0.60 / 0.67 (training at 339/385, 19/351 and
 * 464/517 with 464/521; validation at 113/186, 25/159 and 144/237 with 144/214: its one false alarm, a validation
 * Chinese honest page on first contact, brought the validation false-alarm rate over 0.154); with a BBS article's
 * pushes read as comments the floors are training 0.88 / 0.06 / 0.90 / 0.89 (training at 342/385, 19/351 and 468/517
 * with 468/524; validation unchanged); a round of typical pages and their honest twins (6 and 6 per language; in
 * Chinese half mainland, half Taiwan or Hong Kong) came in at 10/12 caught, 1/12 false alarms and 10/12 handles, the
 * same with the session's first engine; with it and the fixes its training pages prompted (a Vanilla forum's post
 * header of short lines over the words, "21 November" as a time, "text him, don't call" no warning), the floors are
 * training 0.89 / 0.06 / 0.90 / 0.89 and validation 0.63 / 0.153 / 0.62 / 0.67 (training at 349/392, 20/358 and
 * 476/524 with 476/529; validation at 121/191, 25/164 and 152/242 with 152/224: the page-model fix moved validation
 * for the first time in three sessions, 113 -> 116/186 caught and 144 -> 147/237 handles, before the round); a
 * round of typical pages and twins on the markup of platforms the corpus used least (NodeBB, Substack, old Reddit,
 * Flarum, vBulletin, Facebook's comments plugin; Hupu, Mobile01, Disqus, Bilibili, Zhihu) came in at 8/12 caught,
 * 4/12 false alarms and 14/14 handles, the same with the session's first engine; with it and the fixes its training
 * pages prompted (quotation boxes that hold their words, Flarum's mentions, a helper of an organisation that helps
 * for free) the floors are training 0.89 / 0.06 / 0.91 / 0.90 and validation 0.63 / 0.15 / 0.63 / 0.68 (training at
 * 360/401, 20/366 and 487/535 with 487/541; validation at 123/194, 25/168 and 155/245 with 155/227); a second
 * round on such platforms (Lemmy, Commento, Hyvor Talk, Mbin, Talkyard, Odysee; HKGolden, Eastmoney's Guba, Kuaishou,
 * Dongchedi, Instagram, U-CAR, a WeChat article's mirror) came in at 10/12 caught, 3/12 false alarms and 13/13 handles
 * with the session's first engine (10/12, 1/12, 13/13 with the engine of that moment); with it and the fixes its
 * training pages prompted the floors are training 0.90 / 0.055 / 0.91 / 0.90 and validation 0.62 / 0.145 / 0.63 /
 * 0.69 (training at 369/410, 19/376 and 496/544 with 496/550; validation at 124/197, 24/170 and 159/249 with
 * 159/229: its validation scam pages, 1 of 3 caught on first contact, brought validation recall under 0.63); a
 * third round on platforms' markup (Invision, wpDiscuz, XenForo 2, TikTok's web view, Discourse, a review site;
 * Chinese Discourse, XenForo, Invision and phpBB boards, Weibo, Baidu Zhidao) came in at 11/12 caught, 3/12 false
 * alarms and 9/12 handles with the session's first engine (11/12, 2/12, 9/12 with the engine of that moment); with
 * it and the fixes its training pages prompted the floors are training 0.90 / 0.055 / 0.91 / 0.90 and validation
 * 0.63 / 0.14 / 0.64 / 0.69 (training at 378/419, 20/386 and 506/554 with 506/561; validation at 127/200, 24/172
 * and 162/252 with 162/233); a fourth (Coral, MyBB, LinkedIn, X, a Mumsnet-like board, map reviews, Threads, a Ghost
 * blog; ifeng, a Discuz! parents' forum, cnYES, Autohome, a Haokan-like video page, a Blogger blog; 7 English scam
 * pages and 7 twins) came in at 8/13 caught, 0/13 false alarms and 10/15 handles with the session's first engine
 * (9/13, 0/13, 11/15 with the engine of that moment); with it and the fixes its training pages prompted the floors
 * are training 0.90 / 0.055 / 0.91 / 0.90 and validation 0.63 / 0.14 / 0.64 / 0.70 (training at 386/427, 20/395
 * and 515/563 with 515/569; validation at 131/205, 24/176 and 166/258 with 166/237); a fifth (Kinja, Mastodon,
 * IntenseDebate, Livefyre, Squarespace, Vimeo, Phorum, Zendesk; NetEase, Sohu, Douyin, Xiaohongshu, Baby-Kingdom,
 * CMoney, LIHKG), whose honest pages were asked to be other than the thanked counsellor or teacher, came in at 9/12
 * caught, 1/12 false alarms and 11/13 handles with the session's first engine (the same with the engine of that
 * moment); with it and the fixes its pages prompted the floors are training 0.90 / 0.05 / 0.91 / 0.90 and
 * validation 0.64 / 0.141 / 0.65 / 0.69 (training at 392/434, 20/405 and 522/571 with 522/576; validation at
 * 136/210, 25/178 and 172/263 with 172/246: its one false alarm, a validation English twin on first contact,
 * brought the validation false-alarm rate over 0.14, and its pages handle precision under 0.70); a sixth
 * (Nextdoor, Steam, Yelp, Facebook groups, Bluesky, an app store's reviews, a TV news story; UDN, 同花顺, Douban,
 * discuss.com.hk, Uwants, 19楼, a vocus article, Tencent Video, an insurer's help centre) came in at 10/12 caught,
 * 2/13 false alarms and 9/12 handles with the session's first engine (11/12, 2/13, 10/12 with the engine of that
 * moment); with it the floors are training 0.90 / 0.051 / 0.91 / 0.90 and validation 0.65 / 0.14 / 0.65 / 0.69
 * (training at 398/440, 21/414 and 528/577 with 528/586; validation at 141/216, 25/182 and 176/269 with 176/253:
 * its training credit union twin, still a false alarm, took the training rate over 0.05). Four rounds of long,
 * mixed threads (18 to 40 comments, the planted part a minority among genuine ones; each with honest twins that
 * thread private contacts through long genuine discussions) came in on first contact at 5/8 caught, 4/8 false
 * alarms, 6/9 handles; 7/8, 3/8, 7/8; 5/8, 3/8, 6/8; 6/8, 3/8, 6/8 (the same with the session's first engine each
 * time): honest long threads are the hardest pages yet. On the pages the session started with, its fixes took
 * training to 400/440 caught, 18/414 false alarms and 530/577 handles, and validation to 143/216, 25/182 and
 * 180/269 (from 398, 21, 528 and 141, 25, 176). With the rounds the floors are training 0.90 / 0.059 / 0.91 / 0.89
 * and validation 0.66 / 0.141 / 0.67 / 0.70 (training at 417/459, 26/443 and 548/597 with 548/609; validation at
 * 152/229, 26/185 and 189/282 with 189/270): the rounds' honest training pages, 12 of 29 warned of by the session's
 * first engine and 8 still, took the training false-alarm rate over 0.051 and handle precision under 0.90; the last round's
 * validation honest page, a false alarm on first contact, took the validation rate over 0.14. Ten rounds of 8
 * or 16 pages followed (160 pages, each round measured before any fix it prompted): the schemes and places
 * measured worst (English recovery experts, refund agents and other schemes; honest Taiwan pages), short pages
 * whose article pushes the contact itself, mostly honest pages (2 scam, 6 clean per language), and long mixed
 * threads again; on first contact they came in at 48/76 caught, 19/84 false alarms and 63/85 handles with the
 * session's first engine (short pages worst: 2/8 caught), 60/76, 10/84 and 76/85 with its final one (validation
 * pages among them, counts only: 13/24, 6/26 and 20/29 before, 13/24, 5/26 and 22/29 after). On the pages the
 * session started with, its fixes took training to 418/459 caught, 21/443 false alarms and 548/597 handles, and
 * validation to 155/229, 24/185 and 191/282 (from 417, 26, 548 and 152, 26, 189). With the rounds the floors are
 * training 0.909 / 0.053 / 0.92 / 0.90 and validation 0.66 / 0.14 / 0.68 / 0.72 (training at 465/511, 26/501 and
 * 602/653 with 602/668; validation at 168/253, 29/211 and 213/311 with 213/293): every floor held or tightened.
 * Twelve rounds more (192 pages, each measured before any fix it prompted: the weak areas again, mostly honest
 * pages, short pages whose article pushes, long mixed threads) came in at 38/53 caught, 12/70 false alarms and 50/67
 * handles on their training pages with the session's first engine, 52/53, 6/70 and 65/67 with its final one; their
 * validation pages (counts only) at 17/27, 17/42 and 20/30 before, 18/27, 18/42 and 21/30 after. On the pages the
 * session started with, its fixes took training to 465/511 caught, 24/501 false alarms and 603/653 handles (603/667
 * suspect), and validation to 172/253, 29/211 and 215/311 (215/299 suspect; from 465, 26, 602/668 and 168, 29,
 * 213/293: validation handle precision there fell from 0.727 to 0.719). With the rounds the floors are training
 * 0.916 / 0.053 / 0.927 / 0.90 and validation 0.678 / 0.186 / 0.69 / 0.666 (training at 517/564, 30/571 and 668/720
 * with 668/742; validation at 190/280, 47/253 and 236/341 with 236/354): the rounds' honest validation pages, 17 of
 * 42 warned of on first contact, took the validation false-alarm rate from 0.14 to 0.186 and its handle precision
 * from 0.72 to 0.667; every other floor tightened. Three signals that fire on no honest page of the corpus (a
 * disguised pushed handle, a testimonial, a line pushed by a new account) were then made as heavy as the push
 * itself (20 points, from 10 to 12): training recall 517 → 523 of 564, validation 190 → 192 of 280, no false
 * alarm more on either split; recall floors 0.927 and 0.685. Twenty-two rounds followed (176 pages, 101 scam and
 * 75 clean, 126 training and 50 validation, each measured before any fix it prompted; the later rounds asked for
 * scam pages made hard in realistic ways: reasonable-sounding pushers, soft fees, firms with plausible names). On
 * first contact their training pages came in at 48/74 caught, 18/52 false alarms and 64/103 handles, their
 * validation pages at 15/27, 5/23 and 18/35; with the session's final engine 59/74, 2/52 and 73/103, and 15/27,
 * 4/23 and 20/35. On the pages the session started with, training went to 524/564 caught, 28/571 false alarms
 * and 670/720 handles, validation to 192/280, 47/253 and 238/341 (from 517, 30, 668 and 190, 47, 236). With the
 * rounds the floors are training 0.913 / 0.049 / 0.902 / 0.889 and validation 0.674 / 0.185 / 0.686 / 0.671
 * (training at 583/638, 30/623 and 743/823 with 743/835; validation at 207/307, 51/276 and 258/376 with
 * 258/384): the false-alarm floors and validation handle precision tightened; the new scam pages, hardest on
 * first contact of any rounds yet (one English round of eight: 2/7 and 0/1 caught), took both recall floors and the
 * handle floors down.
 *
 * The text model (src/model/, the `text-model` signal) came next: a logistic regression over a page's words,
 * trained on the training split only, whose points go from −40 to +30 (at +30 it names a scheme). The training
 * figures are now in-sample for the model and say little; the validation split is the measure. Two new rounds
 * (16 pages) measured on first contact with it: 7/8 caught, 2/8 false alarms, 6/10 handles (without it 7/8, 4/8,
 * 6/10). With them, and the model trained again with their training pages, the floors are training 0.950 / 0.005 /
 * 0.917 / 0.922 and validation 0.803 / 0.062 / 0.734 / 0.786 (training at 611/643, 3/630 and 760/828 with 760/823;
 * validation at 249/310, 17/277 and 280/381 with 280/356): validation recall from 0.674, its false alarms from
 * 0.185. Four more rounds (32 pages, UK/Australia/Canada, mainland, Taiwan/Hong Kong, US), on first contact with
 * the model: training 5/5 caught, 2/12 false alarms, 4/5 handles; validation 10/11, 1/4, 8/14 (without the model
 * 5/5, 2/12, 4/5 and 8/11, 1/4, 8/14). With them and the model trained again, the floors are training 0.949 /
 * 0.007 / 0.913 / 0.919 and validation 0.797 / 0.065 / 0.724 / 0.783 (training 615/648, 4/642, 761/833 with
 * 761/828; validation 256/321, 18/281, 286/395 with 286/365): lower than the figures before them, as the
 * model trained with 17 more pages catches 3 fewer of the earlier validation pages (246/310; training 610/643).
 * Four rounds more (32 pages: other English schemes, mainland loans and credit repair, honest Taiwan pages, US
 * credit repair and loans) on first contact with the model: training 8/9 caught, 1/10 false alarms, 9/10 handles;
 * validation 5/5, 2/8, 6/7 (without it 7/9, 4/10, 9/10 and 5/5, 2/8, 6/7). The model is now trained on words found
 * on ten pages or more (was five: its training split's out-of-fold figures were steadier and better, 605/648 caught
 * and 4/642 false alarms against 576/648 and 10/642), and its points stay 15 a unit from −40 to +30 (best again on
 * those figures). Floors: training 0.949 / 0.008 / 0.916 / 0.915, validation 0.815 / 0.07 / 0.736 / 0.783
 * (training 624/657, 5/652, 773/843 with 773/844; validation 266/326, 20/289, 296/402 with 296/378).
 * Four rounds more (32 pages: scams in an official register, honest pages passing private lines round, mixed
 * Chinese, English from India, Nigeria, the Philippines and the UK) on first contact: training 9/10 caught, 0/9
 * false alarms, 12/15 handles; validation 4/5, 1/8, 5/8 (without the model 7/10, 1/9, 10/15 and 4/5, 2/8, 5/8).
 * Over the session's 112 new pages: 48/53 caught, 9/59 false alarms, 50/69 handles on first contact with the
 * model, 43/53, 16/59, 48/69 without it. Floors, the model trained with them: training 0.95 / 0.008 / 0.914 /
 * 0.915, validation 0.812 / 0.071 / 0.729 / 0.782 (training 634/667, 5/661, 785/858 with 785/857; validation
 * 269/331, 21/297, 299/410 with 299/382).
 * Twelve rounds more (96 pages: handles given in pieces and disguised, mainland, Taiwan and Hong Kong pages, other
 * English schemes, long ordinary pages, honest look-alikes and honest traps), on first contact with the engine of
 * that moment: 34/48 caught, 6/48 false alarms, 43/63 handles (the same with the session's first engine). With
 * them, the text model trained again (penalty 3 and 4,000 words, chosen on the training split's out-of-fold
 * figures: the first settings, trained again, caught 12 fewer validation pages and raised 4 more false alarms),
 * and the session's fixes (one pass for handles given in two pieces, a handle given in answer to an ask,
 * specimen threads), the floors are training 0.95 / 0.009 / 0.919 / 0.915 and validation 0.807 / 0.074 / 0.721
 * / 0.784 (training 669/704, 6/694, 834/907 with 834/911; validation 276/342, 23/312, 306/424 with 306/390).
 * On the 628 validation pages there before them the engine lost one page and two handles (268/331, 21/297,
 * 297/410 with 297/379, against 269/331, 21/297, 299/410 with 299/382): the model trained again.
 * Twenty-seven rounds more (216 pages: handles in pieces and disguised, honest pages that share contacts, honest
 * news, police, court and regulator pages naming scam ids in full and pushers dressed as scam warnings, licensed and
 * fake professionals, short-video and live pages, communities, typical pages on site shapes new to the corpus,
 * classified ads and directories), each on first contact with the engine of that moment: 90/108 caught, 21/108
 * false alarms, 104/142 handles (90/108, 22/108, 102/142 with the session's first engine). With their training
 * pages' fixes (exhibits and captions that show a scam's line, a reader's own loss or a line that came to them
 * unasked, a reporter's undercover steps and a judgment's parties, refusals over lists, pieces of an id completed
 * from the page's whole form) and the model trained again, the floors are training 0.95 / 0.008 / 0.929 / 0.925
 * and validation 0.806 / 0.087 / 0.716 / 0.76 (training 733/771, 6/768, 924/994 with 924/998; validation 309/383,
 * 30/346, 343/479 with 343/451). The validation floors fell with the rounds' validation pages, which no fix looked
 * at (32/41 caught, 8/34 false alarms, 34/55 handles with the session's first engine; 32/41, 7/34, 35/55 now), and
 * training handle precision with the rounds' directory pages (a scam listing among honest ones whose numbers come
 * out suspect); on the 2,052 pages there before them both splits hold or gain: validation 277/342, 23/312, 308/424
 * with 308/390 (was 276/342, 23/312, 306/424 with 306/390), training 671/704, 3/694, 847/907 with 847/893 (was
 * 669/704, 6/694, 834/907 with 834/911).
 * Thirty-eight rounds more (304 pages: mainland and English honest traps that quote scam ids, whole threads,
 * chats, contracts and id tables; scams in new disguises, in nicknames and profile lines, in page furniture;
 * Taiwan/Hong Kong and same-site pairs; scams dressed as warnings that push "the only legit one"; scams beneath long
 * honest advice; honest neighbours and directories passing private lines round), each on first contact with the
 * engine of that moment: 127/161 caught, 27/143 false alarms, 139/201 handles (125/161, 36/143, 139/201 with the
 * session's first engine; on the 240 pages written after the first of this session's changes, 100/129, 18/111,
 * 105/158 against 98/129, 27/111, 105/158). The text model may now take up to 80 points off (was 40; chosen on the
 * training split's out-of-fold figures, 724/788 caught and 11/784 false alarms against 725 and 16); a contact
 * several commenters give anchors a warning on a page the model reads at its most; a helper vouched for as "the
 * only legit one" beside a pushed line is the lead-gen box, also from a long-time member; exposure tables and
 * reproduced threads captioned outside their box show their ids; an id given as the writer's name or profile line
 * is read. Floors: training 0.946 / 0.009 / 0.919 / 0.907 and validation 0.821 / 0.056 / 0.726 / 0.777 (training
 * 830/877, 7/863, 1032/1122 with 1032/1137; validation 360/438, 22/394, 401/552 with 401/516). Handle precision fell
 * with the rounds' directory pages (a scam listing among honest ones) and the false-positive floor of validation with
 * its new pages (10/48 false alarms on them now, 13/48 with the session's first engine); on the 2,268 pages there
 * before them both splits gain: training 735/771, 1/768, 932/994 with 932/988 (was 733/771, 6/768, 924/994 with
 * 924/998), validation 314/383, 12/346, 350/479 with 350/428 (was 309/383, 30/346, 343/479 with 343/451).
 * Thirty-eight rounds more (304 pages: scams dressed as consumer warnings and their honest twins; victims, exposure
 * threads, pasted chats and institutions quoting scam ids without a label; honest private lines with money talk;
 * handles in new disguises (Spanish and pinyin digit words, 注音 digits, Cantonese 孖, display names); Taiwan and Hong
 * Kong; English, UK, Australian and Canadian kinds; messaging-community shapes), each on first contact: 147/161
 * caught, 16/143 false alarms, 176/201 handles with the session's first engine, 150/161, 16/143, 179/201 with the
 * engine of that moment. With their training pages' fixes (a private line the page offers in its own voice after its
 * warning, `offer-after-warning`; the writer's own chat pasted whole; a line listed as the sender of a quoted
 * message; a stranger's approach and the story's other lines; a licence in the answerer's card; numbers and ids
 * said in words) and the model trained again, the floors are training 0.949 / 0.005 / 0.924 / 0.914 and validation
 * 0.842 / 0.061 / 0.757 / 0.793 (training 943/993, 4/955, 1170/1265 with 1170/1280; validation 407/483, 27/445,
 * 462/610 with 462/582). The validation false-positive floor rises with the rounds' validation pages (6/51 false
 * alarms on them, 8/51 with the session's first engine); on the 2,572 pages there before them both splits gain:
 * training 833/877, 4/863, 1038/1122 with 1038/1136 (was 830/877, 7/863, 1032/1122 with 1032/1137), validation
 * 364/438, 21/394, 410/552 with 410/517 (was 360/438, 22/394, 401/552 with 401/516).
 * Forty rounds more (320 pages: scams dressed as consumer advice in soft words and as scam-awareness posts, and their
 * twins; forums with author panes, product Q&A, reviews, professional networks, messaging-app previews; honest pages
 * that show scam ids (pasted chats, captioned exhibits, moderators' lists, court excerpts); Taiwan, Hong Kong and
 * Southeast Asia; contacts in disguise, each page a different one), each on first contact: 132/163 caught, 11/157
 * false alarms, 162/235 handles with the session's first engine, 135/163, 11/157, 166/235 with the engine of that
 * moment. With their training pages' fixes (a writer's pane of inline pieces; split and spoken ids; the @user name
 * under a display name; a helper named by the pushed line's letters; a pitch the thread and its moderators vote
 * down; a helper's other line beside a pushed one) and the model trained again, the floors are training 0.947 /
 * 0.002 / 0.915 / 0.917 and validation 0.844 / 0.069 / 0.759 / 0.789 (training 1046/1104, 2/1058, 1305/1425 with
 * 1305/1422; validation 452/535, 34/499, 520/685 with 520/659). Training recall and handle recall fall with the
 * rounds' training pages (102/111 caught, 128/160 handles now), the validation false-positive floor with its new
 * pages (6/54 false alarms on them, as with the session's first engine) and one more on the older pages after the
 * model was trained again; on the 2,876 pages there before them: training 944/993, 2/955, 1177/1265 with 1177/1281
 * (was 943/993, 4/955, 1170/1265 with 1170/1280), validation 407/483, 28/445, 466/610 with 466/586 (was 407/483,
 * 27/445, 462/610 with 462/582).
 */
export const FLOORS: Record<'training' | 'validation', Gates> = {
  training: { recall: 0.947, falsePositiveRate: 0.002, handleRecall: 0.915, handlePrecision: 0.917 },
  validation: { recall: 0.844, falsePositiveRate: 0.069, handleRecall: 0.759, handlePrecision: 0.789 },
};

/** The gates a test run enforces on a split: the targets when asked for, else the ratchet. */
export function gatesFor(split: 'training' | 'validation', mode = process.env.SHILLGUARD_GATES): Gates {
  return mode === 'target' ? { ...GATES } : FLOORS[split];
}

export function fmtRatio(x: number): string {
  return Number.isNaN(x) ? 'n/a' : x.toFixed(3);
}
