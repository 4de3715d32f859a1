import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  parseBackgroundMessage,
  parseLexiconsAnswer,
  parseReaderState,
  parseT2sAnswer,
  type TabResult,
} from '../../messages';
import { TEXT_MODEL } from '../../model/weights';
import { DEFAULT_DECISIONS } from '../../settings';
import { shippedScannerData } from '../../text/scan';
import { LEXICON_PREFIXES, LEXICONS } from '../lexicons';
import { SENT_REGEXES } from '../regexes';
import { getDecisions, updateDecisions } from '../storage';
import {
  BADGE,
  broadcastState,
  CONFIRM_TTL_MS,
  createState,
  DEFAULT_TITLE,
  forgetTab,
  handleContentMessage,
  handleUiMessage,
  markNotScam,
} from './handlers';

const self = { id: fakeBrowser.runtime.id, origin: fakeBrowser.runtime.getURL('/') };
const PAGE = 'https://scam.example/post/1.html#comments';
const fromContent = (tabId: number, frameId = 0, url = PAGE) => ({
  id: self.id,
  url,
  frameId,
  tab: { id: tabId, url: PAGE },
});
const fromUi = { id: self.id, url: `${self.origin}confirm.html?token=x` };
const danger: TabResult = {
  level: 'danger',
  score: 88,
  kind: 'debt-relief',
  counts: { handles: 1, suspectHandles: 1, threads: 1, plantedThreads: 1, evidence: 3 },
  handles: ['wechat:xys8775'],
  summary: 'looks like a scam — WeChat xys8775',
  lang: 'en',
};
const badgeOf = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const titleOf = (tabId: number) => fakeBrowser.action.getTitle({ tabId });

describe('background handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sends the traditional → simplified table to any content frame, and nothing to others', async () => {
    const { T2S_PAIRS } = await import('../../text/t2s-data');
    const state = createState();
    const got = await handleContentMessage(state, { type: 'cs:get-t2s' }, fromContent(5, 3), self);
    expect(got).toBe(T2S_PAIRS);
    expect(parseT2sAnswer(got)).toBe(T2S_PAIRS);
    expect(await handleContentMessage(state, { type: 'cs:get-t2s' }, fromUi, self)).toBeUndefined();
  });

  it('sends the lexicons to any content frame, and nothing to others', async () => {
    const state = createState();
    const got = await handleContentMessage(state, { type: 'cs:get-lexicons' }, fromContent(5, 3), self);
    // with the data of the Scanners made at module load, which the build puts in place (none in the sources)
    expect(got).toEqual({
      lexicons: LEXICONS,
      prefixes: LEXICON_PREFIXES,
      scanners: shippedScannerData(),
      regexes: SENT_REGEXES,
      // and the text model's weights, which the content script's bundle does not ship
      model: TEXT_MODEL,
    });
    expect(parseLexiconsAnswer(structuredClone(got))).toEqual({
      lexicons: LEXICONS,
      prefixes: LEXICON_PREFIXES,
      model: TEXT_MODEL,
    });
    expect(Object.keys(LEXICON_PREFIXES).sort()).toEqual(Object.keys(LEXICONS).sort());
    expect(await handleContentMessage(state, { type: 'cs:get-lexicons' }, fromUi, self)).toBeUndefined();
  });

  it("gives a tab's top frame the reader's state, repaired when corrupt, and nothing to sub-frames or pages", async () => {
    const state = createState();
    await fakeBrowser.storage.local.set({
      settings: { sensitivity: 'strict', highlights: 'yes' },
      settings$: { v: 2 },
    });
    const got = await handleContentMessage(state, { type: 'cs:get-state' }, fromContent(5), self);
    // what the content script reads, checked as it checks it
    expect(parseReaderState(structuredClone(got))).toEqual(got);
    expect(got).toMatchObject({ settings: { sensitivity: 'strict', highlights: true }, decisions: DEFAULT_DECISIONS });
    expect(await handleContentMessage(state, { type: 'cs:get-state' }, fromContent(5, 3), self)).toBeUndefined();
    expect(await handleContentMessage(state, { type: 'cs:get-state' }, fromUi, self)).toBeUndefined();
    expect(parseReaderState({ settings: got, decisions: {} })).toBeUndefined();
  });

  it("sends the reader's state to every tab's top frame after a change; a tab that cannot hear is no error", async () => {
    const sent: [number, unknown, unknown][] = [];
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 1 }, { id: 2 }, {}] as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, msg: unknown, o: unknown) => {
      sent.push([id, msg, o]);
      if (id === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never);
    await updateDecisions((d) => ({ ...d, trustedSites: ['bank.example'] }));
    await broadcastState();
    expect(sent.map(([id, , o]) => [id, o])).toEqual([
      [1, { frameId: 0 }],
      [2, { frameId: 0 }],
    ]);
    const msg = parseBackgroundMessage(sent[0]?.[1]);
    expect(msg?.type).toBe('bg:state');
    expect(msg?.type === 'bg:state' && msg.decisions.trustedSites).toEqual(['bank.example']);
  });

  /**
   * Runs `body` with the browser's injection faked: Chrome's `scripting.executeScript` recording into `calls`,
   * `refuse()` making it throw (a page the browser protects, a closed tab), `mv2()` switching to Firefox's
   * `tabs.executeScript`; all restored after.
   */
  async function withInjection(body: (calls: unknown[], api: { refuse(): void; mv2(): void }) => Promise<void>) {
    const b = fakeBrowser as unknown as { scripting?: unknown; tabs: { executeScript?: unknown } };
    const saved = b.scripting;
    const savedTabs = b.tabs.executeScript;
    const calls: unknown[] = [];
    b.scripting = {
      executeScript: async (o: unknown) => {
        calls.push(o);
        return [];
      },
    };
    try {
      await body(calls, {
        refuse: () => {
          b.scripting = {
            executeScript: async () => {
              throw new Error('Cannot access contents of the page');
            },
          };
        },
        mv2: () => {
          delete b.scripting;
          b.tabs.executeScript = async (tabId: number, o: unknown) => {
            calls.push([tabId, o]);
            return [];
          };
        },
      });
    } finally {
      if (saved === undefined) delete b.scripting;
      else b.scripting = saved;
      b.tabs.executeScript = savedTabs;
    }
  }

  it('injects the in-page UI into the top frame of the asking tab only, with whichever API the build has', async () => {
    await withInjection(async (calls, api) => {
      const state = createState();
      expect(await handleContentMessage(state, { type: 'cs:load-ui' }, fromContent(5), self)).toBe(true);
      expect(calls).toEqual([{ target: { tabId: 5, frameIds: [0] }, files: ['page-ui.js'] }]);
      // a sub-frame, an extension page or a longer message gets nothing injected
      expect(await handleContentMessage(state, { type: 'cs:load-ui' }, fromContent(5, 3), self)).toBeUndefined();
      expect(await handleContentMessage(state, { type: 'cs:load-ui' }, fromUi, self)).toBeUndefined();
      expect(await handleContentMessage(state, { type: 'cs:load-ui', file: 'x.js' }, fromContent(5), self)).toBe(
        undefined,
      );
      expect(calls).toHaveLength(1);
      // a refusal (a page the browser protects, a closed tab) answers false
      api.refuse();
      expect(await handleContentMessage(state, { type: 'cs:load-ui' }, fromContent(5), self)).toBe(false);
      // Firefox's MV2 build: tabs.executeScript
      api.mv2();
      expect(await handleContentMessage(state, { type: 'cs:load-ui' }, fromContent(7), self)).toBe(true);
      expect(calls.at(-1)).toEqual([7, { file: '/page-ui.js', frameId: 0 }]);
    });
  });

  it('injects the engine into the asking frame (top or sub-frame), with whichever API the build has', async () => {
    await withInjection(async (calls, api) => {
      const state = createState();
      expect(await handleContentMessage(state, { type: 'cs:load-engine' }, fromContent(5), self)).toBe(true);
      expect(await handleContentMessage(state, { type: 'cs:load-engine' }, fromContent(5, 3), self)).toBe(true);
      expect(calls).toEqual([
        { target: { tabId: 5, frameIds: [0] }, files: ['engine.js'] },
        { target: { tabId: 5, frameIds: [3] }, files: ['engine.js'] },
      ]);
      // an extension page or a longer message (a file of its choosing) gets nothing injected
      expect(await handleContentMessage(state, { type: 'cs:load-engine' }, fromUi, self)).toBeUndefined();
      expect(
        await handleContentMessage(state, { type: 'cs:load-engine', file: 'x.js' }, fromContent(5), self),
      ).toBeUndefined();
      expect(calls).toHaveLength(2);
      // Firefox's MV2 build: tabs.executeScript, into the same frame
      api.mv2();
      expect(await handleContentMessage(state, { type: 'cs:load-engine' }, fromContent(7, 2), self)).toBe(true);
      expect(calls.at(-1)).toEqual([7, { file: '/engine.js', frameId: 2 }]);
    });
  });

  it('sets a red badge and a summarising title for danger, per tab', async () => {
    const state = createState();
    expect(await handleContentMessage(state, { type: 'cs:result', result: danger }, fromContent(5), self)).toBe(true);
    expect(await badgeOf(5)).toBe(BADGE.danger.text);
    expect(await titleOf(5)).toBe(`${DEFAULT_TITLE}: looks like a scam — WeChat xys8775`);
    expect(await badgeOf(6)).toBe('');
    expect(state.tabs.get(5)).toEqual(danger);
  });

  it('sets an amber badge for caution and nothing when safe or muted', async () => {
    const state = createState();
    await handleContentMessage(
      state,
      { type: 'cs:result', result: { ...danger, level: 'caution' } },
      fromContent(5),
      self,
    );
    expect(await badgeOf(5)).toBe(BADGE.caution.text);
    await handleContentMessage(state, { type: 'cs:result', result: { ...danger, muted: true } }, fromContent(5), self);
    expect(await badgeOf(5)).toBe('');
    expect(await titleOf(5)).toBe(DEFAULT_TITLE);
    await handleContentMessage(state, { type: 'cs:result', result: danger }, fromContent(5), self);
    await handleContentMessage(
      state,
      { type: 'cs:result', result: { ...danger, level: 'safe', summary: '', handles: [] } },
      fromContent(5),
      self,
    );
    expect(await badgeOf(5)).toBe('');
  });

  it('clears the badge when the tab navigates', async () => {
    const state = createState();
    await handleContentMessage(state, { type: 'cs:result', result: danger }, fromContent(5), self);
    await forgetTab(state, 5);
    expect(await badgeOf(5)).toBe('');
    expect(await titleOf(5)).toBe(DEFAULT_TITLE);
    expect(state.tabs.has(5)).toBe(false);
  });

  it('drops results from sub-frames, other senders and bad shapes', async () => {
    const state = createState();
    expect(await handleContentMessage(state, { type: 'cs:result', result: danger }, fromContent(5, 2), self)).toBe(
      undefined,
    );
    expect(
      await handleContentMessage(state, { type: 'cs:result', result: danger }, { ...fromContent(5), id: 'x' }, self),
    ).toBe(undefined);
    expect(await handleContentMessage(state, { type: 'cs:result', result: danger }, fromUi, self)).toBe(undefined);
    expect(
      await handleContentMessage(state, { type: 'cs:result', result: { ...danger, level: 'x' } }, fromContent(5), self),
    ).toBe(undefined);
    expect(await badgeOf(5)).toBe('');
  });

  it('keeps sub-frame facts for the top frame and relays them to frame 0', async () => {
    const state = createState();
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const facts = { report: { handles: [] }, terms: ['上岸'] };
    await handleContentMessage(
      state,
      { type: 'cs:frame-facts', facts },
      fromContent(5, 3, 'https://c.example/f'),
      self,
    );
    expect(send).toHaveBeenCalledWith(5, { type: 'bg:frame-facts', frameId: 3, facts }, { frameId: 0 });
    // the top frame, starting late, gets them on request; a sub-frame may not ask
    expect(await handleContentMessage(state, { type: 'cs:get-frame-facts' }, fromContent(5), self)).toEqual([
      { frameId: 3, facts },
    ]);
    expect(await handleContentMessage(state, { type: 'cs:get-frame-facts' }, fromContent(5, 3), self)).toBe(undefined);
    // the top frame may not pose as a sub-frame
    expect(await handleContentMessage(state, { type: 'cs:frame-facts', facts }, fromContent(5, 0), self)).toBe(
      undefined,
    );
    await forgetTab(state, 5);
    expect(await handleContentMessage(state, { type: 'cs:get-frame-facts' }, fromContent(5), self)).toEqual([]);
  });

  it('opens the confirmation page for the sender’s own site, and stores trust only on the reader’s yes', async () => {
    const state = createState();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await handleContentMessage(state, { type: 'cs:result', result: danger }, fromContent(5), self);
    const token = (await handleContentMessage(
      state,
      { type: 'cs:open-confirm', action: 'trust-site' },
      fromContent(5),
      self,
    )) as string;
    expect(create).toHaveBeenCalledWith({ url: `${self.origin}confirm.html?token=${token}`, openerTabId: 5 });
    expect(await handleUiMessage(state, { type: 'ui:get-confirm', token }, fromUi, self)).toEqual({
      action: 'trust-site',
      host: 'scam.example',
      page: 'https://scam.example/post/1.html',
      tabId: 5,
      summary: danger.summary,
      lang: 'en',
    });
    // a content script cannot answer its own confirmation
    expect(await handleUiMessage(state, { type: 'ui:answer-confirm', token, accept: true }, fromContent(5), self)).toBe(
      undefined,
    );
    expect((await getDecisions()).trustedSites).toEqual([]);
    expect(await handleUiMessage(state, { type: 'ui:answer-confirm', token, accept: true }, fromUi, self)).toBe(true);
    expect((await getDecisions()).trustedSites).toEqual(['scam.example']);
    // a token works once
    expect(await handleUiMessage(state, { type: 'ui:answer-confirm', token, accept: true }, fromUi, self)).toBe(false);
  });

  it('marks a page not-a-scam on yes, changes nothing on no or after expiry', async () => {
    const state = createState();
    const t0 = 1_000_000;
    const ask = (now: number) =>
      handleContentMessage(state, { type: 'cs:open-confirm', action: 'not-scam' }, fromContent(5), self, now);
    const no = (await ask(t0)) as string;
    expect(
      await handleUiMessage(state, { type: 'ui:answer-confirm', token: no, accept: false }, fromUi, self, t0),
    ).toBe(true);
    const late = (await ask(t0)) as string;
    const after = t0 + CONFIRM_TTL_MS + 1;
    expect(await handleUiMessage(state, { type: 'ui:get-confirm', token: late }, fromUi, self, after)).toBe(null);
    expect(
      await handleUiMessage(state, { type: 'ui:answer-confirm', token: late, accept: true }, fromUi, self, after),
    ).toBe(false);
    expect(await getDecisions()).toEqual(DEFAULT_DECISIONS);
    const yes = (await ask(t0)) as string;
    await handleUiMessage(state, { type: 'ui:answer-confirm', token: yes, accept: true }, fromUi, self, t0);
    expect((await getDecisions()).notScamPages).toEqual(['https://scam.example/post/1.html']);
  });

  it('answers the popup with the tab’s compact result', async () => {
    const state = createState();
    await handleContentMessage(state, { type: 'cs:result', result: danger }, fromContent(5), self);
    expect(await handleUiMessage(state, { type: 'ui:get-tab-state', tabId: 5 }, fromUi, self)).toEqual(danger);
    expect(await handleUiMessage(state, { type: 'ui:get-tab-state', tabId: 6 }, fromUi, self)).toBe(null);
    expect(await handleUiMessage(state, { type: 'ui:get-tab-state', tabId: 5 }, fromContent(5), self)).toBe(undefined);
  });

  it('bounds the not-a-scam list and ignores non-web URLs', () => {
    let d = structuredClone(DEFAULT_DECISIONS) as typeof DEFAULT_DECISIONS & { notScamPages: string[] };
    for (let i = 0; i < 600; i++) d = markNotScam(d, `https://a.example/${i}`);
    expect(d.notScamPages.length).toBe(500);
    expect(d.notScamPages.at(-1)).toBe('https://a.example/599');
    expect(markNotScam(d, 'javascript:alert(1)')).toBe(d);
  });
});
