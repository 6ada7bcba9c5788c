import { useState } from 'preact/hooks';
import type { HiddenTerm } from '../../utils/settings-schema';
import { t } from '../../utils/i18n';
import { Section } from './Section';

/** The terms hidden from cards, each with "Show again", and an undo for the last one shown. */
export function HiddenTerms({ terms, titles, onChange }: { terms: HiddenTerm[]; titles: Record<string, string>; onChange(terms: HiddenTerm[]): void }) {
  const [undo, setUndo] = useState<HiddenTerm | null>(null);
  return (
    <Section id="hidden-terms" title={t('section_hidden')} intro={t('hidden_intro')}>
      {terms.length ? (
        <ul class="el-opt-list" aria-label={t('section_hidden')}>
          {terms.map((term) => (
            <li key={`${term.site} ${term.entry} ${term.phrase}`}>
              <span>
                {t('hidden_item', term.phrase, term.site)}{' '}
                <span class="el-opt-hint" lang="en">
                  ({titles[term.entry] ?? term.entry})
                </span>
              </span>
              <button
                type="button"
                class="el-link-button"
                onClick={() => {
                  onChange(terms.filter((x) => x !== term));
                  setUndo(term);
                }}
              >
                {t('hidden_show')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="el-opt-hint">{t('hidden_none')}</p>
      )}
      {undo && (
        <p role="status">
          {t('hidden_shown', undo.phrase, undo.site)}{' '}
          <button
            type="button"
            class="el-link-button"
            onClick={() => {
              onChange([...terms, undo]);
              setUndo(null);
            }}
          >
            {t('hidden_undo')}
          </button>
        </p>
      )}
    </Section>
  );
}
