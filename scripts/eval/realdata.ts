/**
 * Real data from outside the project (never copied into it), for measuring only:
 *   - YouTube Spam Collection: the ham comments (CLASS=0) of all five CSVs;
 *   - Telecom_Fraud_Texts_5: the 7,773 normal texts (label00) and the loan / credit-card agent fraud
 *     texts (label02).
 * Found at `../shared/datasets` beside the repository, or at `$SHILLGUARD_DATASETS`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsvRecords } from './csv';

export function datasetsDir(repoRoot: string): string {
  return process.env.SHILLGUARD_DATASETS ?? resolve(repoRoot, '../shared/datasets');
}

export interface RealText {
  author: string;
  time: string;
  text: string;
}

const YT_FILES = [
  'Youtube01-Psy.csv',
  'Youtube02-KatyPerry.csv',
  'Youtube03-LMFAO.csv',
  'Youtube04-Eminem.csv',
  'Youtube05-Shakira.csv',
];

/** Ham comments of the five YouTube CSVs, or null when the folder is absent. */
export function youtubeHam(root: string): RealText[] | null {
  const dir = join(root, 'youtube-spam-collection');
  if (!YT_FILES.every((f) => existsSync(join(dir, f)))) return null;
  const out: RealText[] = [];
  for (const f of YT_FILES) {
    for (const r of parseCsvRecords(readFileSync(join(dir, f), 'utf8'))) {
      if (r.CLASS?.trim() !== '0') continue;
      out.push({ author: r.AUTHOR ?? '', time: r.DATE ?? '', text: r.CONTENT ?? '' });
    }
  }
  return out;
}

/** Texts of one Telecom_Fraud_Texts_5 file (label00 and label02 are UTF-8), or null when absent. */
export function telecomTexts(root: string, file: 'label00-last.csv' | 'label02-last.csv'): RealText[] | null {
  const path = join(root, 'telecom-fraud-texts-5', file);
  if (!existsSync(path)) return null;
  return parseCsvRecords(readFileSync(path, 'utf8'))
    .map((r) => r.content ?? '')
    .filter((t) => t.trim() !== '')
    .map((text, i) => ({ author: `网友${(i % 97) + 1}`, time: `2024-03-15 10:2${i % 10}`, text }));
}

/**
 * "Literal handle" in the anonymised fraud texts: most contacts there are placeholders (`xxxxxxxxx`,
 * `XXX-XXXX-XXXX`, `13xxxxxxxxx`), a few are real-looking tokens (`wx1234567890`, `zhangbo`, `0756-8921438`).
 * A literal handle is a token right after a contact cue (only quotes / spaces between, or up to six
 * characters ending in a colon: `微信号以方便沟通：wx…`) that
 *   - after 微信/微信号/企业微信号/vx/wx: a WeChat-shaped id `[A-Za-z][-_A-Za-z0-9]{5,19}` (or a 5-11 digit
 *     number, "微信同号"), kind wechat (a number also matches as phone or qq);
 *   - after QQ/QQ号/QQ号码/扣扣: a QQ number `[1-9]\d{4,10}`, kind qq;
 *   - after 电话/电话号码/手机/手机号/热线/拨打/致电/联系: a CN mobile `1[3-9]\d{9}` or a landline
 *     `0\d{2,3}-?\d{7,8}`, kind phone (digits only);
 * and that is not a placeholder: no run of 3+ x/X, no `*`, not all one repeated character.
 */
export interface LiteralHandle {
  kinds: string[];
  value: string;
  raw: string;
}

const GAP = String.raw`(?:[^A-Za-z0-9\s:：]{0,6}[:：])?[\s“”"'「」，,]{0,3}`;
const WECHAT_CUE = '(?:企业微信号|微信账号|微信号|微信|[vVwW][xX](?![A-Za-z0-9]))';
const QQ_CUE = '(?:QQ号码|QQ号|QQ|qq|扣扣)';
const PHONE_CUE = '(?:电话号码|电话|手机号码|手机号|手机|热线|拨打|致电|联系)';
const TOKEN = '([A-Za-z0-9][A-Za-z0-9_-]{3,19})';
const LITERAL_RE = new RegExp(`(${WECHAT_CUE}|${QQ_CUE}|${PHONE_CUE})${GAP}${TOKEN}`, 'gu');

function isPlaceholder(token: string): boolean {
  return /[xX]{3,}/.test(token) || token.includes('*') || /^(.)\1+$/.test(token.replace(/-/g, ''));
}

export function literalHandles(text: string): LiteralHandle[] {
  const out: LiteralHandle[] = [];
  for (const m of text.matchAll(LITERAL_RE)) {
    const cue = m[1] ?? '';
    const token = (m[2] ?? '').replace(/[-_]+$/, '');
    if (isPlaceholder(token)) continue;
    const digits = token.replace(/-/g, '');
    if (new RegExp(`^${WECHAT_CUE}$`, 'u').test(cue)) {
      if (/^[A-Za-z][-_A-Za-z0-9]{5,19}$/.test(token))
        out.push({ kinds: ['wechat'], value: token.toLowerCase(), raw: token });
      else if (/^\d{5,11}$/.test(token)) out.push({ kinds: ['wechat', 'phone', 'qq'], value: token, raw: token });
    } else if (new RegExp(`^${QQ_CUE}$`, 'u').test(cue)) {
      if (/^[1-9]\d{4,10}$/.test(token)) out.push({ kinds: ['qq'], value: token, raw: token });
    } else if (/^1[3-9]\d{9}$/.test(digits) || /^0\d{2,3}-?\d{7,8}$/.test(token)) {
      out.push({ kinds: ['phone'], value: digits, raw: token });
    }
  }
  return out;
}
