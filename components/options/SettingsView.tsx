import type { Settings } from '../../utils/settings-schema';
import { updateSettings } from '../../utils/settings';
import { t } from '../../utils/i18n';
import { Section } from './Section';
import { SettingField } from './SettingField';
import { SETTING_SECTIONS } from './setting-fields';
import { HiddenTerms } from './HiddenTerms';
import { Backup } from './Backup';
import { HowWeRate } from './HowWeRate';
import { AboutData } from './AboutData';
import { useManagedPolicy } from '../useManagedPolicy';
import { isLocked } from '../../utils/managed-settings';

/** The settings sections from the table, then the sections that are more than fields. */
export function SettingsView({ settings, titles }: { settings: Settings; titles: Record<string, string> }) {
  const set = (patch: Partial<Settings>) => void updateSettings(patch);
  const policy = useManagedPolicy();
  const managed = policy.locked.length > 0 || Object.keys(policy.values).length > 0;
  return (
    <main>
      {managed && (
        <p class="el-opt-managed-banner" role="note">
          {t('managed_banner')}
        </p>
      )}
      {SETTING_SECTIONS.map((section) => (
        <Section key={section.id} id={section.id} title={t(section.title)}>
          {section.fields.map((field) => (
            <SettingField key={`${field.kind} ${field.key}`} field={field} settings={settings} set={set} locked={isLocked(policy, field.key)} />
          ))}
          {section.hint && <p class="el-opt-hint">{t(section.hint)}</p>}
        </Section>
      ))}
      <HiddenTerms terms={settings.hiddenTerms} titles={titles} onChange={(hiddenTerms) => set({ hiddenTerms })} />
      <Backup settings={settings} />
      <HowWeRate />
      <AboutData />
    </main>
  );
}
