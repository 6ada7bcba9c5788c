/**
 * The popup's timed pause, beside the per-site switch: "Pause for 1 hour", "Pause until tomorrow",
 * and, while paused, when it ends and "Resume now". The end time is stored in the settings.
 */
import { updateSettings } from '../utils/settings';
import { pauseEnd, pauseSite, resumeSite } from '../utils/pause';

const time = (ms: number) => {
  const end = new Date(ms);
  const clock = end.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return end.toDateString() === new Date().toDateString() ? clock : `${end.toLocaleDateString([], { weekday: 'long' })} ${clock}`;
};

export function PauseButtons(props: { host: string }) {
  const pause = (choice: 'hour' | 'tomorrow') => updateSettings((s) => pauseSite(s, props.host, pauseEnd(choice)));
  return (
    <div class="el-pause" role="group" aria-label={`Pause on ${props.host}`}>
      <button type="button" class="el-button" onClick={() => void pause('hour')}>
        Pause for 1 hour
      </button>
      <button type="button" class="el-button" onClick={() => void pause('tomorrow')}>
        Pause until tomorrow
      </button>
    </div>
  );
}

export function PausedNotice(props: { host: string; until: number }) {
  return (
    <div data-state="paused">
      <p class="el-muted">
        Paused on {props.host} until <time dateTime={new Date(props.until).toISOString()}>{time(props.until)}</time>. It
        resumes by itself.
      </p>
      <button type="button" class="el-button el-button-primary" onClick={() => void updateSettings((s) => resumeSite(s, props.host))}>
        Resume now
      </button>
    </div>
  );
}
