import { VERDICTS, EVIDENCE_LEVELS } from '../../data/scales';
import { evidenceLabel, verdictLabel } from '../labels';
import { evidenceMeaning, verdictMeaning } from '../scale-meanings';
import { EVIDENCE_RULES, VERDICT_RULES } from '../rubric-rules';
import { VerdictBadge } from '../VerdictBadge';
import { t } from '../../utils/i18n';
import { Section } from './Section';

/** "How we rate evidence": the user-facing promise behind every badge (also docs/how-we-rate-evidence.md). */
export function HowWeRate() {
  return (
    <Section id="rating" title={t('section_rating')}>
      <p>{t('rating_intro')}</p>
      <h3 class="el-opt-subtitle">{t('rating_verdicts')}</h3>
      <dl class="el-opt-scale">
        {VERDICTS.map((v) => (
          <div key={v}>
            <dt>
              <VerdictBadge verdict={v} meaning={verdictMeaning(v)} />
            </dt>
            <dd>{verdictMeaning(v)}</dd>
          </div>
        ))}
      </dl>
      <h3 class="el-opt-subtitle">{t('rating_in_whom')}</h3>
      <dl class="el-opt-scale">
        {EVIDENCE_LEVELS.map((e) => (
          <div key={e}>
            <dt>{evidenceLabel(e)}</dt>
            <dd>{evidenceMeaning(e)}</dd>
          </div>
        ))}
      </dl>
      <h3 class="el-opt-subtitle">{t('rating_verdict_rules')}</h3>
      <p>{t('rating_rules_intro')}</p>
      <dl class="el-opt-scale">
        {VERDICT_RULES.map(([v, rule]) => (
          <div key={v}>
            <dt>{verdictLabel(v)}</dt>
            <dd>{t(rule)}</dd>
          </div>
        ))}
      </dl>
      <h3 class="el-opt-subtitle">{t('rating_level_rules')}</h3>
      <dl class="el-opt-scale">
        {EVIDENCE_RULES.map(([e, rule]) => (
          <div key={e}>
            <dt>{evidenceLabel(e)}</dt>
            <dd>{t(rule)}</dd>
          </div>
        ))}
      </dl>
      <h3 class="el-opt-subtitle">{t('rating_sources')}</h3>
      <p>{t('rating_sources_text')}</p>
      <h3 class="el-opt-subtitle">{t('rating_reviews')}</h3>
      <p>{t('rating_reviews_text')}</p>
    </Section>
  );
}
