import { useEffect, useState } from 'preact/hooks';
import { entries } from 'virtual:evidence-entries';
import { EntryView } from '../../components/options/EntryView';
import { SettingsView } from '../../components/options/SettingsView';
import { useSettings } from '../../components/useSettings';
import { useTheme } from '../../components/useTheme';
import { t } from '../../utils/i18n';

const byId = new Map(entries.map((e) => [e.id, e]));
const titles = Object.fromEntries(entries.map((e) => [e.id, e.title]));
/** `#entry/<id>`, or `#entry/<id>/report/<kind>/<token>` when the in-page card opened a report. */
const entryFromHash = () => {
  const m = /^#entry\/([a-z0-9-]+)(?:\/report\/(problem|missing)\/([a-z0-9-]{8,64}))?$/.exec(location.hash);
  return m && byId.has(m[1]) ? m[1] : null;
};
const reportFromHash = () => {
  const m = /\/report\/(problem|missing)\/([a-z0-9-]{8,64})$/.exec(location.hash);
  return m ? { kind: m[1] as 'problem' | 'missing', token: m[2] } : null;
};

export function App() {
  const settings = useSettings();
  const theme = useTheme(settings?.theme ?? 'system');
  const [entryId, setEntryId] = useState(entryFromHash);
  useEffect(() => {
    const onHash = () => setEntryId(entryFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <div class="el-theme el-options" data-theme={theme}>
      <header class="el-opt-header">
        <h1>
          <img src="/icon/48.png" alt="" width="32" height="32" /> {t('extName')}
        </h1>
        <nav aria-label={t('options_sections')}>
          <a href="#general">{t('options_nav_settings')}</a> · <a href="#rating">{t('section_rating')}</a> · <a href="#data">{t('section_data')}</a>
        </nav>
      </header>
      {entryId ? (
        <EntryView entry={byId.get(entryId)!} titles={titles} report={reportFromHash()} />
      ) : settings ? (
        <SettingsView settings={settings} titles={titles} />
      ) : (
        <main>
          <p>{t('options_loading')}</p>
        </main>
      )}
    </div>
  );
}
