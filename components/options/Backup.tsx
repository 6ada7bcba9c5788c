import { useState } from 'preact/hooks';
import { resetSettings, saveSettings } from '../../utils/settings';
import type { Settings } from '../../utils/settings-schema';
import { exportSettings, importSettings } from '../../utils/settings-file';
import { t } from '../../utils/i18n';
import { Section } from './Section';

/** Export to a file, import from one (a bad file changes nothing), and reset with a confirmation. */
export function Backup({ settings }: { settings: Settings }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'evidence-lens-settings.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const result = importSettings(await file.text());
    if (!result.ok) return setMessage({ kind: 'error', text: result.error });
    await saveSettings(result.settings);
    setMessage({ kind: 'ok', text: t('backup_imported', file.name) });
  };
  return (
    <Section id="backup" title={t('section_backup')}>
      <div class="el-opt-actions">
        <button type="button" class="el-button" onClick={download}>
          {t('backup_export')}
        </button>
        <label class="el-button el-file">
          {t('backup_import')}
          <input type="file" accept="application/json,.json" class="el-visually-hidden" onChange={(e) => void upload((e.target as HTMLInputElement).files?.[0])} />
        </label>
        {confirming ? (
          <span role="group" aria-label={t('backup_confirm')}>
            {t('backup_confirm_question')}{' '}
            <button
              type="button"
              class="el-button el-button-primary"
              onClick={() => {
                void resetSettings().then(() => setMessage({ kind: 'ok', text: t('backup_reset_done') }));
                setConfirming(false);
              }}
            >
              {t('backup_yes')}
            </button>{' '}
            <button type="button" class="el-button" onClick={() => setConfirming(false)}>
              {t('backup_cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="el-button" onClick={() => setConfirming(true)}>
            {t('backup_reset')}
          </button>
        )}
      </div>
      {message && (
        <p class={message.kind === 'error' ? 'el-opt-error' : 'el-opt-ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </Section>
  );
}
