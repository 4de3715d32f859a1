import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from '../text/normalize';
import { extractHandles } from './extract';

/** Characters that exercise every normalizer path: CJK (simplified, traditional), full width, circled and
 * dingbat digits, math digits (astral), emoji, zero-width and format characters, Cyrillic, spoken digits,
 * cue words, separators, parentheses, pinyin tone letters, lone surrogates. */
const PIECES = [
  '微信',
  '薇信',
  '威❤️信',
  'V信',
  'vx',
  'wx',
  'QQ',
  '扣扣',
  '飞机',
  'Telegram',
  'WhatsApp',
  'LINE',
  '加',
  '联系',
  '網',
  '(wǎng)',
  '(fei)',
  '協',
  '贷',
  '老师',
  '的',
  '，',
  ',',
  ':',
  '：',
  ' ',
  '\u3000',
  '-',
  '.',
  '·',
  '*',
  '@',
  '+',
  '(',
  ')',
  '【',
  '】',
  'ｗ',
  'Ｘ',
  '８',
  '①',
  '➊',
  '⑸',
  '⒌',
  '⓫',
  '𝟏',
  '😀',
  '🌟',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\ufe0f',
  '\u3164',
  'а',
  'е',
  'о',
  '幺',
  '两',
  '洞',
  '拐',
  '壹',
  '九',
  '零',
  '138',
  '0013',
  '8127',
  '12345',
  'abc',
  'xys8775',
  '_',
  '\n',
  '\ud800',
  '\udc00',
  't.me/',
  'wa.me/',
  'gmail',
  'com',
  '(at)',
  '[dot]',
  '95588',
  '***',
  '某某',
];
const piece = fc.constantFrom(...PIECES);
const mixed = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), {
    maxLength: 60,
  })
  .map((a) => a.join(''));

/** First violation of the offset-map invariants, or '' (plain loop: expect() per character is slow). */
function mapViolation(src: string): string {
  const n = normalize(src);
  if (n.map.length !== n.text.length + 1) return 'map length';
  if (n.map[n.text.length] !== src.length) return 'map end';
  let prev = 0;
  for (let i = 0; i <= n.text.length; i++) {
    const m = n.map[i] ?? -1;
    if (m < prev) return `not monotone at ${i}`;
    if (m > src.length || (i < n.text.length && m >= src.length)) return `out of bounds at ${i}`;
    prev = m;
    if (i < n.text.length) {
      const [s, e] = toOriginal(n, i, i + 1);
      if (!(s < e && e <= src.length)) return `empty or out-of-bounds original range at ${i}`;
    }
  }
  return '';
}

function checkMap(src: string): void {
  expect(mapViolation(src)).toBe('');
}

function checkHits(src: string): void {
  for (const h of extractHandles(src)) {
    expect(h.start).toBeGreaterThanOrEqual(0);
    expect(h.end).toBeGreaterThan(h.start);
    expect(h.end).toBeLessThanOrEqual(src.length);
    expect(src.slice(h.start, h.end)).toBe(h.raw);
    // the original slice carries the handle's characters (in order, after normalization)
    const norm = normalize(h.raw, { aliases: false, pinyin: false }).text.toLowerCase();
    let k = 0;
    for (const c of h.value.replace(/[^a-z0-9]/gu, '')) {
      const at = norm.indexOf(c, k);
      if (at >= 0) k = at + 1;
      else if (!/[0-9]/u.test(c)) throw new Error(`value ${h.value} not in raw ${h.raw}`);
    }
  }
}

describe('normalize and extractHandles on random and adversarial input', () => {
  it('reads no masked id out of stars and the app word after them (a counterexample fast-check found: ***扣扣微信)', () => {
    checkHits('***扣扣微信');
    expect(extractHandles('***扣扣微信')).toEqual([]);
  });
  it('never throw; maps are monotone and within bounds; hits slice the original', () => {
    fc.assert(
      fc.property(mixed, (src) => {
        checkMap(src);
        checkHits(src);
      }),
      { numRuns: 400 },
    );
  });

  it('adversarial repetitions: long digit runs, repeated cues, separators, emoji', () => {
    const reps = [
      '1'.repeat(20_000),
      '微信'.repeat(5000),
      '微信 a'.repeat(3000),
      '加'.repeat(10_000),
      '- '.repeat(10_000),
      '(fei)'.repeat(5000),
      '網(wǎng)'.repeat(3000),
      '😀'.repeat(5000),
      '@a'.repeat(5000),
      'a@'.repeat(5000),
      '+1 '.repeat(5000),
      '1-'.repeat(10_000),
      'a.'.repeat(10_000),
      'a (at) '.repeat(3000),
      '*'.repeat(10_000),
      '微信:'.concat('x·'.repeat(5000)),
      'QQ '.concat('幺'.repeat(10_000)),
    ];
    for (const src of reps) {
      checkMap(src);
      checkHits(src);
    }
  });

  it('1 MB of mixed scripts (one run)', () => {
    const rand = fc.sample(mixed, { numRuns: 40_000, seed: 42 });
    let big = rand.join(' ');
    while (big.length < 1_000_000) big += big;
    big = big.slice(0, 1_000_000);
    const n = normalize(big);
    expect(n.map[n.text.length]).toBe(big.length);
    for (const h of extractHandles(n)) expect(big.slice(h.start, h.end)).toBe(h.raw);
  });

  const wechatId = fc
    .tuple(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
      fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789_'), minLength: 5, maxLength: 14 }),
      fc.integer({ min: 10, max: 99 }),
    )
    .map(([a, b, d]) => `${a}${b}${d}`);
  const noise = fc
    .array(fc.constantFrom('今天', '天气', '不错', '。', '，', '我们', '的', 'hello', ' ', '!', '逾期', '上岸'), {
      maxLength: 8,
    })
    .map((a) => a.join(''));

  it('a WeChat ID dropped into noise next to a cue is found with its value', () => {
    fc.assert(
      fc.property(
        noise,
        fc.constantFrom('微信', '薇信', 'V信', '加V:', '微信号:', '老师微信：', '威❤️信 '),
        wechatId,
        noise,
        (pre, cue, id, post) => {
          const src = `${pre}${cue}${id}，${post}`;
          const hits = extractHandles(src).filter((h) => h.kind === 'wechat');
          expect(hits.map((h) => h.value)).toContain(id);
          const hit = hits.find((h) => h.value === id);
          expect(hit && src.slice(hit.start, hit.end)).toBe(id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a mobile number with separators or spoken digits next to a cue is found with its value', () => {
    const SPOKEN = ['洞', '幺', '两', '三', '四', '五', '六', '拐', '八', '勾'];
    fc.assert(
      fc.property(
        noise,
        fc.constantFrom('电话', '手机', '联系电话:', 'Tel '),
        fc.constantFrom('13', '15', '18', '19'),
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 9, maxLength: 9 }),
        fc.constantFrom('', ' ', '-', 'spoken'),
        noise,
        (pre, cue, head, rest, style, post) => {
          const digits = head + rest;
          let written: string;
          if (style === 'spoken') written = [...digits].map((d) => SPOKEN[Number(d)]).join('');
          else written = `${digits.slice(0, 3)}${style}${digits.slice(3, 7)}${style}${digits.slice(7)}`;
          const src = `${pre} ${cue}${written}。${post}`;
          const hits = extractHandles(src).filter((h) => h.kind === 'phone');
          expect(hits.map((h) => h.value)).toContain(digits);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a Telegram handle after a cue and an email in noise are found', () => {
    fc.assert(
      fc.property(noise, wechatId, fc.constantFrom('gmail.com', 'outlook.com', 'qq.com'), (pre, id, dom) => {
        const tg = extractHandles(`${pre} message him on telegram @${id} ${pre}`);
        expect(tg.filter((h) => h.kind === 'telegram').map((h) => h.value)).toContain(id);
        const em = extractHandles(`${pre}邮箱 ${id}@${dom}，${pre}`);
        expect(em.filter((h) => h.kind === 'email').map((h) => h.value)).toContain(`${id}@${dom}`);
      }),
      { numRuns: 200 },
    );
  });
});
