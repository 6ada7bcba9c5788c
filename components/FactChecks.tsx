/**
 * "This page carries a fact-check": the ClaimReview markup of the page (utils/claim-review.ts), each
 * with its claim, rating, reviewer and date, linked to a matching entry when there is one. All of it is
 * the page's text, shown as text; the fact-check's own address is a plain link, never fetched.
 */
import type { Entry } from '../data/schema';
import { matchingEntry, type FactCheck } from '../utils/claim-review';

export function FactChecks(props: { checks: FactCheck[]; entries: readonly Entry[]; onOpen(entry: Entry): void }) {
  return (
    <section class="el-factchecks" aria-labelledby="el-factcheck-title">
      <h3 id="el-factcheck-title" class="el-factcheck-title">
        This page carries a fact-check
      </h3>
      <ul class="el-factcheck-list">
        {props.checks.map((check, i) => {
          const entry = matchingEntry(check.claim, props.entries);
          return (
            <li key={i} class="el-factcheck" data-factcheck>
              <q class="el-factcheck-claim">{check.claim}</q>
              <span class="el-factcheck-meta">
                Rated <strong>{check.rating}</strong>
                {check.reviewer && <> by {check.reviewer}</>}
                {check.date && (
                  <>
                    {' '}
                    on <time dateTime={check.date}>{check.date}</time>
                  </>
                )}
              </span>
              {entry && (
                <span class="el-factcheck-meta">
                  Our entry:{' '}
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
