/**
 * The in-page warning (rendered by the content script into a closed shadow root). Page text (handle
 * values, evidence excerpts) appears only as JSX text, i.e. text nodes, never as markup. Buttons act
 * only on trusted (real) events: a page can dispatch synthetic clicks but cannot make them trusted.
 */
import { Component, createRef } from 'preact';
import { htmlLang, type Lang } from '../../i18n';
import type { Evidence, PageReport } from '../../report/types';
import { excerpt } from '../common/excerpt';
import { signedPoints } from '../common/labels';
import { commentsOnly } from '../common/verdict';
import { type AdviceRegion, adviceKey, reportKey, schemeKey } from './advice';
import { t } from './strings';
import { foundLine } from './summary';

export interface BannerProps {
  report: PageReport;
  lang: Lang;
  region: AdviceRegion;
  onShowMe(): void;
  onClose(): void;
  onTrust(): void;
  onNotScam(): void;
}

/** evidence rows shown in the Why panel before "+N more" */
export const MAX_WHY_ROWS = 12;
const MAX_EXCERPT = 80;

/** A translated evidence line; an engine key this build cannot translate yet reads as a plain phrase. */
export function evidenceLabel(e: Pick<Evidence, 'message' | 'signal'>, lang: Lang): string {
  const known = /^[a-z0-9_]+$/.test(e.message) ? t(e.message, lang) : '';
  if (known) return known;
  const name = (e.signal || e.message)
    .replace(/^ev_/, '')
    .replace(/[^a-zA-Z0-9]+/g, ' ')
    .trim();
  return t('banner_unknown_sign', lang, name);
}

/** wrap a handler so it runs only for events the reader caused */
function trusted<E extends Event>(fn: (e: E) => void) {
  return (e: E) => {
    if (!e.isTrusted) return;
    fn(e);
  };
}

/** A class component: the content script's bundle carries no hooks runtime. */
export class Banner extends Component<BannerProps, { why: boolean }> {
  override state = { why: false };
  private readonly whyButton = createRef<HTMLButtonElement>();

  override render() {
    return this.view(this.props, this.state.why);
  }

  private view(p: BannerProps, why: boolean) {
    const setWhy = (v: boolean) => this.setState({ why: v });
    const whyButton = this.whyButton;
    const { report, lang } = p;
    const level = report.level === 'danger' ? 'danger' : 'caution';
    const evidence = [...report.evidence].sort((a, b) => b.weight - a.weight);
    const shown = evidence.slice(0, MAX_WHY_ROWS);
    const onKeyDown = trusted((e: KeyboardEvent) => {
      if (e.key === 'Escape' && why) {
        e.stopPropagation();
        setWhy(false);
        whyButton.current?.focus?.();
      }
    });
    return (
      <section
        class={`sg-banner sg-${level}`}
        aria-label={t('banner_label', lang)}
        lang={htmlLang(lang)}
        onKeyDown={onKeyDown}
      >
        <div class="sg-main">
          <div class="sg-icon" aria-hidden="true">
            !
          </div>
          <div class="sg-text">
            <p class="sg-title" role="alert">
              <strong>{t(`banner_title_${level}${commentsOnly(report) ? '_comments' : ''}`, lang)}</strong>{' '}
              <span class="sg-found">{foundLine(report, lang)}</span>
            </p>
            <p class="sg-scheme">{t(schemeKey(report.kind), lang)}</p>
            <p class="sg-advice">{t(adviceKey(report.kind), lang)}</p>
            <p class="sg-report">{t(reportKey(p.region), lang)}</p>
          </div>
          <button
            type="button"
            class="sg-close"
            aria-label={t('banner_close', lang)}
            title={t('banner_close', lang)}
            onClick={trusted(() => p.onClose())}
          >
            ×
          </button>
        </div>
        <div class="sg-actions">
          <button
            type="button"
            class="sg-btn sg-primary"
            onClick={trusted(() => {
              // the page is what the reader wants to see now: fold the details so the banner covers less of it
              setWhy(false);
              p.onShowMe();
            })}
          >
            {t('banner_show_me', lang)}
          </button>
          <button
            type="button"
            class="sg-btn"
            ref={whyButton}
            aria-expanded={why ? 'true' : 'false'}
            aria-controls="sg-why"
            onClick={trusted(() => setWhy(!why))}
          >
            {t(why ? 'banner_hide_why' : 'banner_why', lang)}
          </button>
          <span class="sg-spacer" />
          <button
            type="button"
            class="sg-btn sg-quiet"
            title={t('banner_confirm_note', lang)}
            onClick={trusted(() => p.onTrust())}
          >
            {t('banner_trust', lang)}
          </button>
          <button
            type="button"
            class="sg-btn sg-quiet"
            title={t('banner_confirm_note', lang)}
            onClick={trusted(() => p.onNotScam())}
          >
            {t('banner_not_scam', lang)}
          </button>
        </div>
        {why && (
          <div class="sg-why" id="sg-why">
            <h2>{t('banner_why_title', lang, Math.round(report.score))}</h2>
            <ul>
              {shown.map((e, i) => (
                <li key={`${e.signal}-${i}`}>
                  <span class="sg-w">{t('banner_weight', lang, signedPoints(e.weight))}</span> {evidenceLabel(e, lang)}
                  {e.text ? (
                    <>
                      {' '}
                      <q>{excerpt(e.text, MAX_EXCERPT)}</q>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            {evidence.length > shown.length && <p class="sg-more">+{evidence.length - shown.length}</p>}
          </div>
        )}
      </section>
    );
  }
}
