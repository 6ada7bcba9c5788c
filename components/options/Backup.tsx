import { useState } from 'preact/hooks';
import { resetSettings, saveSettings } from '../../utils/settings';
import type { Settings } from '../../utils/settings-schema';
import { exportSettings, importSettings } from '../../utils/settings-file';
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
    setMessage({ kind: 'ok', text: `Settings imported from ${file.name}.` });
  };
  return (
    <Section id="backup" title="Back up and reset">
      <div class="el-opt-actions">
        <button type="button" class="el-button" onClick={download}>
          Export settings
        </button>
        <label class="el-button el-file">
          Import settings…
          <input type="file" accept="application/json,.json" class="el-visually-hidden" onChange={(e) => void upload((e.target as HTMLInputElement).files?.[0])} />
        </label>
        {confirming ? (
          <span role="group" aria-label="Confirm reset">
            Reset every setting?{' '}
            <button
              type="button"
              class="el-button el-button-primary"
              onClick={() => {
                void resetSettings().then(() => setMessage({ kind: 'ok', text: 'All settings are back to their defaults.' }));
                setConfirming(false);
              }}
            >
              Yes, reset
            </button>{' '}
            <button type="button" class="el-button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="el-button" onClick={() => setConfirming(true)}>
            Reset to defaults…
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
