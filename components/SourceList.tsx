import type { Source } from '../data/schema';
import { sourceKindLabel } from './labels';

/** Sources as links that open in a new tab without telling the site where the reader came from. */
export function SourceList({ sources, limit }: { sources: readonly Source[]; limit?: number }) {
  const shown = limit ? sources.slice(0, limit) : sources;
  return (
    <ol class="el-sources">
      {shown.map((source) => (
        <li key={source.url}>
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>{' '}
          <span class="el-source-kind">
            — {source.publisher}, {source.year} · {sourceKindLabel(source.kind)}
          </span>
        </li>
      ))}
    </ol>
  );
}
