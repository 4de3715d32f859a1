/**
 * Writes tests/fixtures/encodings/: the same kind of small page saved in the encodings Chinese sites
 * use (GBK, GB18030, Big5, UTF-8/16 with a BOM), declared in each way a page can declare it, and
 * undeclared. Each page names its own WeChat id, so a test can tell that the right bytes were read.
 *
 *   npx tsx scripts/make-encoding-fixtures.ts
 *
 * iconv-lite encodes (the platform's TextEncoder only writes UTF-8); the scanner decodes with TextDecoder,
 * so the fixtures do not test one library against itself.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'encodings');

const SIMPLIFIED = {
  title: '网贷逾期了怎么办？专业老师免费帮你协商还款',
  body: [
    '很多朋友因为网贷逾期，每天都被催收电话打扰，心里非常焦虑。其实逾期以后不要慌，先了解自己的权利。',
    '我们团队专门处理信用卡和网贷的债务问题，可以帮你申请停息挂账、延期还款，已经帮助了上千位负债的朋友。',
    '有需要的朋友可以直接{cue}，说明你的情况，老师会一对一免费咨询。',
  ],
};

const TRADITIONAL = {
  title: '網貸逾期了怎麼辦？專業老師免費幫你協商還款',
  body: [
    '很多朋友因為網貸逾期，每天都被催收電話打擾，心裡非常焦慮。其實逾期以後不要慌，先了解自己的權利。',
    '我們團隊專門處理信用卡和網貸的債務問題，可以幫你申請停息掛賬、延期還款，已經幫助了上千位負債的朋友。',
    '有需要的朋友可以直接{cue}，說明你的情況，老師會一對一免費諮詢。',
  ],
};

interface Fixture {
  file: string;
  text: typeof SIMPLIFIED;
  /** the WeChat id the page gives */
  id: string;
  /** bytes written: an iconv-lite encoding name */
  encoding: string;
  /** markup before <html> (XML prolog) */
  prolog?: string;
  /** the declaration in <head>, if any */
  meta?: string;
  bom?: boolean;
  /** extra text appended to the title (e.g. characters only GB18030 can encode) */
  titleExtra?: string;
}

const FIXTURES: Fixture[] = [
  { file: 'gbk-meta.html', text: SIMPLIFIED, id: 'gbkmeta2024', encoding: 'gbk', meta: '<meta charset="gbk">' },
  { file: 'gbk-undeclared.html', text: SIMPLIFIED, id: 'gbkbare2024', encoding: 'gbk' },
  {
    file: 'gb2312-http-equiv.html',
    text: SIMPLIFIED,
    id: 'gb2312label66',
    encoding: 'gbk',
    meta: '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
  },
  {
    file: 'gb18030-meta.html',
    text: SIMPLIFIED,
    id: 'gb18030meta8',
    encoding: 'gb18030',
    meta: '<meta charset="GB18030">',
    titleExtra: '（𠮷老师）',
  },
  {
    file: 'gb18030-undeclared.html',
    text: SIMPLIFIED,
    id: 'gb18030bare8',
    encoding: 'gb18030',
    titleExtra: '（𠮷老师）',
  },
  { file: 'big5-meta.html', text: TRADITIONAL, id: 'big5meta2024', encoding: 'big5', meta: '<meta charset="big5">' },
  { file: 'big5-undeclared.html', text: TRADITIONAL, id: 'big5bare2024', encoding: 'big5' },
  {
    file: 'big5-http-equiv.html',
    text: TRADITIONAL,
    id: 'big5equiv2024',
    encoding: 'big5',
    meta: '<meta content="text/html; charset=big5" http-equiv="content-type">',
  },
  // A stale label that contradicts the bytes: gb2312 on UTF-8, big5 on GBK.
  {
    file: 'gb2312-label-on-utf8.html',
    text: SIMPLIFIED,
    id: 'utf8stale2024',
    encoding: 'utf8',
    meta: '<meta charset="gb2312">',
  },
  {
    file: 'big5-label-on-gbk.html',
    text: SIMPLIFIED,
    id: 'gbkmislabel8',
    encoding: 'gbk',
    meta: '<meta charset="big5">',
  },
  { file: 'utf8-bom.html', text: SIMPLIFIED, id: 'utf8bom2024', encoding: 'utf8', bom: true },
  { file: 'utf16le-bom.html', text: SIMPLIFIED, id: 'utf16le2024', encoding: 'utf16le', bom: true },
  { file: 'utf16be-bom.html', text: TRADITIONAL, id: 'utf16be2024', encoding: 'utf16be', bom: true },
  {
    file: 'xml-prolog-gbk.xhtml',
    text: SIMPLIFIED,
    id: 'xmlgbk2024',
    encoding: 'gbk',
    prolog: '<?xml version="1.0" encoding="GBK"?>\n',
  },
  // A declaration after a long comment-free head still inside the first 4096 bytes.
  {
    file: 'gbk-commented-meta.html',
    text: SIMPLIFIED,
    id: 'gbkcomment88',
    encoding: 'gbk',
    meta: '<!-- <meta charset="big5"> -->\n<meta charset="gbk">',
  },
];

function page(f: Fixture): string {
  const cue = `加微信 ${f.id}`;
  const paragraphs = f.text.body.map((p) => `<p>${p.replace('{cue}', cue)}</p>`).join('\n');
  const lang = f.text === TRADITIONAL ? 'zh-Hant' : 'zh-CN';
  return [
    f.prolog ?? '<!DOCTYPE html>\n',
    f.prolog ? `<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}">` : `<html lang="${lang}">`,
    '<head>',
    f.meta ?? '',
    `<title>${f.text.title}${f.titleExtra ?? ''}</title>`,
    '</head>',
    '<body>',
    '<div class="article">',
    `<h1>${f.text.title}</h1>`,
    paragraphs,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function encode(f: Fixture): Uint8Array {
  const text = page(f);
  const bytes = iconv.encode(text, f.encoding, { addBOM: f.bom === true });
  // iconv-lite substitutes '?' for what an encoding cannot hold: a fixture must never lose text.
  if (iconv.decode(bytes, f.encoding) !== text) throw new Error(`${f.file}: ${f.encoding} cannot hold the text`);
  return bytes;
}

/** A "save as single file" page: MHTML with a quoted-printable GBK part. */
function mhtml(): Uint8Array {
  const f: Fixture = { file: 'page-gbk.mhtml', text: SIMPLIFIED, id: 'mhtmlgbk2024', encoding: 'gbk' };
  const html = encode(f);
  let qp = '';
  let line = '';
  for (const b of html) {
    const piece =
      b === 0x0a
        ? '\r\n'
        : b >= 0x21 && b <= 0x7e && b !== 0x3d
          ? String.fromCharCode(b)
          : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (piece === '\r\n') {
      qp += `${line}\r\n`;
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      qp += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  qp += line;
  const boundary = '----MultipartBoundary--shillguardFixture----';
  const message = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://example.com/debt/help.html',
    'Subject: page',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${boundary}"`,
    '',
    '',
    `--${boundary}`,
    'Content-Type: text/html; charset="gbk"',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://example.com/debt/help.html',
    '',
    qp,
    '',
    `--${boundary}`,
    'Content-Type: text/css',
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Location: https://example.com/style.css',
    '',
    'body{margin:0}',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return Uint8Array.from(Buffer.from(message, 'latin1'));
}

mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(OUT)) rmSync(join(OUT, name));
const manifest: Record<string, { id: string; title: string; encoding: string }> = {};
for (const f of FIXTURES) {
  writeFileSync(join(OUT, f.file), encode(f));
  manifest[f.file] = { id: f.id, title: f.text.title + (f.titleExtra ?? ''), encoding: f.encoding };
}
writeFileSync(join(OUT, 'page-gbk.mhtml'), mhtml());
manifest['page-gbk.mhtml'] = { id: 'mhtmlgbk2024', title: SIMPLIFIED.title, encoding: 'gbk' };
writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${Object.keys(manifest).length} pages to ${OUT}`);
