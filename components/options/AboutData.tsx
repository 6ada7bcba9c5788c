import { entries, dataInfo } from 'virtual:evidence-entries';
import { VerdictBadge } from '../VerdictBadge';
import { entriesInOtherLanguage, t } from '../../utils/i18n';
import { Section } from './Section';

/** The bundled data's version and counts, and every entry with a link to its full view. */
export function AboutData() {
  const facts: [string, string | number][] = [
    [t('data_version'), dataInfo.version],
    [t('data_entries'), dataInfo.entries],
    [t('data_sources'), dataInfo.sources],
    [t('data_newest'), dataInfo.newestReviewed],
  ];
  return (
    <Section id="data" title={t('section_data')}>
      <dl class="el-opt-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{t('data_private')}</p>
      <details>
        <summary>{t('data_all_entries', entries.length)}</summary>
        {entriesInOtherLanguage() && <p class="el-opt-hint">{t('entries_in_english')}</p>}
        <ul class="el-opt-entries">
          {entries.map((e) => (
            <li key={e.id}>
              <a href={`#entry/${e.id}`} lang="en">
                {e.title}
              </a>{' '}
              <VerdictBadge verdict={e.verdict} short />
            </li>
          ))}
        </ul>
      </details>
    </Section>
  );
}
