import { describe, expect, it } from 'vitest';
import { THRESHOLDS as ENGINE_THRESHOLDS } from '../engine/weights';
import {
  DECISIONS_VERSION,
  DEFAULT_DECISIONS,
  DEFAULT_SETTINGS,
  hostOf,
  isPaused,
  isProtected,
  isTrusted,
  MAX_SITES,
  migrate,
  normalizeHost,
  normalizePageUrl,
  PAUSE_HOUR_MS,
  pauseFor,
  pauseSite,
  resume,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  settingsV1toV2,
  THRESHOLDS,
  thresholdsFor,
  trustSite,
  untrustSite,
  validateDecisions,
  validateSettings,
} from './index';

describe('validateSettings', () => {
  it('passes a valid value through unchanged and not corrupt', () => {
    const v = { sensitivity: 'strict', bannerOnCaution: true, highlights: false, language: 'zh-TW', region: 'HK' };
    expect(validateSettings(v)).toEqual({ value: v, corrupt: false });
  });

  it('treats a missing value (first run) as defaults, not corrupt', () => {
    expect(validateSettings(undefined)).toEqual({ value: DEFAULT_SETTINGS, corrupt: false });
    expect(validateSettings(null)).toEqual({ value: DEFAULT_SETTINGS, corrupt: false });
    expect(validateSettings({})).toEqual({ value: DEFAULT_SETTINGS, corrupt: false });
  });

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
  ])('resets %s to defaults and flags it', (_name, input) => {
    expect(validateSettings(input)).toEqual({ value: DEFAULT_SETTINGS, corrupt: true });
  });

  it('keeps the valid fields and resets only the bad ones', () => {
    const r = validateSettings({ sensitivity: 'extreme', bannerOnCaution: 'yes', highlights: false, language: 'fr' });
    expect(r.corrupt).toBe(true);
    expect(r.value).toEqual({ ...DEFAULT_SETTINGS, highlights: false });
  });

  it('drops unknown fields', () => {
    const r = validateSettings({ ...DEFAULT_SETTINGS, evil: '<img onerror=x>' });
    expect(Object.keys(r.value).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });
});

describe('validateDecisions', () => {
  const now = 1_700_000_000_000;

  it('accepts a valid value', () => {
    const d = {
      trustedSites: ['bank.example.com'],
      notScamPages: ['https://a.example/x?y=1'],
      pausedUntil: now + 1000,
      pausedSites: ['news.example'],
    };
    expect(validateDecisions(d, now)).toEqual({ value: d, corrupt: false });
  });

  it('drops invalid, duplicate and non-canonical entries and flags them', () => {
    const r = validateDecisions(
      {
        trustedSites: ['ok.example', 'OK.example', 'not a host', 42, '<script>', 'ok.example'],
        notScamPages: ['javascript:alert(1)', 'https://a.example/p#frag'],
        pausedUntil: now + 10 * 24 * PAUSE_HOUR_MS,
        pausedSites: 'x',
      },
      now,
    );
    expect(r.corrupt).toBe(true);
    expect(r.value.trustedSites).toEqual(['ok.example']);
    expect(r.value.notScamPages).toEqual(['https://a.example/p']);
    expect(r.value.pausedUntil).toBe(0);
    expect(r.value.pausedSites).toEqual([]);
  });

  it('bounds the lists, keeping the newest entries', () => {
    const many = Array.from({ length: MAX_SITES + 20 }, (_, i) => `s${i}.example`);
    const r = validateDecisions({ trustedSites: many }, now);
    expect(r.corrupt).toBe(true);
    expect(r.value.trustedSites).toHaveLength(MAX_SITES);
    expect(r.value.trustedSites.at(-1)).toBe(`s${MAX_SITES + 19}.example`);
    expect(r.value.trustedSites[0]).toBe('s20.example');
  });

  it('resets a non-object to defaults with a flag', () => {
    expect(validateDecisions('{', now)).toEqual({ value: DEFAULT_DECISIONS, corrupt: true });
    expect(validateDecisions(undefined, now)).toEqual({ value: DEFAULT_DECISIONS, corrupt: false });
  });
});

describe('hosts and urls', () => {
  it('normalizes hosts', () => {
    expect(normalizeHost(' Example.COM. ')).toBe('example.com');
    expect(normalizeHost('xn--fiqs8s.example')).toBe('xn--fiqs8s.example');
    expect(normalizeHost('[::1]')).toBe('[::1]');
    expect(normalizeHost('a b')).toBeUndefined();
    expect(normalizeHost('-bad.example')).toBeUndefined();
    expect(normalizeHost('a'.repeat(300))).toBeUndefined();
  });

  it('takes the host of http(s) pages only', () => {
    expect(hostOf('https://WWW.Example.com:8080/a?b#c')).toBe('www.example.com');
    expect(hostOf('chrome://extensions')).toBeUndefined();
    expect(hostOf('file:///tmp/x.html')).toBeUndefined();
    expect(hostOf('not a url')).toBeUndefined();
    expect(hostOf(undefined)).toBeUndefined();
  });

  it('drops the hash of page urls', () => {
    expect(normalizePageUrl('http://a.example/b?c=1#d')).toBe('http://a.example/b?c=1');
    expect(normalizePageUrl('ftp://a.example/')).toBeUndefined();
  });
});

describe('decision updates', () => {
  const now = 1_700_000_000_000;

  it('trusts and untrusts a site', () => {
    const d1 = trustSite(DEFAULT_DECISIONS, 'Bank.Example');
    expect(d1.trustedSites).toEqual(['bank.example']);
    expect(isTrusted(d1, 'bank.example')).toBe(true);
    expect(isProtected(d1, 'bank.example', now)).toBe(false);
    expect(trustSite(d1, 'bank.example').trustedSites).toEqual(['bank.example']);
    const d2 = untrustSite(d1, 'bank.example');
    expect(d2.trustedSites).toEqual([]);
    expect(isProtected(d2, 'bank.example', now)).toBe(true);
    expect(DEFAULT_DECISIONS.trustedSites).toEqual([]);
  });

  it('refuses to trust something that is not a host', () => {
    expect(trustSite(DEFAULT_DECISIONS, 'javascript:alert(1)')).toBe(DEFAULT_DECISIONS);
  });

  it('keeps the trusted list bounded', () => {
    let d = { ...DEFAULT_DECISIONS };
    for (let i = 0; i < MAX_SITES + 5; i++) d = trustSite(d, `h${i}.example`);
    expect(d.trustedSites).toHaveLength(MAX_SITES);
    expect(d.trustedSites.includes('h0.example')).toBe(false);
  });

  it('pauses for an hour, then protection comes back', () => {
    const d = pauseFor(DEFAULT_DECISIONS, now);
    expect(isPaused(d, 'a.example', now + 1000)).toBe(true);
    expect(isPaused(d, 'a.example', now + PAUSE_HOUR_MS + 1)).toBe(false);
    expect(isPaused(resume(d), 'a.example', now + 1000)).toBe(false);
  });

  it('pauses one site only', () => {
    const d = pauseSite(DEFAULT_DECISIONS, 'a.example');
    expect(isPaused(d, 'a.example', now)).toBe(true);
    expect(isPaused(d, 'b.example', now)).toBe(false);
    expect(resume(d, 'a.example').pausedSites).toEqual([]);
  });
});

describe('migrations', () => {
  it('maps the v1 shape to a valid current value', () => {
    const v1 = { sensitivity: 'high', showCaution: true, highlight: false, lang: 'zh_TW' };
    const v = migrate(v1, 1, SETTINGS_VERSION, SETTINGS_MIGRATIONS);
    expect(validateSettings(v)).toEqual({
      value: { sensitivity: 'strict', bannerOnCaution: true, highlights: false, language: 'zh-TW', region: 'auto' },
      corrupt: false,
    });
  });

  it('leaves corrupt v1 data for validation to reset', () => {
    expect(settingsV1toV2('x')).toBe('x');
    const v = migrate({ sensitivity: 9, lang: 'klingon' }, 1, SETTINGS_VERSION, SETTINGS_MIGRATIONS);
    const r = validateSettings(v);
    expect(r.corrupt).toBe(true);
    expect(r.value.language).toBe('auto');
  });

  it('has a migration for every version step', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(typeof SETTINGS_MIGRATIONS[v]).toBe('function');
    expect(DECISIONS_VERSION).toBeGreaterThanOrEqual(1);
  });
});

describe('thresholds', () => {
  it('orders caution below danger, and strict below normal below relaxed', () => {
    for (const t of Object.values(THRESHOLDS)) {
      expect(t.caution).toBeLessThan(t.danger);
      expect(t.caution).toBeGreaterThan(0);
      expect(t.danger).toBeLessThanOrEqual(100);
    }
    expect(THRESHOLDS.strict.danger).toBeLessThan(THRESHOLDS.normal.danger);
    expect(THRESHOLDS.normal.danger).toBeLessThan(THRESHOLDS.relaxed.danger);
    expect(THRESHOLDS.strict.caution).toBeLessThan(THRESHOLDS.normal.caution);
    expect(thresholdsFor('normal')).toEqual(THRESHOLDS.normal);
  });

  it("makes 'normal' the engine's own default", () => {
    expect(THRESHOLDS.normal).toEqual(ENGINE_THRESHOLDS);
  });
});
