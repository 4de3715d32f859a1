/**
 * The first-run page: what ShillGuard does and does not do, why it asks to read pages, a sample page
 * that shows the banner, where the settings are, and how to set it up for a parent or a relative. Pure view.
 */
import { type Lang, t } from '../../i18n';

export interface WelcomeProps {
  lang: Lang;
  /** URL of the bundled sample page */
  demoUrl: string;
  openOptions(): void;
}

export function Welcome({ lang, demoUrl, openOptions }: WelcomeProps) {
  const tr = (key: string) => t(key, lang);
  return (
    <main class="sg-welcome">
      <header class="sg-welcome-head">
        <img src="/icon/128.png" width={64} height={64} alt="" />
        <h1>{tr('welcome_title')}</h1>
      </header>
      <p class="sg-lead">{tr('welcome_intro')}</p>

      <section class="sg-card" aria-labelledby="sg-does">
        <h2 id="sg-does">{tr('welcome_does_title')}</h2>
        <ul>
          <li>{tr('welcome_does_1')}</li>
          <li>{tr('welcome_does_2')}</li>
          <li>{tr('welcome_does_3')}</li>
        </ul>
      </section>

      <section class="sg-card" aria-labelledby="sg-doesnt">
        <h2 id="sg-doesnt">{tr('welcome_doesnt_title')}</h2>
        <ul>
          <li>{tr('welcome_doesnt_1')}</li>
          <li>{tr('welcome_doesnt_2')}</li>
          <li>{tr('welcome_doesnt_3')}</li>
        </ul>
      </section>

      <section class="sg-card" aria-labelledby="sg-why-read">
        <h2 id="sg-why-read">{tr('welcome_permission_title')}</h2>
        <p>{tr('welcome_permission_body')}</p>
      </section>

      <section class="sg-card" aria-labelledby="sg-demo">
        <h2 id="sg-demo">{tr('welcome_demo_title')}</h2>
        <p>{tr('welcome_demo_body')}</p>
        <a class="sg-btn sg-btn-primary" href={demoUrl} data-action="demo">
          {tr('welcome_demo_btn')}
        </a>
      </section>

      <section class="sg-card" aria-labelledby="sg-settings">
        <h2 id="sg-settings">{tr('welcome_settings_title')}</h2>
        <p>{tr('welcome_settings_body')}</p>
        <button type="button" class="sg-btn" onClick={openOptions}>
          {tr('welcome_open_options')}
        </button>
      </section>

      <section class="sg-card" aria-labelledby="sg-family">
        <h2 id="sg-family">{tr('welcome_family_title')}</h2>
        <ol>
          <li>{tr('welcome_family_1')}</li>
          <li>{tr('welcome_family_2')}</li>
          <li>{tr('welcome_family_3')}</li>
          <li>{tr('welcome_family_4')}</li>
        </ol>
      </section>
    </main>
  );
}
