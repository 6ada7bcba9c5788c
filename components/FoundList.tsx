import type { Entry } from '../data/schema';
import type { FoundEntry } from '../utils/messages';
import { VERDICT_SEVERITY } from './labels';
import { VerdictBadge } from './VerdictBadge';
import { plural, t } from '../utils/i18n';

/** Claims before mentions, most serious verdict first, then most frequent. */
export function sortFound(found: readonly FoundEntry[], byId: Map<string, Entry>): FoundEntry[] {
  return found
    .filter((f) => byId.has(f.entry))
    .sort(
      (a, b) =>
        Number(b.claims > 0) - Number(a.claims > 0) ||
        VERDICT_SEVERITY[byId.get(a.entry)!.verdict] - VERDICT_SEVERITY[byId.get(b.entry)!.verdict] ||
        b.claims + b.mentions - (a.claims + a.mentions),
    );
}

export function FoundList(props: { found: FoundEntry[]; byId: Map<string, Entry>; onReveal(id: string): void }) {
  return (
    <ul class="el-found" aria-label={t('found_list')}>
      {props.found.map((f) => {
        const entry = props.byId.get(f.entry)!;
        const counts = [f.claims && plural(f.claims, 'found_claims_one', 'found_claims_other'), f.mentions && plural(f.mentions, 'found_mentions_one', 'found_mentions_other')]
          .filter(Boolean)
          .join(', ');
        return (
          <li key={f.entry}>
            <button type="button" class="el-found-item" data-entry={f.entry} onClick={() => props.onReveal(f.entry)}>
              <span class="el-found-title" lang="en">
                {entry.title}
              </span>
              <span class="el-found-meta">
                <VerdictBadge verdict={entry.verdict} short />
                <span>{counts}</span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
