/**
 * The popup's timed pause, beside the per-site switch: "Pause for 1 hour", "Pause until tomorrow",
 * and, while paused, when it ends and "Resume now". The end time is stored in the settings.
 */
import { updateSettings } from '../utils/settings';
import { pauseEnd, pauseSite, resumeSite } from '../utils/pause';
import { SLOT, around, t } from '../utils/i18n';

const time = (ms: number) => {
  const end = new Date(ms);
  const clock = end.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return end.toDateString() === new Date().toDateString() ? clock : `${end.toLocaleDateString([], { weekday: 'long' })} ${clock}`;
};

export function PauseButtons(props: { host: string }) {
  const pause = (choice: 'hour' | 'tomorrow') => updateSettings((s) => pauseSite(s, props.host, pauseEnd(choice)));
  return (
    <div class="el-pause" role="group" aria-label={t('pause_group', props.host)}>
      <button type="button" class="el-button" onClick={() => void pause('hour')}>
        {t('pause_hour')}
      </button>
      <button type="button" class="el-button" onClick={() => void pause('tomorrow')}>
        {t('pause_tomorrow')}
      </button>
    </div>
  );
}

export function PausedNotice(props: { host: string; until: number }) {
  const [before, after] = around('paused_until', props.host, SLOT);
  return (
    <div data-state="paused">
      <p class="el-muted">
        {before}
        <time dateTime={new Date(props.until).toISOString()}>{time(props.until)}</time>
        {after}
      </p>
      <button type="button" class="el-button el-button-primary" onClick={() => void updateSettings((s) => resumeSite(s, props.host))}>
        {t('pause_resume')}
      </button>
    </div>
  );
}
