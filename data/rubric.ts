/**
 * The machine-checkable part of the verdict rubric (docs/how-we-rate-evidence.md, "The rules behind
 * each verdict"): what kinds of source each verdict and in-whom level needs. A person still judges
 * what the sources say; this catches a verdict that no source of the right kind could support.
 */
import type { Entry, Source } from './schema';

type Kind = Source['kind'];

const count = (entry: Entry, ...kinds: Kind[]) => entry.sources.filter((s) => kinds.includes(s.kind)).length;
const kindsList = (kinds: Kind[]) => kinds.map((k) => `"${k}"`).join(' or ');

/** Problems with an entry's verdict and in-whom level, each naming the field. */
export function rubricProblems(entry: Entry): string[] {
  const problems: string[] = [];
  const need = (field: string, ok: boolean, rule: string) => {
    if (!ok) problems.push(`${field}: "${entry[field as 'verdict' | 'evidence']}" ${rule} (docs/how-we-rate-evidence.md)`);
  };
  const humanTrials = count(entry, 'rct', 'trial');
  switch (entry.verdict) {
    case 'warning':
      need('verdict', count(entry, 'regulatory') > 0, 'needs a source of kind "regulatory"');
      break;
    case 'disproven':
      need('verdict', count(entry, 'rct', 'systematic-review') > 0, `needs a source of kind ${kindsList(['rct', 'systematic-review'])}`);
      break;
    case 'established':
      need(
        'verdict',
        count(entry, 'systematic-review', 'guideline') > 0 || count(entry, 'rct') >= 2,
        'needs a "systematic-review" or "guideline" source, or two "rct" sources',
      );
      need('verdict', entry.evidence === 'humans-rct' || entry.evidence === 'humans-observational', 'needs evidence in people');
      break;
    case 'promising-in-humans':
      need('verdict', entry.evidence === 'humans-rct', 'needs evidence "humans-rct"');
      need('verdict', count(entry, 'rct', 'systematic-review') > 0, `needs a source of kind ${kindsList(['rct', 'systematic-review'])}`);
      break;
    case 'animal-or-lab-only':
      need('verdict', entry.evidence === 'animals' || entry.evidence === 'cells', 'needs evidence "animals" or "cells"');
      need('verdict', humanTrials === 0, 'cannot cite a trial in people (kind "rct" or "trial")');
      break;
    case 'unproven':
      break;
  }
  switch (entry.evidence) {
    case 'humans-rct':
      need('evidence', count(entry, 'rct', 'systematic-review') > 0, `needs a source of kind ${kindsList(['rct', 'systematic-review'])}`);
      break;
    case 'animals':
      need('evidence', humanTrials === 0, 'cannot cite a trial in people (kind "rct" or "trial")');
      break;
    case 'cells':
      need('evidence', humanTrials + count(entry, 'animal') === 0, 'cannot cite a trial in people or an animal study');
      break;
    default:
      break;
  }
  return problems;
}

/** Copies and mirrors that readers must never be sent to: link the primary page instead. */
const WEAK_HOSTS =
  /(^|\.)(studylib\.net|docksci\.com|scribd\.com|vdocuments\.[a-z]+|researchgate\.net|academia\.edu|vlex\.com|casetext\.com|justia\.com|einpresswire\.com|prnewswire\.com|docslib\.org)$/;

export function weakLinkProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null; // the schema reports malformed URLs
  }
  const host = parsed.hostname;
  if (WEAK_HOSTS.test(host)) return `${host} is a copy: link the primary page (doi.org, PubMed, PMC, the publisher, the agency)`;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.includes(':')) return `${host} is an address, not a site: link the primary page`;
  if (/(^|[/?&])(goto|proxy|redirect)[^/]*[?=]/i.test(parsed.pathname + parsed.search) || /proxy/i.test(host)) {
    return `${url} goes through a redirector or proxy: link the page itself`;
  }
  return null;
}
