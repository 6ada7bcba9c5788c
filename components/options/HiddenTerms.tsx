import { useState } from 'preact/hooks';
import type { HiddenTerm } from '../../utils/settings-schema';
import { Section } from './Section';

/** The terms hidden from cards, each with "Show again", and an undo for the last one shown. */
export function HiddenTerms({ terms, titles, onChange }: { terms: HiddenTerm[]; titles: Record<string, string>; onChange(terms: HiddenTerm[]): void }) {
  const [undo, setUndo] = useState<HiddenTerm | null>(null);
  return (
    <Section id="hidden-terms" title="Hidden terms" intro="Terms you hid from a card with “Hide this term on this site”.">
      {terms.length ? (
        <ul class="el-opt-list" aria-label="Hidden terms">
          {terms.map((t) => (
            <li key={`${t.site} ${t.entry} ${t.phrase}`}>
              <span>
                “{t.phrase}” on {t.site} <span class="el-opt-hint">({titles[t.entry] ?? t.entry})</span>
              </span>
              <button
                type="button"
                class="el-link-button"
                onClick={() => {
                  onChange(terms.filter((x) => x !== t));
                  setUndo(t);
                }}
              >
                Show again
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="el-opt-hint">No hidden terms.</p>
      )}
      {undo && (
        <p role="status">
          “{undo.phrase}” is shown again on {undo.site}.{' '}
          <button
            type="button"
            class="el-link-button"
            onClick={() => {
              onChange([...terms, undo]);
              setUndo(null);
            }}
          >
            Undo
          </button>
        </p>
      )}
    </Section>
  );
}
