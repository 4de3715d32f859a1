/** Output formats of the scanner: an aligned table for people, the report JSON for programs, CSV for spreadsheets, letters to send. */
import type { Lang } from '../i18n';
import type { Level, PageReport, Report, ScanError } from '../report/types';
import { hostOf } from '../settings/decisions';
import type { AdviceRegion } from '../ui/banner/advice';
import { pickRegion } from '../ui/banner/advice';
import { reportLetter } from '../ui/common/letter';

/** Display columns the handles cell may take before it says "+N more" (one handle is always shown). */
export const TABLE_HANDLES_WIDTH = 56;

/**
 * Replaces control characters (C0, DEL, C1) and line/paragraph separators, which could break a
 * row or drive the terminal when a file name or page text carries them.
 */
export function safeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    out += isUnsafeControl(cp) || cp === 0x2028 || cp === 0x2029 ? `\\x{${cp.toString(16)}}` : ch;
  }
  return out;
}

/** C0 controls, DEL and C1 controls (U+0080..U+009F: some terminals read U+009B as CSI). */
function isUnsafeControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);
}

/** Terminal columns a string takes: East Asian wide and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x300 && cp <= 0x36f) continue; // combining marks
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0x303e) ||
      (cp >= 0x3041 && cp <= 0x33ff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0xa000 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

function handlesCell(page: PageReport): string {
  const suspect = page.handles.filter((h) => h.suspect).map((h) => safeText(`${h.kind}:${h.value}`));
  if (suspect.length === 0) return '-';
  const shown: string[] = [];
  for (const h of suspect) {
    const rest = suspect.length - shown.length - 1;
    const next = [...shown, h].join(', ') + (rest > 0 ? ` +${rest} more` : '');
    if (shown.length > 0 && displayWidth(next) > TABLE_HANDLES_WIDTH) break;
    shown.push(h);
  }
  const first = shown[0] ?? '';
  if (shown.length === 1 && displayWidth(first) > TABLE_HANDLES_WIDTH)
    shown[0] = `${[...first].slice(0, TABLE_HANDLES_WIDTH - 1).join('')}…`;
  const more = suspect.length - shown.length;
  return more > 0 ? `${shown.join(', ')} +${more} more` : shown.join(', ');
}

const LEVELS: readonly Level[] = ['danger', 'caution', 'safe'];

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Summary line, e.g. `3 pages scanned: 1 danger, 0 caution, 2 safe; 1 error`. */
export function summaryLine(pages: readonly PageReport[], errors: readonly ScanError[]): string {
  const counts = LEVELS.map((level) => `${pages.filter((p) => p.level === level).length} ${level}`).join(', ');
  const head = `${plural(pages.length, 'page', 'pages')} scanned`;
  const body = pages.length > 0 ? `${head}: ${counts}` : head;
  return `${body}; ${plural(errors.length, 'error', 'errors')}`;
}

/** One aligned row a page (level, score, kind, suspect handles, source), a header and a summary line. */
export function formatTable(report: Report): string {
  const rows = report.pages.map((p) => [
    p.level,
    String(Math.round(p.score)),
    p.kind ?? '-',
    handlesCell(p),
    safeText(p.source),
  ]);
  const header = ['LEVEL', 'SCORE', 'KIND', 'SUSPECT HANDLES', 'SOURCE'];
  const lines: string[] = [];
  if (rows.length > 0) {
    const all = [header, ...rows];
    const widths = header.map((_, i) => Math.max(...all.map((r) => displayWidth(r[i] ?? ''))));
    for (const r of all) {
      const cells = r.map((cell, i) => {
        if (i === r.length - 1) return cell; // last column: no trailing padding
        return pad(cell, widths[i] ?? 0, i === 1);
      });
      lines.push(cells.join('  '));
    }
  }
  lines.push(summaryLine(report.pages, report.errors));
  return `${lines.join('\n')}\n`;
}

/** The report as pretty-printed JSON; C1 controls and U+2028/9 are escaped too, so a terminal shows them inert. */
export function formatJson(report: Report): string {
  const json = JSON.stringify(report, null, 2);
  let out = '';
  for (const ch of json) {
    const cp = ch.codePointAt(0) ?? 0;
    // JSON.stringify already escapes C0; DEL, C1 and U+2028/9 are escaped here (still valid JSON).
    out += (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 ? `\\u${cp.toString(16).padStart(4, '0')}` : ch;
  }
  return `${out}\n`;
}

/** The CSV columns: one row a handle (a page without handles gets one row with the handle cells empty). */
export const CSV_COLUMNS = [
  'source',
  'url',
  'title',
  'level',
  'score',
  'kind',
  'handle_kind',
  'handle',
  'suspect',
  'written_as',
  'regions',
] as const;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes doubled. Page
 * text is the page author's: a field that a spreadsheet would read as a formula (it starts with = + - @,
 * a tab or a carriage return) gets a leading apostrophe, so opening the file runs nothing (OWASP's advice
 * on CSV injection). Control characters are shown as escapes, as in the table.
 */
export function csvField(value: string): string {
  let v = safeText(value);
  if (/^[=+\-@\t\r]/u.test(value)) v = `'${v}`;
  // line breaks are escapes by now (safeText), so a row stays one line
  return /[",]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v;
}

/**
 * The report as CSV for a spreadsheet or a moderator's tally of handles across many pages: a header, then
 * one row a handle of each page (suspect or not, so a column filter can choose), CRLF line ends. It starts
 * with a UTF-8 byte order mark, without which spreadsheet programs read Chinese text as mojibake.
 */
export function formatCsv(report: Report): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const p of report.pages) {
    const base = [p.source, p.url ?? '', p.title, p.level, String(Math.round(p.score)), p.kind ?? ''];
    if (p.handles.length === 0) rows.push([...base, '', '', '', '', '']);
    for (const h of p.handles) {
      rows.push([...base, h.kind, h.value, h.suspect ? 'yes' : 'no', h.raw.join(' | '), h.regions.join(' ')]);
    }
  }
  return `\ufeff${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** One stderr line an error: `shillguard: <source>: <message>`. */
export function formatErrors(errors: readonly ScanError[]): string {
  return errors.map((e) => `shillguard: ${safeText(e.source)}: ${safeText(e.message)}\n`).join('');
}

export interface LetterFormat {
  lang: Lang;
  /** the region whose reporting line to give; 'auto' takes each page's (its address, then its language) */
  region: AdviceRegion | 'auto';
  /** when the pages were scanned, as written in the letters */
  seenAt: string;
  /** the environment's locale (LANG): its region counts after the page's address and language */
  locale?: string;
}

/**
 * One report a reader or a moderator can send, for each page that reached caution or danger, in the
 * chosen language: the popup's "report to send" for saved pages (the page's address, the contacts as the
 * page wrote them, the planted threads, the reasons with short quotes, where to report). Page text passes
 * through `safeText`, line by line.
 */
export function formatLetters(report: Report, o: LetterFormat): string {
  const flagged = report.pages.filter((p) => p.level !== 'safe');
  const letters = flagged.map((p) => {
    const address = p.url ?? p.source;
    const region = pickRegion(o.region === 'auto' ? undefined : o.region, {
      pageLang: p.lang,
      host: hostOf(address),
      browserLang: o.locale,
    });
    const text = reportLetter(p, { lang: o.lang, region, url: address, seenAt: o.seenAt });
    return text
      .split('\n')
      .map((line) => safeText(line))
      .join('\n');
  });
  const rule = `\n${'='.repeat(72)}\n\n`;
  return `${letters.join(rule)}${letters.length > 0 ? '\n' : ''}${summaryLine(report.pages, report.errors)}\n`;
}
