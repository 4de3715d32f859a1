import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABEL_KEYS } from '../ui/common/labels';
import { CATALOGS, format, htmlLang, LANGS, langFromTag, pickLang, t, tOr } from './index';

const ROOT = resolve(__dirname, '../..');

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** A quoted key with one of the UI's prefixes (keys passed around before `t()` sees them). */
const UI_KEY_LITERAL =
  /['"`]((?:level|kind|handle_kind|where|popup|state|btn|opt|options|welcome|demo|region_name|lang_name|banner|confirm)_[a-z0-9_]+)['"`]/g;
const ENGINE_KEY_LITERAL = /['"`]((?:ev|why)_[a-z0-9_]+)['"`]/g;

/** Every key passed as a literal to t()/tOr()/msg() in UI and extension code, and every `__MSG_x__`. */
function keysUsedInCode(): Map<string, string> {
  const files = [...walk(join(ROOT, 'src/ui')), ...walk(join(ROOT, 'src/ext')), ...walk(join(ROOT, 'entrypoints'))];
  files.push(join(ROOT, 'wxt.config.ts'));
  const used = new Map<string, string>();
  const call = /\b(?:t|tr|tOr|msg|getMessage)\(\s*['"`]([A-Za-z0-9_@]+)['"`](?:\s*,\s*['"`]([A-Za-z0-9_@]+)['"`])?/g;
  const manifest = /__MSG_([A-Za-z0-9_@]+)__/g;
  // `data-i18n="key"` in HTML entrypoints
  const attr = /data-i18n="([A-Za-z0-9_@]+)"/g;
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(call)) {
      used.set(m[1] as string, f);
      if (m[2] && /^tOr\(/.test(m[0])) used.set(m[2], f);
    }
    for (const m of src.matchAll(manifest)) used.set(m[1] as string, f);
    for (const m of src.matchAll(UI_KEY_LITERAL)) used.set(m[1] as string, f);
  }
  // the engine's message keys, wherever they are written (evidence `ev_*`, handle `why_*`)
  for (const f of walk(join(ROOT, 'src'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(ENGINE_KEY_LITERAL)) used.set(m[1] as string, f);
  }
  for (const k of LABEL_KEYS) used.set(k, 'src/ui/common/labels.ts');
  for (const f of readdirSync(join(ROOT, 'entrypoints'), { recursive: true }) as string[]) {
    if (!f.endsWith('.html')) continue;
    const src = readFileSync(join(ROOT, 'entrypoints', f), 'utf8');
    for (const m of src.matchAll(attr)) used.set(m[1] as string, f);
  }
  return used;
}

/** Keys the engine can emit, when its registry exports them. */
async function engineKeys(): Promise<string[]> {
  const reg = join(ROOT, 'src/signals/registry.ts');
  if (!existsSync(reg)) return [];
  const mod = (await import(/* @vite-ignore */ reg)) as { MESSAGE_KEYS?: readonly string[] | Record<string, string> };
  const k = mod.MESSAGE_KEYS ?? [];
  return Array.isArray(k) ? [...k] : Object.keys(k);
}

function placeholders(message: string, named: Record<string, { content: string }> | undefined): string[] {
  const expanded = message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (all, n: string) => named?.[n.toLowerCase()]?.content ?? all,
  );
  return [...expanded.matchAll(/\$([1-9])/g)].map((m) => m[1] as string).sort();
}

describe('locale files', () => {
  const en = CATALOGS.en;

  it('have the same keys in every language', () => {
    const keys = Object.keys(en).sort();
    expect(keys.length).toBeGreaterThan(50);
    for (const lang of LANGS) expect(Object.keys(CATALOGS[lang]).sort(), lang).toEqual(keys);
  });

  it('have the same placeholders in every language, and no empty message', () => {
    for (const [key, m] of Object.entries(en)) {
      const want = placeholders(m.message, m.placeholders);
      for (const lang of LANGS) {
        const other = CATALOGS[lang][key];
        expect(other?.message.trim(), `${lang} ${key}`).toBeTruthy();
        expect(placeholders(other?.message ?? '', other?.placeholders ?? m.placeholders), `${lang} ${key}`).toEqual(
          want,
        );
      }
    }
  });

  it('use message names of [a-z0-9_] (the manifest keys aside)', () => {
    for (const key of Object.keys(en)) {
      if (key === 'extName' || key === 'extDescription') continue;
      expect(key).toMatch(/^[a-z0-9_]+$/);
    }
  });

  it('keep the manifest name short enough for the stores', () => {
    for (const lang of LANGS) {
      expect((CATALOGS[lang].extName?.message ?? '').length).toBeLessThanOrEqual(45);
      expect((CATALOGS[lang].extDescription?.message ?? '').length).toBeLessThanOrEqual(132);
    }
  });
});

describe('keys used in code', () => {
  it('finds the keys used in code (the scan itself works)', () => {
    const used = keysUsedInCode();
    expect(used.has('extName')).toBe(true);
    expect(used.size).toBeGreaterThan(40);
  });

  it('exist in every language', async () => {
    const used = keysUsedInCode();
    for (const k of await engineKeys()) used.set(k, 'src/signals/registry.ts');
    const missing: string[] = [];
    for (const [key, file] of used) {
      for (const lang of LANGS) if (!Object.hasOwn(CATALOGS[lang], key)) missing.push(`${lang}:${key} (${file})`);
    }
    expect(missing).toEqual([]);
  });
});

describe('t and pickLang', () => {
  it('maps browser tags to our languages', () => {
    expect(langFromTag('zh-TW')).toBe('zh-TW');
    expect(langFromTag('zh-HK')).toBe('zh-TW');
    expect(langFromTag('zh_MO')).toBe('zh-TW');
    expect(langFromTag('zh-Hant')).toBe('zh-TW');
    expect(langFromTag('zh-Hant-CN')).toBe('zh-TW');
    expect(langFromTag('zh-CN')).toBe('zh-CN');
    expect(langFromTag('zh-SG')).toBe('zh-CN');
    expect(langFromTag('zh-Hans-HK')).toBe('zh-CN');
    expect(langFromTag('zh')).toBe('zh-CN');
    expect(langFromTag('en-GB')).toBe('en');
    expect(langFromTag('fr')).toBe('en');
    expect(langFromTag(undefined)).toBe('en');
  });

  it('lets the setting override the browser', () => {
    expect(pickLang('auto', 'zh-TW')).toBe('zh-TW');
    expect(pickLang('en', 'zh-TW')).toBe('en');
    expect(pickLang('zh-CN', 'en-US')).toBe('zh-CN');
    expect(pickLang(undefined, 'zh-CN')).toBe('zh-CN');
  });

  it('substitutes placeholders and translates', () => {
    expect(t('score_label', 'en', 72)).toBe('Risk score: 72 / 100');
    expect(t('score_label', 'zh-CN', 72)).toContain('72');
    expect(t('extName', 'zh-TW')).toBe('防託衛士');
    expect(format({ message: 'a $n$ b $$ c', placeholders: { n: { content: '$1' } } }, ['X'])).toBe('a X b $ c');
  });

  it('never shows a raw key', () => {
    expect(t('ev_no_such_key', 'en')).toBe('');
    expect(tOr('ev_no_such_key', 'ev_unknown', 'zh-CN')).toBe(t('ev_unknown', 'zh-CN'));
    expect(tOr('ev_no_such_key', 'ev_unknown', 'zh-CN')).not.toContain('ev_');
  });

  it('gives a lang attribute per language', () => {
    expect(htmlLang('zh-TW')).toBe('zh-Hant-TW');
    expect(htmlLang('zh-CN')).toBe('zh-Hans-CN');
    expect(htmlLang('en')).toBe('en');
  });
});
