import type { Verdict } from '../data/schema';
import { verdictLabel, verdictShort } from './labels';

/** A shape for each verdict, so the badge never relies on colour alone. */
const ICONS: Record<Verdict, string> = {
  established: '✔',
  'promising-in-humans': '◔',
  'animal-or-lab-only': '⚗',
  unproven: '?',
  disproven: '✘',
  warning: '⚠',
};

/** `meaning`, where the page has room for it (options, popup), becomes the badge's tooltip. */
export function VerdictBadge({ verdict, short = false, meaning }: { verdict: Verdict; short?: boolean; meaning?: string }) {
  return (
    <span class={`el-badge el-badge-${verdict}`} title={meaning}>
      <span class="el-badge-icon" aria-hidden="true">
        {ICONS[verdict]}
      </span>
      {short ? verdictShort(verdict) : verdictLabel(verdict)}
    </span>
  );
}
