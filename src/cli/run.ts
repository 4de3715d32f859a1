/**
 * `shillguard scan <file|dir|->... [--format table|json|csv|report] [--lang …] [--region …] [--fail-on caution|danger]`
 * The whole command as a function of its arguments and injected I/O, so tests run it in-process.
 */
import { parseArgs } from 'node:util';
import { scanHtml } from '../engine/scan';
import { withCap } from '../engine/sides';
import { LANGS, type Lang, langFromTag } from '../i18n';
import { type Level, type PageReport, REPORT_SCHEMA, type Report, type ScanError } from '../report/types';
import { REGIONS } from '../settings/schema';
import type { AdviceRegion } from '../ui/banner/advice';
import { decodeHtml, notHtmlReason } from './decode';
import { formatCsv, formatErrors, formatJson, formatLetters, formatTable } from './format';
import { expandInputs, type FileSystem, type Input, nodeFileSystem, readInputFile } from './inputs';
import { extractMhtmlPage, looksLikeMhtml } from './mhtml';

export const EXIT_OK = 0;
/** `--fail-on` was given and a page reached that level. */
export const EXIT_FAIL_ON = 1;
/** Bad usage, or nothing could be scanned. */
export const EXIT_USAGE = 2;

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** all of standard input */
  readStdin(): Promise<Uint8Array>;
  /** true when standard output is a terminal: the default format is then `table`, else `json` */
  stdoutIsTTY: boolean;
  /** true when standard input is a terminal (a hint is printed before reading `-`) */
  stdinIsTTY?: boolean;
}

export interface CliDeps {
  scan?: (html: string, opts: { source?: string }) => PageReport;
  fs?: FileSystem;
  version?: string;
  /** the clock, for the time the letters say the pages were scanned */
  now?: () => Date;
  /** the locale of the environment (LC_ALL, LANG), for the letters' default language */
  locale?: string;
}

export const USAGE = `Usage: shillguard scan <file|dir|->... [--format table|json|csv|report] [--fail-on caution|danger]

Scans saved web pages for planted comment threads and scam contact handles. Runs locally.

  <file>     a saved page (.html, .htm, .xhtml, .shtml, .mhtml, .mht; any file named here is read)
  <dir>      every page under the directory, recursively, in sorted order (hidden entries skipped)
  -          the page on standard input

Options:
  -f, --format table|json|csv|report
                             table: one line a page (the default on a terminal)
                             json: the report {schema, pages, errors} (the default when piped)
                             csv: one row a handle of each page, for a spreadsheet
                             report: for each page at caution or danger, a plain-text report to
                             send (address, contacts as written, planted comments, reasons, where
                             to report)
      --lang en|zh-CN|zh-TW  the language of --format report (default: from LANG)
      --region auto|CN|TW|HK|US|UK|other
                             whose reporting line --format report gives (default auto: each page's)
      --fail-on caution|danger
                             exit 1 when a page reaches this level (danger counts as caution)
  -h, --help                 show this help
  -V, --version              show the version

Exit codes: 0 done; 1 a page reached the --fail-on level; 2 bad usage or nothing could be scanned.
Files that cannot be scanned are listed on standard error (and in the JSON "errors").
`;

const LEVEL_RANK: Record<Level, number> = { safe: 0, caution: 1, danger: 2 };

function usageError(io: CliIO, message: string): number {
  io.stderr(`shillguard: ${message}\nTry 'shillguard --help'.\n`);
  return EXIT_USAGE;
}

async function readBytes(input: Input, io: CliIO, fs: FileSystem): Promise<Uint8Array | ScanError> {
  if (input.kind === 'file') return readInputFile(fs, input.path);
  if (io.stdinIsTTY) io.stderr('shillguard: reading the page from standard input (end with Ctrl-D)\n');
  try {
    return await io.readStdin();
  } catch (err) {
    return { source: input.source, message: `cannot read standard input: ${(err as Error).message}` };
  }
}

/** Bytes of one input to a page report, or the reason it cannot be scanned. */
export function scanBytes(
  bytes: Uint8Array,
  source: string,
  scan: NonNullable<CliDeps['scan']>,
): PageReport | ScanError {
  if (bytes.length === 0) return { source, message: 'empty file' };
  let pageBytes = bytes;
  let transportCharset: string | undefined;
  if (/\.mhtml?$/i.test(source) || looksLikeMhtml(bytes)) {
    const part = extractMhtmlPage(bytes);
    if ('error' in part) return { source, message: part.error };
    pageBytes = part.bytes;
    transportCharset = part.charset;
  }
  const decoded = decodeHtml(pageBytes, transportCharset ? { transportCharset } : {});
  const reason = notHtmlReason(pageBytes, decoded);
  if (reason) return { source, message: reason };
  try {
    return withCap(scan(decoded.text, { source }));
  } catch (err) {
    // One page the engine cannot handle must not stop the others: it is reported, not hidden.
    return { source, message: `scan failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}

export async function run(argv: readonly string[], io: CliIO, deps: CliDeps = {}): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    // parseArgs throws TypeError with an ERR_PARSE_ARGS_* code for unknown options and missing values.
    const code = (err as { code?: string }).code ?? '';
    if (!code.startsWith('ERR_PARSE_ARGS')) throw err;
    return usageError(io, (err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (values.version) {
    io.stdout(`${deps.version ?? 'unknown'}\n`);
    return EXIT_OK;
  }
  const [command, ...operands] = positionals;
  if (command === undefined) return usageError(io, 'missing command (scan)');
  if (command === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (command !== 'scan') return usageError(io, `unknown command '${command}' (the command is: scan)`);
  if (operands.length === 0) return usageError(io, 'no input: name files, directories, or - for standard input');

  const format = values.format ?? (io.stdoutIsTTY ? 'table' : 'json');
  if (format !== 'table' && format !== 'json' && format !== 'csv' && format !== 'report') {
    return usageError(io, `--format must be table, json, csv or report, not '${format}'`);
  }
  const langOpt = values.lang;
  if (langOpt !== undefined && !(LANGS as readonly string[]).includes(langOpt)) {
    return usageError(io, `--lang must be one of ${LANGS.join(', ')}, not '${langOpt}'`);
  }
  const lang: Lang = (langOpt as Lang | undefined) ?? langFromTag(deps.locale);
  const regionOpt = values.region ?? 'auto';
  if (!(REGIONS as readonly string[]).includes(regionOpt)) {
    return usageError(io, `--region must be one of ${REGIONS.join(', ')}, not '${regionOpt}'`);
  }
  const failOn = values['fail-on'];
  if (failOn !== undefined && failOn !== 'caution' && failOn !== 'danger') {
    return usageError(io, `--fail-on must be caution or danger, not '${failOn}'`);
  }

  const fs = deps.fs ?? nodeFileSystem;
  const scan = deps.scan ?? scanHtml;
  const { inputs, errors } = await expandInputs(operands, fs);
  const pages: PageReport[] = [];
  for (const input of inputs) {
    const bytes = await readBytes(input, io, fs);
    if (!(bytes instanceof Uint8Array)) {
      errors.push(bytes);
      continue;
    }
    const result = scanBytes(bytes, input.source, scan);
    if ('message' in result) errors.push(result);
    else pages.push(result);
  }

  const report: Report = { schema: REPORT_SCHEMA, pages, errors };
  if (format === 'report') {
    const seenAt = (deps.now ?? (() => new Date()))()
      .toISOString()
      .replace(/\.\d{3}Z$/u, 'Z');
    io.stdout(formatLetters(report, { lang, region: regionOpt as AdviceRegion | 'auto', seenAt, locale: deps.locale }));
  } else if (format === 'csv') io.stdout(formatCsv(report));
  else io.stdout(format === 'json' ? formatJson(report) : formatTable(report));
  if (errors.length > 0) io.stderr(formatErrors(errors));
  if (pages.length === 0) {
    io.stderr('shillguard: nothing could be scanned\n');
    return EXIT_USAGE;
  }
  if (failOn !== undefined && pages.some((p) => LEVEL_RANK[p.level] >= LEVEL_RANK[failOn])) return EXIT_FAIL_ON;
  return EXIT_OK;
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      'fail-on': { type: 'string' },
      lang: { type: 'string' },
      region: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  });
}
