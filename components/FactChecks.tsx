/**
 * "This page carries a fact-check": the ClaimReview markup of the page (utils/claim-review.ts), each
 * with its claim, rating, reviewer and date, linked to a matching entry when there is one. All of it is
 * the page's text, shown as text; the fact-check's own address is a plain link, never fetched.
 */
import type { Entry } from '../data/schema';
import { matchingEntry, type FactCheck } from '../utils/claim-review';
import { SLOT, around, t } from '../utils/i18n';

/** " on <time>2024-05-01</time>", the words around the date from the message. */
function TimeIn({ keyName, date }: { keyName: 'factcheck_on'; date: string }) {
  const [before, after] = around(keyName, SLOT);
  return (
    <>
      {' '}
      {before}
      <time dateTime={date}>{date}</time>
      {after}
    </>
  );
}

export function FactChecks(props: { checks: FactCheck[]; entries: readonly Entry[]; onOpen(entry: Entry): void }) {
  return (
    <section class="el-factchecks" aria-labelledby="el-factcheck-title">
      <h3 id="el-factcheck-title" class="el-factcheck-title">
        {t('factcheck_title')}
      </h3>
      <ul class="el-factcheck-list">
        {props.checks.map((check, i) => {
          const entry = matchingEntry(check.claim, props.entries);
          const [ratedBefore, ratedAfter] = around('factcheck_rated', SLOT);
          return (
            <li key={i} class="el-factcheck" data-factcheck>
              <q class="el-factcheck-claim">{check.claim}</q>
              <span class="el-factcheck-meta">
                {ratedBefore}
                <strong>{check.rating}</strong>
                {ratedAfter}
                {check.reviewer && ` ${t('factcheck_by', check.reviewer)}`}
                {check.date && <TimeIn keyName="factcheck_on" date={check.date} />}
              </span>
              {entry && (
                <span class="el-factcheck-meta">
                  {t('factcheck_entry')}{' '}
                  <button type="button" class="el-link-button" onClick={() => props.onOpen(entry)}>
                    {entry.title}
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
