/**
 * Integrity of the labelled corpus: every page labelled exactly once, labels well-formed, handle values (the
 * suspect `handles` and the honest `contacts`) in the normal form of the report contract, and enough pages on both sides of both splits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusDirs, htmlFiles, loadCorpus, readLabels } from './load';

const SCAM_KINDS = [
  'debt-relief',
  'investment-group',
  'recovery',
  'loan',
  'gambling-recovery',
  'credit-repair',
  'insurance-refund',
  'other',
];
const HANDLE_KINDS = ['wechat', 'qq', 'phone', 'whatsapp', 'telegram', 'line', 'email', 'signal'];
const LANGS: Record<string, string[]> = { en: ['en'], zh: ['zh-CN', 'zh-TW', 'zh-HK'] };
const LABEL_FIELDS = new Set(['file', 'label', 'kind', 'lang', 'handles', 'contacts', 'shape', 'note']);

/** Normal forms from the report contract. */
const VALUE_SHAPE: Record<string, RegExp> = {
  wechat: /^[a-z0-9][a-z0-9_-]*$/,
  telegram: /^[a-z0-9_+-]+$/,
  line: /^[a-z0-9._-]+$/,
  signal: /^[a-z0-9_]+\.[0-9]{2,}$/,
  qq: /^[1-9][0-9]{4,10}$/,
  phone: /^[0-9]{3,15}$/,
  whatsapp: /^[0-9]{6,15}$/,
  email: /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/,
};

const dirs = corpusDirs();

describe('corpus files and labels', () => {
  it('has language folders', () => {
    expect(dirs.length).toBeGreaterThan(0);
  });

  for (const dir of dirs) {
    describe(dir, () => {
      const labels = readLabels(dir);
      const files = htmlFiles(dir);

      it('labels every html file exactly once, and nothing else', () => {
        const labelled = labels.map((l) => l.file);
        const dupes = labelled.filter((f, i) => labelled.indexOf(f) !== i);
        expect(dupes, 'labelled twice').toEqual([]);
        expect(
          files.filter((f) => !labelled.includes(f)),
          'html files without a label',
        ).toEqual([]);
        expect(
          labelled.filter((f) => !files.includes(f)),
          'labels without an html file',
        ).toEqual([]);
      });

      it('keeps labels.json sorted by file', () => {
        const names = labels.map((l) => l.file);
        expect(names).toEqual([...names].sort());
      });

      it('writes well-formed labels', () => {
        const problems: string[] = [];
        for (const l of labels) {
          const bad = (why: string) => problems.push(`${dir}/${l.file}: ${why}`);
          for (const k of Object.keys(l)) if (!LABEL_FIELDS.has(k)) bad(`unknown field ${k}`);
          if (!/^(scam|clean)-[a-z0-9]+(?:-[a-z0-9]+)*\.html$/.test(l.file))
            bad('file name not kebab-case scam-/clean-');
          if (l.label !== 'scam' && l.label !== 'clean') bad(`label ${String(l.label)}`);
          else if (!l.file.startsWith(`${l.label}-`)) bad('file prefix does not match label');
          if (l.label === 'scam' && !SCAM_KINDS.includes(String(l.kind))) bad(`scam kind ${String(l.kind)}`);
          if (l.label === 'clean' && l.kind !== undefined) bad('clean page with a kind');
          if (!(LANGS[dir] ?? [dir]).includes(l.lang)) bad(`lang ${l.lang} in folder ${dir}`);
          if (typeof l.shape !== 'string' || !/^[a-z][a-z0-9-]*$/.test(l.shape)) bad(`shape ${String(l.shape)}`);
          if (typeof l.note !== 'string' || l.note.length < 10) bad('note missing');
          if (!Array.isArray(l.handles)) {
            bad('handles is not an array');
            continue;
          }
          if (l.label === 'clean' && l.handles.length > 0) bad('clean page lists handles');
          const keys = l.handles.map((h) => `${h.kind}:${h.value}`);
          if (new Set(keys).size !== keys.length) bad('duplicate handle');
          for (const h of l.handles) {
            if (!HANDLE_KINDS.includes(h.kind)) bad(`handle kind ${h.kind}`);
            else if (!VALUE_SHAPE[h.kind]?.test(h.value)) bad(`${h.kind} value not normalized: ${h.value}`);
          }
          if (l.contacts === undefined) continue;
          if (!Array.isArray(l.contacts)) {
            bad('contacts is not an array');
            continue;
          }
          const contactKeys = l.contacts.map((h) => `${h.kind}:${h.value}`);
          if (new Set(contactKeys).size !== contactKeys.length) bad('duplicate contact');
          for (const k of contactKeys) if (keys.includes(k)) bad(`${k} is both a suspect handle and a contact`);
          for (const h of l.contacts) {
            if (!HANDLE_KINDS.includes(h.kind)) bad(`contact kind ${h.kind}`);
            else if (!VALUE_SHAPE[h.kind]?.test(h.value)) bad(`${h.kind} contact not normalized: ${h.value}`);
            for (const k of Object.keys(h)) if (k !== 'kind' && k !== 'value') bad(`contact field ${k}`);
          }
        }
        expect(problems).toEqual([]);
      });

      it('holds full UTF-8 html pages', () => {
        const problems: string[] = [];
        for (const f of files) {
          const html = readFileSync(join(CORPUS_DIR, dir, f), 'utf8');
          if (html.includes('\uFFFD')) problems.push(`${f}: not valid UTF-8`);
          if (!/^\s*<!doctype html>/i.test(html)) problems.push(`${f}: no doctype`);
          if (!/<meta\s+charset=["']?utf-8/i.test(html)) problems.push(`${f}: no meta charset utf-8`);
          if (!/<title>[^<]+<\/title>/i.test(html)) problems.push(`${f}: no title`);
          if (!/<\/html>\s*$/i.test(html)) problems.push(`${f}: not closed`);
          const bytes = Buffer.byteLength(html, 'utf8');
          if (bytes < 2000) problems.push(`${f}: only ${bytes} bytes, not a full page`);
        }
        expect(problems).toEqual([]);
      });
    });
  }
});

describe('corpus size and split', () => {
  const pages = loadCorpus();

  it('has at least 80 pages across both languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(80);
  });

  for (const split of ['training', 'validation'] as const) {
    it(`has scam and clean pages in the ${split} split`, () => {
      const inSplit = pages.filter((p) => p.split === split);
      expect(inSplit.filter((p) => p.label === 'scam').length).toBeGreaterThan(0);
      expect(inSplit.filter((p) => p.label === 'clean').length).toBeGreaterThan(0);
    });
  }
});
