import { describe, expect, it } from 'vitest';
import { modelDocument } from '../../src/dom/model';
import { gatherFacts } from '../../src/engine/facts';
import { buildContext } from '../../src/engine/score';
import type { Evidence } from '../../src/report/types';
import { SIGNAL_META } from '../../src/signals/registry';
import type { Signal } from '../../src/signals/types';
import { parse } from './html';

export interface SignalCase {
  name: string;
  /** a full page, or a body fragment */
  html: string;
  /** for invalid cases: message keys the signal must give (in any order, each at least once) */
  messages?: string[];
}

function wrap(html: string): string {
  return /<html/i.test(html) ? html : `<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`;
}

export function detect(signal: Signal, html: string): Evidence[] {
  const facts = gatherFacts(modelDocument(parse(wrap(html))));
  return signal.detect(buildContext(facts));
}

/**
 * Like ESLint's RuleTester: `valid` pages give no points from this signal, `invalid` pages give
 * the listed messages, every one traceable (a selector, a text, a region).
 */
export function testSignal(signal: Signal, cases: { valid: SignalCase[]; invalid: SignalCase[] }): void {
  describe(`signal ${signal.id}`, () => {
    it('has cases on both sides', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const ev = detect(signal, c.html).filter((e) => e.weight > 0);
        expect(ev.map((e) => `${e.message}: ${e.text}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const ev = detect(signal, c.html);
        expect(ev.length).toBeGreaterThan(0);
        for (const m of c.messages ?? []) expect(ev.map((e) => e.message)).toContain(m);
        for (const e of ev) {
          expect(e.signal).toBe(signal.id);
          expect(Object.keys(SIGNAL_META[signal.id]?.messages ?? {})).toContain(e.message);
          expect(e.selector.length).toBeGreaterThan(0);
          expect(e.text.length).toBeGreaterThan(0);
        }
      });
    }
  });
}

export interface C {
  a: string;
  t: string;
  when?: string;
  likes?: number;
  replies?: C[];
}

/** A comment list in a common shape: author line, text, time and likes, nested replies as "author: text". */
export function comments(list: C[], heading = '评论'): string {
  const item = (c: C): string =>
    `<li><div class="u"><span>${c.a}</span></div><div class="t">${c.t}</div><div class="m"><span>${
      c.when ?? '3天前'
    }</span> <span>赞 ${c.likes ?? 5}</span></div>${
      c.replies?.length
        ? `<ul>${c.replies.map((r) => `<li><span>${r.a}</span>: <span>${r.t}</span></li>`).join('')}</ul>`
        : ''
    }</li>`;
  return `<section><h3>${heading}</h3><ul>${list.map(item).join('')}</ul></section>`;
}

export interface Post {
  a: string;
  t: string;
}

/** A forum topic laid out one table per post, floors 楼主, 沙发, 板凳, then N#, each with its actions row. */
export function forum(posts: Post[]): string {
  const floor = (i: number) => ['楼主', '沙发', '板凳'][i] ?? `${i + 1}#`;
  const post = (p: Post, i: number) =>
    `<div class="p"><table><tr><td rowspan="2"><a href="#">${p.a}</a><p>积分 ${10 + i}</p></td><td><div><strong>${floor(
      i,
    )}</strong><em>发表于 2025-5-${i + 1} 10:0${i % 10}</em></div><div class="m">${p.t}</div></td></tr><tr><td><a href="#">回复</a> <a href="#">支持 ${i}</a></td></tr></table></div>`;
  return `<div class="topic"><h1>求助</h1>${posts.map(post).join('')}</div>`;
}

export const ARTICLE_ZH =
  '<article><h1>信用卡逾期怎么办</h1><p>持卡人出现还款困难时，应当及时与发卡银行沟通，说明真实情况，申请延期或者分期。</p><p>银行会根据持卡人的情况进行审核，审核通过后可以办理。</p></article>';
export const ARTICLE_EN =
  '<article><h1>Getting out of debt</h1><p>If you are behind on payments, call your lender and ask about hardship programs. Most lenders would rather work with you than send the account to collections.</p></article>';
