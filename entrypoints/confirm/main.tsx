/**
 * The confirmation page: the reader confirms "Trust this site" / "Not a scam" here, in an extension
 * page the web page cannot script, frame or click into. What is confirmed (host, page) was fixed by the
 * background from the sending tab's URL; this page only shows it and answers yes or no.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { getSettings } from '../../src/ext/storage';
import { htmlLang, type Lang, pickLang, t } from '../../src/i18n';
import type { PendingConfirm } from '../../src/messages';
import './style.css';

type Phase = 'loading' | 'ask' | 'done' | 'kept' | 'expired';

function App({ token, lang: fallback }: { token: string; lang: Lang }) {
  const [phase, setPhase] = useState<Phase>('loading');
  const [p, setP] = useState<PendingConfirm | null>(null);
  // the language of the banner the reader clicked, else the reader's setting or the browser's
  const lang = p?.lang ?? fallback;
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
    document.title = `ShillGuard — ${t('banner_label', lang)}`;
  }, [lang]);
  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'ui:get-confirm', token })
      .then((r) => {
        setP((r as PendingConfirm | null) ?? null);
        setPhase(r ? 'ask' : 'expired');
      })
      .catch(() => setPhase('expired'));
  }, [token]);
  const answer = (accept: boolean) => (e: MouseEvent) => {
    if (!e.isTrusted) return;
    browser.runtime
      .sendMessage({ type: 'ui:answer-confirm', token, accept })
      .then((ok) => setPhase(ok ? (accept ? 'done' : 'kept') : 'expired'))
      .catch(() => setPhase('expired'));
  };
  if (phase === 'loading') return null;
  if (phase !== 'ask' || !p) {
    return (
      <main>
        <p class="note" role="status">
          {t(phase === 'done' ? 'confirm_done' : phase === 'kept' ? 'confirm_kept' : 'confirm_expired', lang)}
        </p>
      </main>
    );
  }
  const trust = p.action === 'trust-site';
  return (
    <main>
      <h1>{t(trust ? 'confirm_title_trust' : 'confirm_title_not_scam', lang)}</h1>
      <p class="body">{t(trust ? 'confirm_body_trust' : 'confirm_body_not_scam', lang, trust ? p.host : p.page)}</p>
      {p.summary && <p class="found">{t('confirm_found', lang, p.summary)}</p>}
      <div class="actions">
        <button type="button" class="keep" onClick={answer(false)}>
          {t('confirm_no', lang)}
        </button>
        <button type="button" class="yes" onClick={answer(true)}>
          {t('confirm_yes', lang)}
        </button>
      </div>
    </main>
  );
}

async function main() {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const settings = await getSettings().catch(() => undefined);
  const lang = pickLang(settings?.language, navigator.language || browser.i18n.getUILanguage());
  const root = document.getElementById('app');
  if (root) render(<App token={token} lang={lang} />, root);
}

void main();
