import { entries, dataInfo } from 'virtual:evidence-entries';
import { VerdictBadge } from '../VerdictBadge';
import { Section } from './Section';

/** The bundled data's version and counts, and every entry with a link to its full view. */
export function AboutData() {
  return (
    <Section id="data" title="About the data">
      <dl class="el-opt-facts">
        <div>
          <dt>Data version</dt>
          <dd>{dataInfo.version}</dd>
        </div>
        <div>
          <dt>Entries</dt>
          <dd>{dataInfo.entries}</dd>
        </div>
        <div>
          <dt>Sources cited</dt>
          <dd>{dataInfo.sources}</dd>
        </div>
        <div>
          <dt>Newest review</dt>
          <dd>{dataInfo.newestReviewed}</dd>
        </div>
      </dl>
      <p>
        Everything is bundled with the extension: pages you read, your settings and your searches never leave your browser.
      </p>
      <details>
        <summary>All {entries.length} entries</summary>
        <ul class="el-opt-entries">
          {entries.map((e) => (
            <li key={e.id}>
              <a href={`#entry/${e.id}`}>{e.title}</a> <VerdictBadge verdict={e.verdict} short />
            </li>
          ))}
        </ul>
      </details>
    </Section>
  );
}
