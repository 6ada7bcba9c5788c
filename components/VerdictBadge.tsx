import type { Verdict } from '../data/schema';
import { VERDICT_LABELS } from './labels';

/** A shape for each verdict, so the badge never relies on colour alone. */
const ICONS: Record<Verdict, string> = {
  established: '✔',
  'promising-in-humans': '◔',
  'animal-or-lab-only': '⚗',
  unproven: '?',
  disproven: '✘',
  warning: '⚠',
};

export function VerdictBadge({ verdict, short = false }: { verdict: Verdict; short?: boolean }) {
  const label = VERDICT_LABELS[verdict];
  return (
    <span class={`el-badge el-badge-${verdict}`} title={label.meaning}>
      <span class="el-badge-icon" aria-hidden="true">
        {ICONS[verdict]}
      </span>
      {short ? label.short : label.label}
    </span>
  );
}
