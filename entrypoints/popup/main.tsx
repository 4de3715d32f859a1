import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browserLanguage, langFor } from '../../src/ext/lang';
import { download, loadView, type PopupTab, targetTab } from '../../src/ext/popup';
import { getSettings, updateDecisions, watchDecisions, watchSettings } from '../../src/ext/storage';
import { type Lang, t } from '../../src/i18n';
import { pauseFor, pauseSite, resume, trustSite, untrustSite } from '../../src/settings';
import type { RegionSetting } from '../../src/settings/schema';
import { pickRegion } from '../../src/ui/banner/advice';
import { reportLetter } from '../../src/ui/common/letter';
import { applyPalette, setPageLang } from '../../src/ui/common/page';
import { exportFileName, exportJson, type PopupView } from '../../src/ui/popup/model';
import { Popup } from '../../src/ui/popup/Popup';
import '../../src/ui/common/base.css';
import '../../src/ui/popup/popup.css';

function App({
  tab,
  initialLang,
  initialRegion,
}: {
  tab: PopupTab | undefined;
  initialLang: Lang;
  initialRegion: RegionSetting;
}) {
  const [lang, setLang] = useState(initialLang);
  const [region, setRegion] = useState(initialRegion);
  const [view, setView] = useState<PopupView>({ kind: 'scanning' });
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    const refresh = () => void loadView(tab).then((v) => live && setView(v));
    refresh();
    const offD = watchDecisions(refresh);
    const offS = watchSettings((s) => {
      setLang(langFor(s.language));
      setRegion(s.region);
    });
    // a scan in progress: look again shortly
    const timer = setInterval(() => {
      if (view.kind === 'scanning' || view.kind === 'no-result') refresh();
    }, 1000);
    return () => {
      live = false;
      offD();
      offS();
      clearInterval(timer);
    };
  }, [tab, view.kind]);

  useEffect(() => setPageLang(document, lang, 'extName'), [lang]);

  const host = view.kind === 'result' ? view.host : '';
  const actions = {
    highlight: () => {
      if (!tab) return;
      void browser.runtime
        .sendMessage({ type: 'ui:highlight', tabId: tab.id })
        .then(() => setStatus(t('popup_highlighted', lang)));
    },
    exportReport: () => {
      if (view.kind !== 'result') return;
      download(document, exportFileName(host || 'page', new Date()), exportJson(view.report, tab?.url));
      setStatus(t('popup_exported', lang));
    },
    exportLetter: () => {
      if (view.kind !== 'result') return;
      const now = new Date();
      const letter = reportLetter(view.report, {
        lang,
        region: pickRegion(region, { pageLang: view.report.lang, host, browserLang: browserLanguage() }),
        url: tab?.url,
        seenAt: now.toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' }),
      });
      download(document, exportFileName(host || 'page', now, 'txt'), letter);
      setStatus(t('popup_letter_saved', lang));
    },
    trust: () => void updateDecisions((d) => trustSite(d, host)),
    untrust: () => void updateDecisions((d) => untrustSite(d, host)),
    pauseHour: () => void updateDecisions((d) => pauseFor(d, Date.now())),
    pauseSite: () => void updateDecisions((d) => pauseSite(d, host)),
    resume: () => void updateDecisions((d) => resume(d, host)),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
  return (
    <Popup
      view={view}
      lang={lang}
      actions={actions}
      status={status}
      formatTime={(ms) => new Date(ms).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' })}
    />
  );
}

async function main() {
  applyPalette(document);
  const [tab, settings] = await Promise.all([targetTab(), getSettings()]);
  const lang = langFor(settings.language);
  setPageLang(document, lang, 'extName');
  const root = document.getElementById('app');
  if (root) render(<App tab={tab} initialLang={lang} initialRegion={settings.region} />, root);
}

void main();
