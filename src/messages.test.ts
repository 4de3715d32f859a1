import { describe, expect, it } from 'vitest';
import { LEXICON_PREFIXES, LEXICONS } from './ext/lexicons';
import {
  isBackgroundSender,
  isContentSender,
  isTabResult,
  isUiSender,
  MAX_BUILT_SCANNERS,
  MAX_FACTS_CHARS,
  MAX_MODEL_TERM_CHARS,
  MAX_MODEL_TERMS,
  MAX_SENT_REGEX_CHARS,
  MAX_SENT_REGEXES,
  MAX_T2S_CHARS,
  parseBackgroundMessage,
  parseContentMessage,
  parseFrameFactsList,
  parseLexiconsAnswer,
  parseT2sAnswer,
  parseUiMessage,
  type TabResult,
} from './messages';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const content = {
  id: 'ext-id',
  url: 'https://example.com/a',
  frameId: 0,
  tab: { id: 7, url: 'https://example.com/a' },
};
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const good: TabResult = {
  level: 'danger',
  score: 90,
  kind: 'debt-relief',
  counts: { handles: 2, suspectHandles: 1, threads: 1, plantedThreads: 1, evidence: 4 },
  handles: ['wechat:xys8775'],
  summary: 'looks like a scam — WeChat xys8775',
};

describe('senders', () => {
  it('accepts a content script of this extension in a web tab', () => {
    expect(isContentSender(content, self)).toBe(true);
    expect(isContentSender({ ...content, frameId: 3, url: 'http://example.com/frame' }, self)).toBe(true);
  });
  it('rejects content messages from elsewhere', () => {
    expect(isContentSender(undefined, self)).toBe(false);
    expect(isContentSender({ ...content, id: 'other-extension' }, self)).toBe(false);
    expect(isContentSender({ ...content, tab: undefined }, self)).toBe(false);
    expect(isContentSender({ ...content, frameId: undefined }, self)).toBe(false);
    expect(isContentSender({ ...content, url: 'chrome-extension://ext-id/popup.html' }, self)).toBe(false);
    expect(isContentSender({ ...content, url: 'file:///etc/passwd' }, self)).toBe(false);
  });
  it('accepts ui messages only from the extension’s own pages', () => {
    expect(isUiSender(popup, self)).toBe(true);
    expect(isUiSender({ ...popup, tab: { id: 3, url: 'chrome-extension://ext-id/confirm.html?token=x' } }, self)).toBe(
      true,
    );
    expect(isUiSender(content, self)).toBe(false);
    expect(isUiSender({ ...popup, id: 'other' }, self)).toBe(false);
    expect(isUiSender({ ...popup, url: 'chrome-extension://other-id/popup.html' }, self)).toBe(false);
    // an extension URL reported from a web page's tab is not one of our pages
    expect(isUiSender({ ...popup, tab: { id: 3, url: 'https://evil.example/' } }, self)).toBe(false);
  });
  it('takes bg: messages only from the background (no tab)', () => {
    expect(isBackgroundSender({ id: 'ext-id', url: 'chrome-extension://ext-id/background.js' }, self)).toBe(true);
    expect(isBackgroundSender({ id: 'ext-id' }, self)).toBe(true);
    expect(isBackgroundSender(content, self)).toBe(false);
    expect(isBackgroundSender({ id: 'other' }, self)).toBe(false);
  });
});

describe('content → background shapes', () => {
  it('accepts a well-formed result', () => {
    expect(parseContentMessage({ type: 'cs:result', result: good })).toEqual({ type: 'cs:result', result: good });
    expect(isTabResult({ ...good, level: 'safe', kind: undefined, summary: '', handles: [] })).toBe(true);
    expect(isTabResult({ ...good, lang: 'zh-TW' })).toBe(true);
  });
  it.each([
    ['unknown level', { ...good, level: 'evil' }],
    ['score out of range', { ...good, score: 101 }],
    ['NaN score', { ...good, score: Number.NaN }],
    ['unknown kind', { ...good, kind: 'pyramid' }],
    ['unknown language', { ...good, lang: 'fr' }],
    ['negative count', { ...good, counts: { ...good.counts, handles: -1 } }],
    ['fractional count', { ...good, counts: { ...good.counts, evidence: 1.5 } }],
    ['too many handles', { ...good, handles: Array.from({ length: 11 }, (_, i) => `qq:${i}`) }],
    ['handle not kind:value', { ...good, handles: ['xys8775'] }],
    ['page text smuggled in', { ...good, pageText: 'lots of text' }],
    ['summary too long', { ...good, summary: 'x'.repeat(301) }],
    ['muted not boolean', { ...good, muted: 'yes' }],
  ])('rejects a result with %s', (_what, result) => {
    expect(parseContentMessage({ type: 'cs:result', result })).toBeUndefined();
  });
  it('rejects unknown types, extra keys and non-objects', () => {
    expect(parseContentMessage({ type: 'cs:nope' })).toBeUndefined();
    expect(parseContentMessage({ type: 'cs:result', result: good, extra: 1 })).toBeUndefined();
    expect(parseContentMessage(null)).toBeUndefined();
    expect(parseContentMessage('cs:result')).toBeUndefined();
    expect(parseContentMessage([{ type: 'cs:result', result: good }])).toBeUndefined();
  });
  it('checks open-confirm actions', () => {
    expect(parseContentMessage({ type: 'cs:open-confirm', action: 'trust-site' })).toBeTruthy();
    expect(parseContentMessage({ type: 'cs:open-confirm', action: 'not-scam' })).toBeTruthy();
    expect(parseContentMessage({ type: 'cs:open-confirm', action: 'disable-everything' })).toBeUndefined();
    // the host to trust never comes from the message
    expect(
      parseContentMessage({ type: 'cs:open-confirm', action: 'trust-site', host: 'evil.example' }),
    ).toBeUndefined();
  });
  it('bounds frame facts', () => {
    expect(parseContentMessage({ type: 'cs:frame-facts', facts: { report: {}, terms: ['上岸'] } })).toBeTruthy();
    // the words are looked up in the text model: strings only
    expect(parseContentMessage({ type: 'cs:frame-facts', facts: { report: {} } })).toBeUndefined();
    expect(parseContentMessage({ type: 'cs:frame-facts', facts: { terms: [{ toString: 1 }] } })).toBeUndefined();
    expect(parseContentMessage({ type: 'cs:frame-facts', facts: 'x' })).toBeUndefined();
    expect(
      parseContentMessage({ type: 'cs:frame-facts', facts: { terms: [], big: 'x'.repeat(MAX_FACTS_CHARS) } }),
    ).toBeUndefined();
    const facts = { terms: [] };
    expect(parseFrameFactsList([{ frameId: 2, facts }, { frameId: 0, facts }, { frameId: 3 }, 'x'])).toEqual([
      { frameId: 2, facts },
    ]);
    expect(parseFrameFactsList(undefined)).toEqual([]);
  });
  it('takes the t2s table only as whole pairs of characters, bounded', () => {
    expect(parseContentMessage({ type: 'cs:get-t2s' })).toEqual({ type: 'cs:get-t2s' });
    expect(parseContentMessage({ type: 'cs:get-t2s', pairs: 'x' })).toBeUndefined();
    expect(parseT2sAnswer('丟丢亂乱𠵾㗲')).toBe('丟丢亂乱𠵾㗲');
    for (const bad of ['丟丢亂', '𠵾', '', 42, undefined, { pairs: '丟丢' }, 'ab'.repeat(MAX_T2S_CHARS)]) {
      expect(parseT2sAnswer(bad)).toBeUndefined();
    }
  });
});

describe('the lexicons sent to content scripts', () => {
  it("takes the engine's long regexes whole, or nothing", () => {
    const bare = { BAIT: [{ id: 'a', pattern: 'x', lang: 'zh', kind: 'debt', weight: 2 }] };
    const regexes = [
      ['(?:加|添加)微信', 'u'],
      ['^\\s*reply\\s*$', 'iu'],
    ];
    // made once, while checked
    expect(parseLexiconsAnswer({ lexicons: bare, regexes })?.regexes?.map((r) => [r.source, r.flags])).toEqual(regexes);
    expect(parseLexiconsAnswer({ lexicons: bare, regexes: [] })?.regexes).toBeUndefined();
    // one malformed (not a pair, bad flags, a source that makes no regex, too long, too many): the answer is refused
    for (const bad of [
      [['x']],
      [['x', 'u', 'g']],
      [['x', 'q']],
      [['x', 'uu u']],
      [['(?<', 'u']],
      [[1, 'u']],
      [['x'.repeat(MAX_SENT_REGEX_CHARS + 1), '']],
      Array.from({ length: MAX_SENT_REGEXES + 1 }, () => ['x', '']),
      { 0: ['x', ''] },
    ]) {
      expect(parseLexiconsAnswer({ lexicons: bare, regexes: bad })).toBeUndefined();
    }
  });

  it("takes the text model's weights when well-formed, and leaves a malformed model out (the page is scanned without it)", () => {
    const bare = { BAIT: [{ id: 'a', pattern: 'x', lang: 'zh', kind: 'debt', weight: 2 }] };
    const model = { terms: 1, bias: -0.4, weights: { 上岸: 0.21, 'got my': 0.18, 提醒: -0.25 } };
    expect(parseLexiconsAnswer({ lexicons: bare, model })?.model).toEqual(model);
    for (const bad of [
      { ...model, weights: { 上岸: '0.2' } },
      { ...model, weights: { 上岸: Number.POSITIVE_INFINITY } },
      { ...model, weights: { ['x'.repeat(MAX_MODEL_TERM_CHARS + 1)]: 0.1 } },
      { ...model, weights: Object.fromEntries(Array.from({ length: MAX_MODEL_TERMS + 1 }, (_, i) => [`w${i}`, 0.1])) },
      { ...model, extra: 1 },
      [model],
    ]) {
      const got = parseLexiconsAnswer({ lexicons: bare, model: bad });
      expect(got?.lexicons).toEqual(bare);
      expect(got?.model).toBeUndefined();
    }
  });

  it('takes the data of the Scanners made at module load by key, and nothing malformed', () => {
    const bare = { BAIT: [{ id: 'a', pattern: 'x', lang: 'zh', kind: 'debt', weight: 2 }] };
    const data = { first: '^(?:x)$', wild: '^(?:x)$', pairs: [7], bounded: false, plain: 1 };
    const got = parseLexiconsAnswer({
      lexicons: bare,
      scanners: {
        'iu57:1q8wl6b': data,
        'u12:abc': { ...data, pairs: [0x10000] },
        'not a key': data,
        __proto__: data,
        constructor: data,
      },
    });
    expect(got?.scanners).toEqual(new Map([['iu57:1q8wl6b', data]]));
    // none given or none well formed: none taken
    expect(parseLexiconsAnswer({ lexicons: bare })?.scanners).toBeUndefined();
    expect(parseLexiconsAnswer({ lexicons: bare, scanners: [data] })?.scanners).toBeUndefined();
    // bounded
    const many = Object.fromEntries(Array.from({ length: MAX_BUILT_SCANNERS + 5 }, (_, i) => [`u${i}:a`, data]));
    expect(parseLexiconsAnswer({ lexicons: bare, scanners: many })?.scanners?.size).toBe(MAX_BUILT_SCANNERS);
  });

  it('takes every lexicon and its prefixes as the background sends them, and nothing malformed', () => {
    expect(parseContentMessage({ type: 'cs:get-lexicons' })).toEqual({ type: 'cs:get-lexicons' });
    expect(parseContentMessage({ type: 'cs:get-lexicons', x: 1 })).toBeUndefined();
    expect(parseContentMessage({ type: 'cs:load-ui' })).toEqual({ type: 'cs:load-ui' });
    expect(parseContentMessage({ type: 'cs:load-ui', file: 'x.js' })).toBeUndefined();
    expect(parseContentMessage({ type: 'cs:load-engine' })).toEqual({ type: 'cs:load-engine' });
    expect(parseContentMessage({ type: 'cs:load-engine', file: 'x.js' })).toBeUndefined();
    expect(parseLexiconsAnswer({ lexicons: LEXICONS, prefixes: LEXICON_PREFIXES })).toEqual({
      lexicons: LEXICONS,
      prefixes: LEXICON_PREFIXES,
    });
    const bare = { BAIT: [{ id: 'a', pattern: 'x', lang: 'zh', kind: 'debt', weight: 2 }] };
    expect(parseLexiconsAnswer({ lexicons: bare })).toEqual({ lexicons: bare, prefixes: {} });
    // prefixes not as the build sends them (a Scanner's data) are left out (computed on the page), the lexicons stay:
    // the raw prefixes of a pattern, which the build never sends
    const pre = {
      first: ['x'],
      single: ['x'],
      pairs: [],
      doubles: [],
      triples: [],
      nullable: false,
      bounded: false,
      passes: false,
    };
    expect(
      parseLexiconsAnswer({ lexicons: bare, prefixes: { BAIT: { zh: pre, en: { ...pre, pairs: [['a']] } } } }),
    ).toEqual({ lexicons: bare, prefixes: { BAIT: {} } });
    // a Scanner's data as the build computes it is taken; chunks that do not add up to the part's entries are not
    const data = { first: '^(?:x)$', wild: '^(?:x)$', pairs: [7], bounded: false };
    expect(
      parseLexiconsAnswer({
        lexicons: bare,
        prefixes: { BAIT: { zh: data, en: { ...data, pairs: [-1] }, chunks: { zh: [{ size: 2, pre: data }] } } },
      }),
    ).toEqual({ lexicons: bare, prefixes: { BAIT: { zh: data, chunks: {} } } });
    expect(
      parseLexiconsAnswer({ lexicons: bare, prefixes: { BAIT: { chunks: { zh: [{ size: 1, pre: data }] } } } }),
    ).toEqual({ lexicons: bare, prefixes: { BAIT: { chunks: { zh: [{ size: 1, pre: data }] } } } });
    // a piece of one long entry: its alternatives, ending the entry or not
    expect(
      parseLexiconsAnswer({
        lexicons: bare,
        prefixes: {
          BAIT: {
            chunks: {
              zh: [
                { size: 0, alts: [0, 2] },
                { size: 1, alts: [2, 3] },
              ],
            },
          },
        },
      }),
    ).toEqual({
      lexicons: bare,
      prefixes: {
        BAIT: {
          chunks: {
            zh: [
              { size: 0, alts: [0, 2] },
              { size: 1, alts: [2, 3] },
            ],
          },
        },
      },
    });
    expect(
      parseLexiconsAnswer({
        lexicons: bare,
        prefixes: { BAIT: { chunks: { zh: [{ size: 0 }, { size: 1, alts: [2, 2] }] } } },
      }),
    ).toEqual({ lexicons: bare, prefixes: { BAIT: { chunks: {} } } });
    // the third-character test comes whole (ends and triples) or not at all
    const third = { ...data, ends: [1], triples: [2, 3] };
    expect(
      parseLexiconsAnswer({ lexicons: bare, prefixes: { BAIT: { zh: third, en: { ...data, ends: [1] } } } }),
    ).toEqual({ lexicons: bare, prefixes: { BAIT: { zh: third } } });
    expect(parseLexiconsAnswer({ lexicons: bare, prefixes: { BAIT: { zh: { ...pre, first: 'x' } } } })).toEqual({
      lexicons: bare,
      prefixes: { BAIT: {} },
    });
    for (const bad of [
      undefined,
      'x',
      [],
      {},
      bare,
      { lexicons: {} },
      { lexicons: { BAIT: 'x' } },
      { lexicons: { BAIT: [{ id: 'a', pattern: 'x', lang: 'fr' }] } },
      { lexicons: { BAIT: [{ id: 'a', pattern: '', lang: 'zh' }] } },
      { lexicons: { BAIT: [{ id: 'a', pattern: 'x', lang: 'zh', weight: '2' }] } },
      { lexicons: { BAIT: [{ id: 'a', pattern: 'x', lang: 'zh', run: 'code' }] } },
      { lexicons: { BAIT: [{ id: 1, pattern: 'x', lang: 'zh' }] } },
    ]) {
      expect(parseLexiconsAnswer(bad)).toBeUndefined();
    }
  });
});

describe('background → content and ui → background shapes', () => {
  it('checks bg: messages', () => {
    expect(parseBackgroundMessage({ type: 'bg:highlight' })).toEqual({ type: 'bg:highlight' });
    expect(parseBackgroundMessage({ type: 'bg:frame-facts', frameId: 4, facts: { terms: [] } })).toBeTruthy();
    expect(parseBackgroundMessage({ type: 'bg:frame-facts', frameId: 0, facts: { terms: [] } })).toBeUndefined();
    expect(parseBackgroundMessage({ type: 'bg:frame-facts', frameId: 4 })).toBeUndefined();
    expect(parseBackgroundMessage({ type: 'cs:result', result: good })).toBeUndefined();
  });
  it('checks ui: messages', () => {
    const token = '0f8e0c2a-6b1d-4d0e-9c57-5f6a0c3b2e1d';
    expect(parseUiMessage({ type: 'ui:get-tab-state', tabId: 3 })).toBeTruthy();
    expect(parseUiMessage({ type: 'ui:get-tab-state', tabId: -1 })).toBeUndefined();
    expect(parseUiMessage({ type: 'ui:get-tab-state', tabId: '3' })).toBeUndefined();
    expect(parseUiMessage({ type: 'ui:get-confirm', token })).toBeTruthy();
    expect(parseUiMessage({ type: 'ui:get-confirm', token: '../../x' })).toBeUndefined();
    expect(parseUiMessage({ type: 'ui:answer-confirm', token, accept: true })).toBeTruthy();
    expect(parseUiMessage({ type: 'ui:answer-confirm', token, accept: 'yes' })).toBeUndefined();
  });
});
