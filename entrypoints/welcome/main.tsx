import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/card.css';
import '../../components/pages.css';
import '../options/options.css';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useSettings } from '../../components/useSettings';
import { useTheme } from '../../components/useTheme';
import { entriesInOtherLanguage, localizeDocument, t } from '../../utils/i18n';

function Welcome() {
  const theme = useTheme(useSettings()?.theme ?? 'system');
  return (
    <div class="el-theme el-options" data-theme={theme}>
      <header class="el-opt-header">
        <h1>
          <img src="/icon/48.png" alt="" width="32" height="32" /> {t('welcome_title')}
        </h1>
      </header>
      <main>
        <section class="el-opt-section">
          <h2 class="el-opt-title">{t('welcome_what')}</h2>
          <p>{t('welcome_what_text')}</p>
          {entriesInOtherLanguage() && <p class="el-opt-hint">{t('entries_in_english')}</p>}
          <p>
            {t('welcome_verdicts')} <VerdictBadge verdict="established" /> <VerdictBadge verdict="promising-in-humans" />{' '}
            <VerdictBadge verdict="animal-or-lab-only" /> <VerdictBadge verdict="unproven" /> <VerdictBadge verdict="disproven" />{' '}
            <VerdictBadge verdict="warning" />
          </p>
        </section>
        <section class="el-opt-section">
          <h2 class="el-opt-title">{t('welcome_private')}</h2>
          <p>{t('welcome_private_text')}</p>
        </section>
        <section class="el-opt-section">
          <h2 class="el-opt-title">{t('welcome_where')}</h2>
          <ul>
            <li>{t('welcome_where_popup')}</li>
            <li>{t('welcome_where_menu')}</li>
            <li>{t('welcome_where_keys')}</li>
          </ul>
          <button type="button" class="el-button el-button-primary" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('welcome_open_settings')}
          </button>
        </section>
      </main>
    </div>
  );
}

localizeDocument('welcome_title');
render(<Welcome />, document.getElementById('app')!);
