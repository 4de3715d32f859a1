import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { langFor } from '../../src/ext/lang';
import {
  clearStoredData,
  getDecisions,
  getSettings,
  setSettings,
  storageNoticeItem,
  updateDecisions,
  watchDecisions,
  watchSettings,
} from '../../src/ext/storage';
import { t } from '../../src/i18n';
import { type Decisions, resume, type Settings, untrustSite } from '../../src/settings';
import { applyPalette, setPageLang } from '../../src/ui/common/page';
import { Options } from '../../src/ui/options/Options';
import '../../src/ui/common/base.css';
import '../../src/ui/options/options.css';

function App(props: { settings: Settings; decisions: Decisions; notice: boolean }) {
  const [settings, setS] = useState(props.settings);
  const [decisions, setD] = useState(props.decisions);
  const [notice, setNotice] = useState(props.notice);
  const [status, setStatus] = useState('');
  const lang = langFor(settings.language);

  useEffect(() => {
    const offS = watchSettings(setS);
    const offD = watchDecisions(setD);
    const offN = storageNoticeItem.watch((v) => setNotice(v === true));
    return () => {
      offS();
      offD();
      offN();
    };
  }, []);
  useEffect(() => setPageLang(document, lang, 'options_title'), [lang]);

  const saved = (key: string) => setStatus(t(key, langFor(settings.language)));
  return (
    <Options
      settings={settings}
      decisions={decisions}
      lang={lang}
      notice={notice}
      status={status}
      actions={{
        change: (patch) =>
          void setSettings(patch).then((s) => {
            setS(s);
            setStatus(t('opt_saved', langFor(s.language)));
          }),
        removeTrusted: (h) => void updateDecisions((d) => untrustSite(d, h)).then(setD),
        resumeSite: (h) => void updateDecisions((d) => resume(d, h)).then(setD),
        clear: () =>
          void clearStoredData().then(async () => {
            setS(await getSettings());
            setD(await getDecisions());
            setNotice(false);
            saved('opt_cleared');
          }),
        dismissNotice: () => void storageNoticeItem.setValue(false).then(() => setNotice(false)),
      }}
    />
  );
}

async function main() {
  applyPalette(document);
  // reading validates: a corrupt value is reset here and raises the notice
  const [settings, decisions] = await Promise.all([getSettings(), getDecisions()]);
  const notice = await storageNoticeItem.getValue();
  setPageLang(document, langFor(settings.language), 'options_title');
  const root = document.getElementById('app');
  if (root) render(<App settings={settings} decisions={decisions} notice={notice} />, root);
}

void main();
