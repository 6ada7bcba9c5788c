import { useState } from 'preact/hooks';
import { parseSitePattern } from '../../utils/site-patterns';
import { t } from '../../utils/i18n';

/** A list of site patterns with validation on add ("example.com", "*.example.org"). */
export function SiteListEditor(props: { id: string; label: string; sites: string[]; onChange(sites: string[]): void; empty: string }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const parsed = parseSitePattern(draft);
    if (!parsed.ok) return setError(parsed.error);
    if (props.sites.includes(parsed.pattern)) return setError(t('sites_already', parsed.pattern));
    props.onChange([...props.sites, parsed.pattern]);
    setDraft('');
    setError('');
  };
  const errorId = `${props.id}-error`;
  return (
    <div class="el-opt-sites">
      <form class="el-opt-inline" onSubmit={add}>
        <label for={`${props.id}-input`}>{props.label}</label>
        <input
          id={`${props.id}-input`}
          type="text"
          value={draft}
          placeholder="example.com"
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="el-button">
          {t('sites_add')}
        </button>
      </form>
      {error && (
        <p class="el-opt-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {props.sites.length ? (
        <ul class="el-opt-list" aria-label={props.label}>
          {props.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="el-link-button" aria-label={t('sites_remove_one', site)} onClick={() => props.onChange(props.sites.filter((s) => s !== site))}>
                {t('sites_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="el-opt-hint">{props.empty}</p>
      )}
    </div>
  );
}
