import type { Entry, Category } from '../../data/schema';
import { categoryLabel } from '../labels';
import { t } from '../../utils/i18n';
import { EvidenceCard } from '../EvidenceCard';
import { ReportActions } from '../ReportComposer';

/** One entry in full, with the report composer (opened ready when the in-page card asked for a report). */
export function EntryView(props: { entry: Entry; titles: Record<string, string>; report: { kind: 'problem' | 'missing'; token: string } | null }) {
  const { entry, report } = props;
  return (
    <main class="el-opt-entry">
      <a href="#data">{t('options_all_entries')}</a>
      <EvidenceCard
        entry={entry}
        variant="full"
        categoryLabel={categoryLabel(entry.category as Category)}
        titleId="el-entry-title"
        relatedTitles={props.titles}
        onRelated={(id) => (location.hash = `#entry/${id}`)}
      >
        <ReportActions key={entry.id} entry={entry} initial={report?.kind} token={report?.token} />
      </EvidenceCard>
    </main>
  );
}
