import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../engine/scan';
import { LANGS } from '../../i18n';

// The bundled demo page (entrypoints/demo/index.html) holds one made-up sample per UI language; the
// page scans the reader's sample with the engine and shows the banner. Each must read as a scam.
const html = readFileSync(resolve(__dirname, '../../../entrypoints/demo/index.html'), 'utf8');

function sample(lang: string): { pageLang: string; body: string } | undefined {
  const m = new RegExp(`<template id="sample-${lang}" data-lang="([^"]+)">([\\s\\S]*?)</template>`).exec(html);
  return m ? { pageLang: m[1] as string, body: m[2] as string } : undefined;
}

describe('demo page samples', () => {
  it.each([...LANGS])('has a %s sample the engine rates danger', (lang) => {
    const s = sample(lang);
    expect(s).toBeDefined();
    const r = scanHtml(`<html lang="${s?.pageLang}"><head><title>demo</title></head><body>${s?.body}</body></html>`);
    expect(r.level).toBe('danger');
    expect(r.handles.some((h) => h.suspect)).toBe(true);
    expect(r.threads.some((th) => th.planted)).toBe(true);
  });

  it('carries no script or handler inside the samples', () => {
    for (const lang of LANGS) expect(sample(lang)?.body).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
  });
});
