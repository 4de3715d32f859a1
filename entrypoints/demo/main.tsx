/**
 * The bundled sample page. Content scripts do not run on extension pages, so this page does what the
 * content script does: copy the sample for the reader's language into the page, scan it with the same
 * engine, and show the same banner (in a closed shadow root, like on a web page). The demo's own note
 * sits in a shadow root too, so the engine reads the sample only.
 */
import { render } from 'preact';
import { createScanSession } from '../../src/engine/session';
import { browserLanguage, langFor } from '../../src/ext/lang';
import { getSettings } from '../../src/ext/storage';
import { CATALOGS, htmlLang, type Lang, t } from '../../src/i18n';
import { pickRegion } from '../../src/ui/banner/advice';
import { Banner } from '../../src/ui/banner/Banner';
import { installStrings, pickStrings } from '../../src/ui/banner/strings';
import { BANNER_CSS } from '../../src/ui/banner/styles';
import { LEVEL_KEYS } from '../../src/ui/common/labels';
import { applyPalette, setPageLang } from '../../src/ui/common/page';
import { paletteCss } from '../../src/ui/common/palette';
import { createHighlighter } from '../../src/ui/highlight/highlight';
import { reveal } from '../../src/ui/highlight/reveal';
import './demo.css';

const NOTE_CSS = `
.note { font: 15px/1.5 system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; margin: 16px auto; max-width: 44rem;
  padding: 10px 14px; border-radius: 8px; background: var(--sg-notice-bg); color: var(--sg-notice-text); }
.note p { margin: 0 0 4px; }
`;

function mountNote(lang: Lang, level: string): void {
  const host = document.createElement('shillguard-demo-note');
  document.body.prepend(host);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${paletteCss().replace(':root', ':host')}${NOTE_CSS}`;
  root.append(style);
  const box = document.createElement('div');
  root.append(box);
  render(
    <div class="note" lang={htmlLang(lang)} role="note">
      <p>{t('demo_note', lang)}</p>
      <p>
        <strong>{t('demo_result', lang, level)}</strong>
      </p>
    </div>,
    box,
  );
}

async function main() {
  applyPalette(document);
  const settings = await getSettings();
  const lang = langFor(settings.language);
  setPageLang(document, lang, 'demo_title');

  const tpl = document.getElementById(`sample-${lang}`) as HTMLTemplateElement | null;
  if (!tpl) return;
  const sampleLang = tpl.dataset.lang ?? htmlLang(lang);
  const sample = document.createElement('div');
  sample.className = 'sample';
  sample.append(tpl.content.cloneNode(true));
  for (const el of document.querySelectorAll('template')) el.remove();
  document.body.prepend(sample);
  document.documentElement.lang = sampleLang;

  const session = createScanSession(document, { source: location.href });
  while (!session.step(performance.now() + 50)) {
    await new Promise((r) => setTimeout(r, 0));
  }
  const report = session.report();
  mountNote(lang, t(LEVEL_KEYS[report.level], lang));
  if (report.level === 'safe') return;

  // the banner reads its strings from what the content script installs; here, from the page's own catalogues
  installStrings('en', pickStrings(CATALOGS.en));
  installStrings(lang, pickStrings(CATALOGS[lang]));
  const highlighter = createHighlighter(document, {
    thread: t('highlight_tip_thread', lang),
    handle: t('highlight_tip_handle', lang),
  });
  const host = document.createElement('shillguard-banner');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = BANNER_CSS;
  const container = document.createElement('div');
  shadow.append(style, container);
  const close = () => {
    render(null, container);
    host.remove();
    document.body.style.paddingTop = '';
  };
  render(
    <Banner
      report={report}
      lang={lang}
      region={pickRegion(settings.region, { pageLang: sampleLang, browserLang: browserLanguage() })}
      onShowMe={() => {
        const first = highlighter.show(report);
        // after the banner folds its details: then it covers what it will cover
        if (first)
          requestAnimationFrame(() =>
            reveal(first, shadow.querySelector('.sg-banner')?.getBoundingClientRect().bottom ?? 0, innerHeight, false),
          );
      }}
      onClose={close}
      onTrust={close}
      onNotScam={close}
    />,
    container,
  );
  // keep the sample's top visible under the fixed banner
  const banner = shadow.querySelector('.sg-banner');
  if (banner) {
    const pad = () => {
      document.body.style.paddingTop = `${(banner as HTMLElement).offsetHeight}px`;
    };
    pad();
    new ResizeObserver(pad).observe(banner);
  }
}

void main();
