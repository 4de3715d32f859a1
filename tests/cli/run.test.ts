import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, nodeFileSystem } from '../../src/cli/inputs';
import { type CliDeps, type CliIO, EXIT_FAIL_ON, EXIT_OK, EXIT_USAGE, run } from '../../src/cli/run';
import { t } from '../../src/i18n';
import type { Level, PageReport, Report } from '../../src/report/types';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const ENCODINGS = join(FIXTURES, 'encodings');

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  opts: { stdin?: Uint8Array | string; tty?: boolean } & CliDeps = {},
): Promise<Result> {
  let stdout = '';
  let stderr = '';
  let stdinReads = 0;
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readStdin: async () => {
      stdinReads++;
      if (stdinReads > 1) throw new Error('standard input read twice');
      const s = opts.stdin ?? new Uint8Array();
      return typeof s === 'string' ? new TextEncoder().encode(s) : s;
    },
    stdoutIsTTY: opts.tty ?? false,
  };
  const { stdin: _s, tty: _t, ...deps } = opts;
  const code = await run(argv, io, deps);
  return { code, stdout, stderr };
}

async function json(argv: string[], opts: Parameters<typeof cli>[1] = {}): Promise<Report & Result> {
  const r = await cli([...argv, '--format', 'json'], opts);
  return { ...(JSON.parse(r.stdout) as Report), ...r };
}

const suspects = (p: PageReport | undefined) =>
  (p?.handles ?? []).filter((h) => h.suspect).map((h) => `${h.kind}:${h.value}`);
/** Every handle found, suspect or not: what the small pages below test is that the file was read. */
const found = (p: PageReport | undefined) => (p?.handles ?? []).map((h) => `${h.kind}:${h.value}`);

/** A stand-in engine whose level is read from the page (`<meta name="level" content="...">`), to test exit codes. */
const levelFromPage: CliDeps['scan'] = (html, opts) => {
  const level = (/name="level" content="(\w+)"/.exec(html)?.[1] ?? 'safe') as Level;
  return {
    source: opts.source ?? '',
    title: '',
    level,
    score: level === 'danger' ? 90 : level === 'caution' ? 50 : 0,
    ...(level === 'safe' ? {} : { kind: 'debt-relief' as const }),
    handles: [],
    threads: [],
    evidence: [],
    timings: { ms: 0, nodes: 0, capped: false },
  };
};

let tmp: string;
const levelPage = (level: string) => `<html><head><meta name="level" content="${level}"></head><body>x</body></html>`;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'shillguard-cli-'));
  const bad = join(tmp, 'bad');
  mkdirSync(bad);
  writeFileSync(join(bad, 'empty.html'), '');
  writeFileSync(
    join(bad, 'binary.html'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  writeFileSync(join(bad, 'notes.html'), '加微信 abc12345 这只是一段文字，没有任何标签。\n');
  writeFileSync(join(bad, 'good.html'), '<html><body><p>请加微信：goodpage2024 咨询</p></body></html>');
  symlinkSync(join(bad, 'gone-dir'), join(bad, 'dangling.html'));

  const tree = join(tmp, 'tree');
  mkdirSync(join(tree, 'b', 'deep'), { recursive: true });
  mkdirSync(join(tree, '.hidden'));
  mkdirSync(join(tree, 'a'));
  const p = (id: string) => `<html><body><p>加微信 ${id}</p></body></html>`;
  writeFileSync(join(tree, 'z.html'), p('zpage2024'));
  writeFileSync(join(tree, 'a', 'one.HTM'), p('onepage2024'));
  writeFileSync(join(tree, 'b', 'deep', 'two.xhtml'), p('twopage2024'));
  writeFileSync(join(tree, 'b', 'readme.txt'), p('txtpage2024'));
  writeFileSync(join(tree, 'b', 'style.css'), 'body{}');
  writeFileSync(join(tree, '.hidden', 'h.html'), p('hidden2024'));
  symlinkSync(tree, join(tree, 'b', 'loop')); // a cycle must not recurse forever

  const levels = join(tmp, 'levels');
  mkdirSync(levels);
  for (const l of ['safe', 'caution', 'danger']) writeFileSync(join(levels, `${l}.html`), levelPage(l));
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('shillguard scan: pages', () => {
  it('finds the WeChat handle xys8775 as suspect on both seed pages', async () => {
    const r = await json(['scan', join(FIXTURES, 'seed-page.html'), join(FIXTURES, 'seed-page.simplified.html')]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.errors).toEqual([]);
    expect(r.pages).toHaveLength(2);
    for (const page of r.pages) expect(suspects(page)).toContain('wechat:xys8775');
  });

  it('gives each encoding fixture its own handle and title', async () => {
    const expected = JSON.parse(readFileSync(join(ENCODINGS, 'expected.json'), 'utf8')) as Record<
      string,
      { id: string; title: string }
    >;
    const r = await json(['scan', ENCODINGS]);
    expect(r.errors).toEqual([]);
    expect(r.pages.map((p) => p.source.slice(ENCODINGS.length + 1)).sort()).toEqual(Object.keys(expected).sort());
    for (const page of r.pages) {
      const want = expected[page.source.slice(ENCODINGS.length + 1)];
      expect(suspects(page), page.source).toContain(`wechat:${want?.id}`);
      expect(page.title, page.source).toBe(want?.title);
    }
  });

  it('reads - from standard input', async () => {
    const seed = readFileSync(join(FIXTURES, 'seed-page.simplified.html'));
    const r = await json(['scan', '-'], { stdin: new Uint8Array(seed) });
    expect(r.code).toBe(EXIT_OK);
    expect(r.pages).toHaveLength(1);
    expect(r.pages[0]?.source).toBe('<stdin>');
    expect(suspects(r.pages[0])).toContain('wechat:xys8775');
  });

  it('states the cap that held a score below its points, and none on a page scored in full', async () => {
    // a soap shop owner's WeChat passed around: a contact, no scheme
    const shop = `<html><body><h1>手工皂小店</h1><section class="comments"><ul>
      <li><b>阿梅</b><span>2天前</span><p>皂很好用，老板微信 meimei_soap88 可以直接下单，加她吧。</p></li>
      <li><b>小周</b><span>1天前</span><p>加了，谢谢，老板人很好。</p></li>
      <li><b>阿梅</b><span>1天前</span><p>不客气，微信 meimei_soap88，说是阿梅介绍的。</p></li></ul></section></body></html>`;
    const capped = (await json(['scan', '-'], { stdin: shop })).pages[0];
    expect(capped?.cap?.reason).toBe('no_scheme');
    expect(capped?.cap?.points).toBeGreaterThan(capped?.score ?? 100);
    const seed = readFileSync(join(FIXTURES, 'seed-page.simplified.html'));
    expect((await json(['scan', '-'], { stdin: new Uint8Array(seed) })).pages[0]?.cap).toBeUndefined();
  });

  it('decodes GBK on standard input too, and reads it only once when - is repeated', async () => {
    const gbk = new Uint8Array(readFileSync(join(ENCODINGS, 'gbk-undeclared.html')));
    const r = await json(['scan', '-', '-'], { stdin: gbk });
    expect(r.pages).toHaveLength(1);
    expect(suspects(r.pages[0])).toEqual(['wechat:gbkbare2024']);
  });

  it('walks directories recursively in sorted order, HTML extensions only, skipping hidden entries and loops', async () => {
    const tree = join(tmp, 'tree');
    const r = await json(['scan', tree]);
    expect(r.errors).toEqual([]);
    expect(r.pages.map((p) => p.source)).toEqual([
      join(tree, 'a', 'one.HTM'),
      join(tree, 'b', 'deep', 'two.xhtml'),
      join(tree, 'z.html'),
    ]);
  });

  it('scans a file of any extension when named explicitly, and a file named twice once', async () => {
    const txt = join(tmp, 'tree', 'b', 'readme.txt');
    const r = await json(['scan', txt, txt]);
    expect(r.pages).toHaveLength(1);
    expect(found(r.pages[0])).toEqual(['wechat:txtpage2024']);
  });

  it('json output is the report: schema, pages, errors, pretty-printed', async () => {
    const r = await cli(['scan', join(FIXTURES, 'seed-page.html'), '--format', 'json']);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['schema', 'pages', 'errors']);
    expect(report.schema).toBe('shillguard.report/1');
    expect(r.stdout).toContain('\n  "pages": [');
  });
});

describe('shillguard scan: bad inputs', () => {
  it('lists each bad file as an error and still scans the others', async () => {
    const bad = join(tmp, 'bad');
    const missing = join(tmp, 'missing.html');
    const r = await json(['scan', bad, missing]);
    expect(r.code).toBe(EXIT_OK);
    expect(r.pages.map((p) => p.source)).toEqual([join(bad, 'good.html')]);
    expect(found(r.pages[0])).toEqual(['wechat:goodpage2024']);
    const bySource = Object.fromEntries(r.errors.map((e) => [e.source, e.message]));
    expect(bySource).toEqual({
      [join(bad, 'binary.html')]: expect.stringMatching(/binary/),
      [join(bad, 'dangling.html')]: expect.stringMatching(/broken symbolic link/),
      [join(bad, 'empty.html')]: 'empty file',
      [join(bad, 'notes.html')]: expect.stringMatching(/not HTML/),
      [missing]: 'no such file or directory',
    });
    for (const e of r.errors) expect(r.stderr).toContain(`shillguard: ${e.source}: ${e.message}\n`);
  });

  it('reports a file it is not allowed to read', async () => {
    const good = join(tmp, 'bad', 'good.html');
    const locked = join(tmp, 'bad', 'notes.html');
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${locked}'`), { code: 'EACCES' });
    const fs = {
      ...nodeFileSystem,
      readFile: (p: string) => (p === locked ? Promise.reject(denied) : nodeFileSystem.readFile(p)),
    };
    const r = await json(['scan', locked, good], { fs });
    expect(r.errors).toEqual([{ source: locked, message: 'permission denied' }]);
    expect(r.pages.map((p) => p.source)).toEqual([good]);
  });

  it('reports a directory it is not allowed to list', async () => {
    const tree = join(tmp, 'tree');
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const fs = { ...nodeFileSystem, readdir: () => Promise.reject(denied) };
    const r = await cli(['scan', tree, '--format', 'json'], { fs });
    expect(r.code).toBe(EXIT_USAGE);
    expect((JSON.parse(r.stdout) as Report).errors).toEqual([{ source: tree, message: 'permission denied' }]);
  });

  it('exits 2 when nothing could be scanned', async () => {
    const r = await cli(['scan', join(tmp, 'bad', 'empty.html'), join(tmp, 'nope.html')]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toContain('nothing could be scanned');
    expect((JSON.parse(r.stdout) as Report).errors).toHaveLength(2);
  });

  it('exits 2 for empty standard input', async () => {
    const r = await json(['scan', '-'], { stdin: '' });
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.errors).toEqual([{ source: '<stdin>', message: 'empty file' }]);
  });
});

describe('shillguard: usage and exit codes', () => {
  const levels = () => join(tmp, 'levels');

  it.each([
    [['scan', '--bogus', 'x.html']],
    [['scan', 'x.html', '--format', 'xml']],
    [['scan', 'x.html', '--format', 'report', '--lang', 'fr']],
    [['scan', 'x.html', '--format', 'report', '--region', 'EU']],
    [['scan', 'x.html', '--fail-on', 'warning']],
    [['scan', 'x.html', '--format']],
    [['scan']],
    [[]],
    [['check', 'x.html']],
  ])('exits 2 on bad usage: %j', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^shillguard: .+\nTry 'shillguard --help'\.\n$/);
  });

  it('--help and --version print and exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT_OK);
    expect(help.stdout).toMatch(/^Usage: shillguard scan/);
    const version = await cli(['--version'], { version: '9.8.7' });
    expect(version).toEqual({ code: EXIT_OK, stdout: '9.8.7\n', stderr: '' });
  });

  it('--fail-on caution exits 1 for caution or danger, 0 when all are safe', async () => {
    const scan = levelFromPage;
    const dir = levels();
    expect((await cli(['scan', dir, '--fail-on', 'caution'], { scan })).code).toBe(EXIT_FAIL_ON);
    expect((await cli(['scan', join(dir, 'caution.html'), '--fail-on', 'caution'], { scan })).code).toBe(EXIT_FAIL_ON);
    expect((await cli(['scan', join(dir, 'safe.html'), '--fail-on', 'caution'], { scan })).code).toBe(EXIT_OK);
  });

  it('--fail-on danger ignores caution', async () => {
    const scan = levelFromPage;
    const dir = levels();
    expect((await cli(['scan', join(dir, 'caution.html'), '--fail-on', 'danger'], { scan })).code).toBe(EXIT_OK);
    expect((await cli(['scan', dir, '--fail-on=danger'], { scan })).code).toBe(EXIT_FAIL_ON);
  });

  it('the seed pages reach danger with the real engine: --fail-on danger exits 1', async () => {
    const seeds = [join(FIXTURES, 'seed-page.html'), join(FIXTURES, 'seed-page.simplified.html')];
    const r = await json(['scan', ...seeds, '--fail-on', 'danger']);
    expect(r.pages.map((p) => p.level)).toEqual(['danger', 'danger']);
    expect(r.code).toBe(EXIT_FAIL_ON);
  });

  it('without --fail-on a danger page exits 0', async () => {
    expect((await cli(['scan', levels()], { scan: levelFromPage })).code).toBe(EXIT_OK);
  });

  it('an engine failure on one page is reported and the others still scan', async () => {
    const scan: CliDeps['scan'] = (html, opts) => {
      if (html.includes('danger')) throw new Error('boom');
      return levelFromPage(html, opts);
    };
    const r = await json(['scan', levels()], { scan });
    expect(r.pages).toHaveLength(2);
    expect(r.errors).toEqual([{ source: join(levels(), 'danger.html'), message: 'scan failed: boom' }]);
  });
});

describe('shillguard scan: table format', () => {
  const levels = () => join(tmp, 'levels');

  it('is the default on a terminal; json is the default otherwise', async () => {
    const seed = join(FIXTURES, 'seed-page.html');
    const onTty = await cli(['scan', seed], { tty: true });
    expect(onTty.stdout).toMatch(/^LEVEL +SCORE +KIND +SUSPECT HANDLES +SOURCE\n/);
    const piped = await cli(['scan', seed], { tty: false });
    expect((JSON.parse(piped.stdout) as Report).schema).toBe('shillguard.report/1');
  });

  it('prints one aligned row a page and a summary line', async () => {
    const r = await cli(['scan', levels(), '--format', 'table'], { scan: levelFromPage });
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^caution +50 +debt-relief +- +\S+caution\.html$/);
    expect(lines[2]).toMatch(/^danger +90 +debt-relief +- +\S+danger\.html$/);
    expect(lines[3]).toMatch(/^safe +0 +- +- +\S+safe\.html$/);
    const sourceColumn = lines.slice(0, 4).map((l) => l.indexOf(l.includes('SOURCE') ? 'SOURCE' : join(tmp, 'levels')));
    expect(new Set(sourceColumn).size).toBe(1);
    expect(lines[4]).toBe('3 pages scanned: 1 danger, 1 caution, 1 safe; 0 errors');
  });
});

describe('shillguard scan: report format', () => {
  const levels = () => join(tmp, 'levels');
  const now = () => new Date('2026-11-29T06:05:36.123Z');

  it('writes one report to send for each page at caution or danger, in the chosen language', async () => {
    const r = await cli(['scan', levels(), '--format', 'report', '--lang', 'en', '--region', 'US'], {
      scan: levelFromPage,
      now,
    });
    expect(r.code).toBe(EXIT_OK);
    const letters = r.stdout.split(t('letter_title', 'en'));
    expect(letters).toHaveLength(3);
    expect(r.stdout).toContain(t('letter_page', 'en', join(levels(), 'caution.html')));
    expect(r.stdout).toContain(t('letter_page', 'en', join(levels(), 'danger.html')));
    expect(r.stdout).not.toContain('safe.html');
    expect(r.stdout).toContain(t('letter_seen', 'en', '2026-11-29T06:05:36Z'));
    expect(r.stdout).toContain(t('report_us', 'en'));
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('3 pages scanned: 1 danger, 1 caution, 1 safe; 0 errors');
  });

  it("takes its language from the locale, and the reporting line from the page or the locale's region", async () => {
    const seed = join(FIXTURES, 'seed-page.html');
    const zh = await cli(['scan', seed, '--format', 'report'], { locale: 'zh_CN', now });
    expect(zh.stdout.startsWith(t('letter_title', 'zh-CN'))).toBe(true);
    expect(zh.stdout).toMatch(/- 微信 xys8775/u);
    expect(zh.stdout).toContain(t('report_cn', 'zh-CN'));
    const tw = await cli(['scan', seed, '--format', 'report', '--lang', 'zh-TW', '--region', 'TW'], { now });
    expect(tw.stdout).toContain(t('report_tw', 'zh-TW'));
  });

  it('keeps control characters in page text out of the terminal', async () => {
    const evil: PageReport = {
      source: 'x.html',
      title: 'a\u001b[2Jb',
      level: 'danger',
      score: 90,
      handles: [],
      threads: [],
      evidence: [
        { signal: 's', message: 'ev_unknown', weight: 9, text: 'q\u009b31mq', region: 'comment', selector: 'p' },
      ],
      timings: { ms: 1, nodes: 1, capped: false },
    };
    const r = await cli(['scan', join(FIXTURES, 'seed-page.html'), '--format', 'report', '--lang', 'en'], {
      scan: () => evil,
      now,
    });
    expect(r.stdout.includes('\u001b') || r.stdout.includes('\u009b')).toBe(false);
    expect(r.stdout).toContain('a\\x{1b}[2Jb');
  });
});

describe('shillguard scan: csv format', () => {
  it("writes one row a handle, the seed's WeChat marked suspect, and one row for a page without handles", async () => {
    const seed = join(FIXTURES, 'seed-page.html');
    const safePage = join(tmp, 'levels', 'safe.html');
    const r = await cli(['scan', seed, safePage, '--format', 'csv']);
    expect(r.code).toBe(EXIT_OK);
    const [header, ...rows] = r.stdout.trimEnd().split('\r\n');
    expect(header).toBe('\ufeffsource,url,title,level,score,kind,handle_kind,handle,suspect,written_as,regions');
    expect(rows.find((row) => row.includes(',wechat,xys8775,'))).toMatch(
      /seed-page\.html,.*,danger,\d+,debt-relief,wechat,xys8775,yes,/u,
    );
    const safe = rows.filter((row) => row.startsWith(`${safePage},`));
    expect(safe).toHaveLength(1);
    expect(safe[0]).toMatch(/,safe,\d+,,,,,,$/u);
  });
});

describe('expandInputs', () => {
  it('keeps operand order and sorts within each directory', async () => {
    const tree = join(tmp, 'tree');
    const { inputs } = await expandInputs([join(tree, 'z.html'), '-', join(tree, 'a')]);
    expect(inputs.map((i) => i.source)).toEqual([join(tree, 'z.html'), '<stdin>', join(tree, 'a', 'one.HTM')]);
  });

  it('sorts by name whatever order the file system lists entries in', async () => {
    const tree = join(tmp, 'tree');
    const fs = { ...nodeFileSystem, readdir: async (p: string) => (await nodeFileSystem.readdir(p)).reverse() };
    const { inputs } = await expandInputs([tree], fs);
    expect(inputs.map((i) => i.source)).toEqual([
      join(tree, 'a', 'one.HTM'),
      join(tree, 'b', 'deep', 'two.xhtml'),
      join(tree, 'z.html'),
    ]);
  });
});
