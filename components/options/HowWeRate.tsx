import { VERDICTS, EVIDENCE_LEVELS } from '../../data/scales';
import { EVIDENCE_LABELS } from '../labels';
import { EVIDENCE_MEANINGS, VERDICT_MEANINGS } from '../scale-meanings';
import { EVIDENCE_RULES, VERDICT_RULES } from '../rubric-rules';
import { VERDICT_LABELS } from '../labels';
import { VerdictBadge } from '../VerdictBadge';
import { Section } from './Section';

/** "How we rate evidence": the user-facing promise behind every badge (also docs/how-we-rate-evidence.md). */
export function HowWeRate() {
  return (
    <Section id="rating" title="How we rate evidence">
      <p>
        Every entry gets one verdict about the claim as it is sold or reported, and says in whom the evidence exists.
        Summaries are written in plain words by our team and stay under 320 characters.
      </p>
      <h3 class="el-opt-subtitle">Verdicts</h3>
      <dl class="el-opt-scale">
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt>
              <VerdictBadge verdict={v} meaning={VERDICT_MEANINGS[v]} />
            </dt>
            <dd>{VERDICT_MEANINGS[v]}</dd>
          </div>
        ))}
      </dl>
      <h3 class="el-opt-subtitle">In whom</h3>
      <dl class="el-opt-scale">
        {EVIDENCE_LEVELS.map((e) => (
          <div key={e}>
            <dt>{EVIDENCE_LABELS[e].label}</dt>
            <dd>{EVIDENCE_MEANINGS[e]}</dd>
          </div>
        ))}
      </dl>
      <h3 class="el-opt-subtitle">The rule behind each verdict</h3>
      <p>
        The same kind of evidence gets the same verdict. The rules are applied in this order; the first that fits wins.
        Every entry says in one sentence why it has its verdict.
      </p>
      <dl class="el-opt-scale">
        {VERDICT_RULES.map(([v, rule]) => (
          <div key={v}>
            <dt>{VERDICT_LABELS[v].label}</dt>
            <dd>{rule}</dd>
          </div>
        ))}
      </dl>
      <h3 class="el-opt-subtitle">The rule behind each in-whom level</h3>
      <dl class="el-opt-scale">
        {EVIDENCE_RULES.map(([e, rule]) => (
          <div key={e}>
            <dt>{EVIDENCE_LABELS[e].label}</dt>
            <dd>{rule}</dd>
          </div>
        ))}
      </dl>
      <h3 class="el-opt-subtitle">Sources</h3>
      <p>
        Each entry cites at least two sources, preferring systematic reviews, randomized trials, regulators (FDA, FTC, CDC,
        EMA, NIH) and the original study a popular claim rests on. Every source was checked against a stored copy of its
        public record (title, year and DOI or PubMed ID seen together); a source we could not confirm is left out.
      </p>
      <h3 class="el-opt-subtitle">Reviews</h3>
      <p>
        Each entry shows the date it was last reviewed. Entries are reviewed at least once a year and whenever a major trial
        or regulatory action is published. Evidence Lens gives information, not medical advice.
      </p>
    </Section>
  );
}
