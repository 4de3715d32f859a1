import { render } from 'preact';
import { currentLang } from '../../src/ext/lang';
import { applyPalette, setPageLang } from '../../src/ui/common/page';
import { Welcome } from '../../src/ui/welcome/Welcome';
import '../../src/ui/common/base.css';
import '../../src/ui/welcome/welcome.css';

async function main() {
  applyPalette(document);
  const lang = await currentLang();
  setPageLang(document, lang, 'welcome_title');
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <Welcome
      lang={lang}
      demoUrl={browser.runtime.getURL('/demo.html')}
      openOptions={() => void browser.runtime.openOptionsPage()}
    />,
    root,
  );
}

void main();
