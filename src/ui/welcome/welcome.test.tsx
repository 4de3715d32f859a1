import { afterEach, describe, expect, it } from 'vitest';
import { type Lang, t } from '../../i18n';
import { click, type Rendered, rawKeys, renderInto, unnamedControls } from '../common/testing';
import { Welcome } from './Welcome';

let r: Rendered | undefined;
afterEach(() => {
  r?.cleanup();
  r = undefined;
});

describe('welcome page', () => {
  it.each(['en', 'zh-CN', 'zh-TW'] as Lang[])('says what it does and does not do, in %s', (lang) => {
    let opened = 0;
    r = renderInto(<Welcome lang={lang} demoUrl="/demo.html" openOptions={() => opened++} />);
    const text = r.text();
    for (const key of ['welcome_title', 'welcome_doesnt_1', 'welcome_permission_title', 'welcome_permission_body']) {
      expect(text).toContain(t(key, lang));
    }
    expect(rawKeys(text)).toEqual([]);
    expect(unnamedControls(r.root)).toEqual([]);
    expect(r.root.querySelector('a[data-action="demo"]')?.getAttribute('href')).toBe('/demo.html');
    click(r.root.querySelector('button') ?? undefined);
    expect(opened).toBe(1);
  });
  it.each(['en', 'zh-CN', 'zh-TW'] as Lang[])(
    'tells a relative setting it up which settings to choose, by their names in the settings page, in %s',
    (lang) => {
      r = renderInto(<Welcome lang={lang} demoUrl="/demo.html" openOptions={() => undefined} />);
      const family = r.root.querySelector('[aria-labelledby="sg-family"]');
      expect(family?.querySelectorAll('li').length).toBe(4);
      const text = family?.textContent ?? '';
      expect(text).toContain(t('opt_region', lang));
      expect(text).toContain(t('opt_banner_caution', lang));
    },
  );
});
