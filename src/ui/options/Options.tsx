/**
 * The options page: how easily to warn, banner and highlights, language, where to report, the
 * trusted and paused sites, and clearing stored data. Pure view: data in, callbacks out.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import type { Decisions, LanguageSetting, RegionSetting, Sensitivity, Settings } from '../../settings/schema';
import { REGION_NAME_KEYS } from '../common/labels';

export interface OptionsActions {
  change(patch: Partial<Settings>): void;
  removeTrusted(host: string): void;
  resumeSite(host: string): void;
  clear(): void;
  dismissNotice(): void;
}

export interface OptionsProps {
  settings: Settings;
  decisions: Decisions;
  lang: Lang;
  /** stored data was corrupt and reset */
  notice: boolean;
  status?: string;
  actions: OptionsActions;
}

const SENSITIVITY_KEYS: Record<Sensitivity, string> = {
  relaxed: 'opt_sens_relaxed',
  normal: 'opt_sens_normal',
  strict: 'opt_sens_strict',
};

const LANGUAGE_KEYS: Record<LanguageSetting, string> = {
  auto: 'opt_lang_auto',
  en: 'lang_name_en',
  'zh-CN': 'lang_name_zh_cn',
  'zh-TW': 'lang_name_zh_tw',
};

/** Endonyms are written in their own language, whatever the page's language. */
const LANGUAGE_TAGS: Record<LanguageSetting, string | undefined> = {
  auto: undefined,
  en: 'en',
  'zh-CN': 'zh-Hans',
  'zh-TW': 'zh-Hant',
};

export function Options({ settings, decisions, lang, notice, status, actions }: OptionsProps) {
  const tr = (key: string, ...subs: (string | number)[]) => t(key, lang, ...subs);
  const [confirmClear, setConfirmClear] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmClear) confirmRef.current?.focus?.();
  }, [confirmClear]);

  return (
    <main class="sg-options">
      <h1>{tr('options_title')}</h1>
      <p class="sg-muted">{tr('opt_privacy')}</p>
      {notice ? (
        <div class="sg-notice" role="alert">
          <p>{tr('opt_notice_corrupt')}</p>
          <button type="button" class="sg-btn" onClick={actions.dismissNotice}>
            {tr('btn_dismiss')}
          </button>
        </div>
      ) : null}

      <section class="sg-card">
        <fieldset>
          <legend>
            <h2>{tr('opt_sensitivity')}</h2>
          </legend>
          {(Object.keys(SENSITIVITY_KEYS) as Sensitivity[]).map((s) => (
            <label key={s} class="sg-choice">
              <input
                type="radio"
                name="sensitivity"
                value={s}
                checked={settings.sensitivity === s}
                onChange={() => actions.change({ sensitivity: s })}
              />{' '}
              {tr(SENSITIVITY_KEYS[s])}
            </label>
          ))}
        </fieldset>
      </section>

      <section class="sg-card">
        <label class="sg-choice">
          <input
            type="checkbox"
            name="bannerOnCaution"
            checked={settings.bannerOnCaution}
            onChange={() => actions.change({ bannerOnCaution: !settings.bannerOnCaution })}
          />{' '}
          {tr('opt_banner_caution')}
        </label>
        <label class="sg-choice">
          <input
            type="checkbox"
            name="highlights"
            checked={settings.highlights}
            onChange={() => actions.change({ highlights: !settings.highlights })}
          />{' '}
          {tr('opt_highlights')}
        </label>
      </section>

      <section class="sg-card">
        <label class="sg-field" for="sg-language">
          <h2>{tr('opt_language')}</h2>
        </label>
        <select
          id="sg-language"
          name="language"
          value={settings.language}
          onChange={(e) =>
            actions.change({ language: (e.currentTarget as HTMLSelectElement).value as LanguageSetting })
          }
        >
          {(Object.keys(LANGUAGE_KEYS) as LanguageSetting[]).map((l) => (
            <option key={l} value={l} lang={LANGUAGE_TAGS[l]}>
              {tr(LANGUAGE_KEYS[l])}
            </option>
          ))}
        </select>
      </section>

      <section class="sg-card">
        <label class="sg-field" for="sg-region">
          <h2>{tr('opt_region')}</h2>
        </label>
        <select
          id="sg-region"
          name="region"
          value={settings.region}
          onChange={(e) => actions.change({ region: (e.currentTarget as HTMLSelectElement).value as RegionSetting })}
        >
          <option value="auto">{tr('opt_region_auto')}</option>
          {(Object.keys(REGION_NAME_KEYS) as (keyof typeof REGION_NAME_KEYS)[]).map((r) => (
            <option key={r} value={r}>
              {tr(REGION_NAME_KEYS[r])}
            </option>
          ))}
        </select>
      </section>

      <section class="sg-card" aria-labelledby="sg-trusted-title">
        <h2 id="sg-trusted-title">{tr('opt_trusted_title')}</h2>
        <p class="sg-muted">{tr('opt_trusted_desc')}</p>
        {decisions.trustedSites.length === 0 ? (
          <p>{tr('opt_trusted_empty')}</p>
        ) : (
          <ul class="sg-sites" data-list="trusted">
            {decisions.trustedSites.map((h) => (
              <li key={h}>
                <bdi>{h}</bdi>{' '}
                <button
                  type="button"
                  class="sg-btn"
                  aria-label={tr('btn_remove_site', h)}
                  onClick={() => actions.removeTrusted(h)}
                >
                  {tr('btn_remove_site', '').trim()}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {decisions.pausedSites.length > 0 ? (
        <section class="sg-card" aria-labelledby="sg-paused-title">
          <h2 id="sg-paused-title">{tr('opt_paused_title')}</h2>
          <ul class="sg-sites" data-list="paused">
            {decisions.pausedSites.map((h) => (
              <li key={h}>
                <bdi>{h}</bdi>{' '}
                <button type="button" class="sg-btn" onClick={() => actions.resumeSite(h)}>
                  {tr('btn_resume_site', h)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="sg-card" aria-labelledby="sg-clear-title">
        <h2 id="sg-clear-title">{tr('opt_clear_title')}</h2>
        <p class="sg-muted">{tr('opt_clear_desc')}</p>
        {confirmClear ? (
          <div class="sg-confirm">
            <p id="sg-clear-confirm">{tr('opt_clear_confirm')}</p>
            <div class="sg-row">
              <button
                type="button"
                class="sg-btn sg-btn-danger"
                ref={confirmRef}
                onClick={() => {
                  setConfirmClear(false);
                  actions.clear();
                }}
              >
                {tr('btn_clear_confirm')}
              </button>
              <button type="button" class="sg-btn" onClick={() => setConfirmClear(false)}>
                {tr('btn_cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" class="sg-btn" onClick={() => setConfirmClear(true)}>
            {tr('btn_clear')}
          </button>
        )}
      </section>

      <p class="sg-status" role="status" aria-live="polite">
        {status ?? ''}
      </p>
    </main>
  );
}
