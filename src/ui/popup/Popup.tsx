/**
 * The toolbar popup: the active tab's result and what the reader can do about it.
 * Pure view: data in (`PopupView`), callbacks out; the container does the browser calls.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { scoreCap } from '../../engine/sides';
import { type Lang, t, tOr } from '../../i18n';
import type { Handle, PageReport, Thread } from '../../report/types';
import { HANDLE_KIND_KEYS, KIND_KEYS, LEVEL_DESC_KEYS, LEVEL_KEYS, signedPoints, WHERE_KEYS } from '../common/labels';
import { shownValue } from '../common/shown';
import { commentsOnly } from '../common/verdict';
import type { PopupView, UnsupportedReason } from './model';

export interface PopupActions {
  highlight(): void;
  exportReport(): void;
  /** the plain-text report a reader can send to a hotline or complaint form */
  exportLetter(): void;
  trust(): void;
  untrust(): void;
  pauseHour(): void;
  pauseSite(): void;
  resume(): void;
  openOptions(): void;
}

export interface PopupProps {
  view: PopupView;
  lang: Lang;
  actions: PopupActions;
  /** a one-line status after an action ("Report saved"), announced politely */
  status?: string;
  /** for the paused-until time */
  formatTime?: (ms: number) => string;
}

/** How many items of each list the popup shows (the export has them all); the actions come first. */
export const MAX_HANDLES_SHOWN = 8;
export const MAX_EVIDENCE_SHOWN = 3;
export const MAX_AUTHORS_SHOWN = 6;

const UNSUPPORTED_DESC: Record<UnsupportedReason, string> = {
  browser: 'state_unsupported_desc',
  store: 'state_unsupported_desc',
  pdf: 'state_unsupported_desc',
  extension: 'state_unsupported_desc',
  file: 'state_file_desc',
};

export function Popup({ view, lang, actions, status, formatTime }: PopupProps) {
  const tr = (key: string, ...subs: (string | number)[]) => t(key, lang, ...subs);
  return (
    <div class="sg-popup">
      <header class="sg-popup-head">
        <h1>{tr('extName')}</h1>
        <button type="button" class="sg-btn" onClick={actions.openOptions}>
          {tr('btn_options')}
        </button>
      </header>
      <main>
        <Body view={view} lang={lang} actions={actions} formatTime={formatTime} />
      </main>
      <p class="sg-status" role="status" aria-live="polite">
        {status ?? ''}
      </p>
    </div>
  );
}

function Body({ view, lang, actions, formatTime }: Omit<PopupProps, 'status'>) {
  const tr = (key: string, ...subs: (string | number)[]) => t(key, lang, ...subs);
  switch (view.kind) {
    case 'unsupported':
      return (
        <section class="sg-card" data-state="unsupported">
          <h2>{tr('state_unsupported_title')}</h2>
          <p>{tr(UNSUPPORTED_DESC[view.reason])}</p>
        </section>
      );
    case 'scanning':
      return (
        <section class="sg-card" data-state="scanning" aria-busy="true">
          <p>{tr('state_scanning')}</p>
        </section>
      );
    case 'no-result':
      return (
        <section class="sg-card" data-state="no-result">
          <p>{tr('state_no_result')}</p>
        </section>
      );
    case 'error':
      return (
        <section class="sg-card" data-state="error" role="alert">
          <p>{tr('state_error')}</p>
        </section>
      );
    case 'result':
      return <Result view={view} lang={lang} actions={actions} formatTime={formatTime} />;
  }
}

type ResultView = Extract<PopupView, { kind: 'result' }>;

function Result({
  view,
  lang,
  actions,
  formatTime,
}: {
  view: ResultView;
  lang: Lang;
  actions: PopupActions;
  formatTime?: (ms: number) => string;
}) {
  const tr = (key: string, ...subs: (string | number)[]) => t(key, lang, ...subs);
  const r = view.report;
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus?.();
  }, [confirming]);
  const paused = view.pausedUntil > 0 || view.pausedSite;
  const planted = r.threads.filter((th) => th.planted);
  const hasMarks = r.evidence.length > 0 || planted.length > 0 || r.handles.some((h) => h.suspect);
  return (
    <div data-state="result" data-level={r.level}>
      <section class={`sg-card sg-level sg-level-${r.level}`} aria-labelledby="sg-level-title">
        <h2 id="sg-level-title">{tr(LEVEL_KEYS[r.level])}</h2>
        <p>
          {tr(
            r.level !== 'safe' && commentsOnly(r) ? `${LEVEL_DESC_KEYS[r.level]}_comments` : LEVEL_DESC_KEYS[r.level],
          )}
        </p>
        <p class="sg-score">{tr('score_label', Math.round(r.score))}</p>
        {r.kind && r.level !== 'safe' ? <p class="sg-kind">{tr('kind_label', tr(KIND_KEYS[r.kind]))}</p> : null}
      </section>

      {view.trusted ? <p class="sg-notice">{tr('popup_trusted_note', view.host)}</p> : null}
      {view.pausedUntil > 0 ? (
        <p class="sg-notice">
          {tr(
            'popup_paused_until',
            formatTime ? formatTime(view.pausedUntil) : new Date(view.pausedUntil).toLocaleTimeString(),
          )}
        </p>
      ) : null}
      {view.pausedSite ? <p class="sg-notice">{tr('popup_paused_site', view.host)}</p> : null}

      <section class="sg-actions" aria-label={tr('popup_actions_label')}>
        <div class="sg-row">
          {hasMarks ? (
            <button type="button" class="sg-btn" onClick={actions.highlight}>
              {tr('btn_highlight')}
            </button>
          ) : null}
          {r.level !== 'safe' ? (
            <button type="button" class="sg-btn" onClick={actions.exportLetter}>
              {tr('btn_export_letter')}
            </button>
          ) : null}
          <button type="button" class="sg-btn" onClick={actions.exportReport}>
            {tr('btn_export')}
          </button>
        </div>
        {!view.host ? null : confirming ? (
          <fieldset
            class="sg-confirm sg-card"
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setConfirming(false);
              }
            }}
          >
            <legend id="sg-confirm-text">{tr('popup_trust_confirm', view.host)}</legend>
            <div class="sg-row">
              <button
                type="button"
                class="sg-btn sg-btn-primary"
                ref={confirmRef}
                onClick={() => {
                  setConfirming(false);
                  actions.trust();
                }}
              >
                {tr('btn_confirm')}
              </button>
              <button type="button" class="sg-btn" onClick={() => setConfirming(false)}>
                {tr('btn_cancel')}
              </button>
            </div>
          </fieldset>
        ) : (
          <div class="sg-row">
            {view.trusted ? (
              <button type="button" class="sg-btn" onClick={actions.untrust}>
                {tr('btn_untrust')}
              </button>
            ) : (
              <button type="button" class="sg-btn" onClick={() => setConfirming(true)}>
                {tr('btn_trust')}
              </button>
            )}
          </div>
        )}
        <div class="sg-row" hidden={!view.host}>
          {paused ? (
            <button type="button" class="sg-btn" onClick={actions.resume}>
              {tr('btn_resume')}
            </button>
          ) : (
            <>
              <button type="button" class="sg-btn" onClick={actions.pauseHour}>
                {tr('btn_pause_hour')}
              </button>
              <button type="button" class="sg-btn" onClick={actions.pauseSite}>
                {tr('btn_pause_site')}
              </button>
            </>
          )}
        </div>
      </section>

      <Handles handles={r.handles} lang={lang} />
      {planted.length > 0 ? <Threads threads={planted} lang={lang} /> : null}
      {r.evidence.length > 0 ? <EvidenceList report={r} lang={lang} /> : null}
    </div>
  );
}

function Handles({ handles, lang }: { handles: Handle[]; lang: Lang }) {
  const tr = (key: string, ...subs: (string | number)[]) => t(key, lang, ...subs);
  const sorted = [...handles].sort((a, b) => Number(b.suspect) - Number(a.suspect) || b.count - a.count);
  return (
    <section class="sg-handles" aria-labelledby="sg-handles-title">
      <h2 id="sg-handles-title">{tr('popup_handles_title')}</h2>
      {sorted.length === 0 ? (
        <p class="sg-muted">{tr('popup_handles_none')}</p>
      ) : (
        <ul class="sg-list">
          {sorted.slice(0, MAX_HANDLES_SHOWN).map((h) => (
            <li key={`${h.kind}:${h.value}`} data-suspect={String(h.suspect)}>
              <span class="sg-handle-kind">{tr(HANDLE_KIND_KEYS[h.kind])}</span>{' '}
              <bdi class="sg-handle-value">{shownValue(h)}</bdi>{' '}
              <span class={h.suspect ? 'sg-tag sg-tag-suspect' : 'sg-tag'}>
                {h.suspect ? tr('popup_handle_suspect') : tr('popup_handle_not_suspect')}
              </span>
              {h.regions.length > 0 ? (
                <span class="sg-muted sg-handle-where">
                  {' '}
                  {tr('popup_handle_where', h.regions.map((r) => tr(WHERE_KEYS[r])).join(lang === 'en' ? ', ' : '、'))}
                </span>
              ) : null}
              {!h.suspect && h.why ? (
                <span class="sg-muted sg-handle-why"> ({tOr(h.why, 'why_unknown', lang)})</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Threads({ threads, lang }: { threads: Thread[]; lang: Lang }) {
  const tr = (key: string, ...subs: (string | number)[]) => t(key, lang, ...subs);
  return (
    <section class="sg-threads" aria-labelledby="sg-threads-title">
      <h2 id="sg-threads-title">{tr('popup_thread_title')}</h2>
      <ul class="sg-list">
        {threads.map((th) => (
          <li key={th.selector}>
            <p>{tr('popup_thread_summary', th.comments, th.authors.length)}</p>
            {th.authors.length > 0 ? (
              <p class="sg-muted">
                {tr(
                  'popup_thread_authors',
                  th.authors.slice(0, MAX_AUTHORS_SHOWN).join(lang === 'en' ? ', ' : '、') +
                    (th.authors.length > MAX_AUTHORS_SHOWN ? '…' : ''),
                )}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EvidenceList({ report, lang }: { report: Pick<PageReport, 'score' | 'evidence'>; lang: Lang }) {
  const tr = (key: string, ...subs: (string | number)[]) => t(key, lang, ...subs);
  const sorted = [...report.evidence].sort((a, b) => b.weight - a.weight);
  // the heaviest evidence, and points taken off (the text model on honest wording) whatever their place: a reader
  // who sees why a page scores low is told so
  const top = [
    ...sorted.filter((e) => e.weight >= 0).slice(0, MAX_EVIDENCE_SHOWN),
    ...sorted.filter((e) => e.weight < 0),
  ];
  // the points listed can add up to more than the score: say which cap held it, so the list reads true
  const cap = scoreCap(report);
  return (
    <section class="sg-evidence" aria-labelledby="sg-evidence-title">
      <h2 id="sg-evidence-title">{tr('popup_evidence_title')}</h2>
      <ul class="sg-list">
        {top.map((e, i) => (
          <li key={`${e.signal}:${i}`}>
            <span>{tOr(e.message, 'ev_unknown', lang)}</span>{' '}
            <span class="sg-muted sg-weight">{tr('popup_evidence_weight', signedPoints(e.weight))}</span>
          </li>
        ))}
      </ul>
      {cap ? <p class="sg-muted sg-cap">{tr(`cap_${cap.reason}`, Math.round(report.score), cap.points)}</p> : null}
    </section>
  );
}

export type { PageReport };
