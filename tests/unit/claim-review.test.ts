/** ClaimReview markup read locally: sound markup gives its claim, rating, reviewer and date; bad markup nothing. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries } from 'virtual:evidence-entries';
import { fromJsonLd, fromMicrodata, matchingEntry, readFactChecks } from '../../utils/claim-review';
import { readClaimReviewMarkup } from '../../utils/page/claim-review-markup';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', name), 'utf8');
const pageOf = (name: string) => {
  document.documentElement.innerHTML = fixture(name).replace(/^<!doctype html>/i, '');
  return readClaimReviewMarkup(document);
};

describe('ClaimReview in JSON-LD', () => {
  it('reads a ClaimReview inside @graph, with its rating name, reviewer and date', () => {
    const checks = readFactChecks(pageOf('factcheck-jsonld.html'));
    expect(checks).toEqual([
      { claim: 'NMN supplements reverse aging in humans', rating: 'Incorrect', reviewer: 'Health Check Desk', date: '2026-10-02', url: 'https://factcheck.example/nmn-reverse-aging' },
    ]);
  });

  it('gives a numeric rating as "value of best" when it has no name', () => {
    expect(fromJsonLd('{"@type":"ClaimReview","claimReviewed":"c","reviewRating":{"ratingValue":2,"bestRating":5}}')[0].rating).toBe('2 of 5');
  });

  it.each([
    ['not JSON', '{ "@type": "ClaimReview", '],
    ['not an object', '"ClaimReview"'],
    ['wrong types', '{ "@type": "ClaimReview", "claimReviewed": {"text": "x"}, "reviewRating": [[[1]]] }'],
    ['no rating', '{ "@type": "ClaimReview", "claimReviewed": "a claim" }'],
    ['another type', '{ "@type": "Review", "claimReviewed": "a claim", "reviewRating": {"alternateName": "False"} }'],
  ])('ignores %s', (_name, source) => {
    expect(fromJsonLd(source)).toEqual([]);
  });

  it('stops at 12 levels and 5,000 nodes, and never throws on 10,000 levels', () => {
    const deep = '{"a":'.repeat(10_000) + '{"@type":"ClaimReview","claimReviewed":"deep","reviewRating":"False"}' + '}'.repeat(10_000);
    expect(() => fromJsonLd(deep)).not.toThrow();
    expect(fromJsonLd(deep)).toEqual([]);
    const wide = JSON.stringify([...Array(6000).fill({}), { '@type': 'ClaimReview', claimReviewed: 'late', reviewRating: 'False' }]);
    expect(fromJsonLd(wide)).toEqual([]);
  });

  it('keeps markup in strings as plain text, cuts long text, drops bad dates and non-http URLs', () => {
    const [check] = fromJsonLd(
      JSON.stringify({ '@type': 'ClaimReview', claimReviewed: '<img src=x onerror=alert(1)>' + 'y'.repeat(1000), reviewRating: { alternateName: '<script>x</script>' }, datePublished: '2026-02-30', url: 'javascript:alert(1)' }),
    );
    expect(check.claim.startsWith('<img src=x onerror=alert(1)>')).toBe(true); // rendered as text by Preact
    expect(check.claim.length).toBe(300);
    expect(check.rating).toBe('<script>x</script>');
    expect(check.date).toBe('');
    expect(check.url).toBe('');
  });
});

describe('ClaimReview in microdata', () => {
  it('reads nested items: rating, author and date', () => {
    expect(readFactChecks(pageOf('factcheck-microdata.html'))).toEqual([
      { claim: 'Young blood transfusions reverse ageing', rating: 'False', reviewer: 'Dana Reviewer', date: '2026-08-15', url: 'https://blog.example/young-blood-check' },
    ]);
  });

  it('cannot pollute prototypes through property paths', () => {
    expect(fromMicrodata([['__proto__.polluted', 'yes'], ['constructor.prototype.x', 'y'], ['claimReviewed', 'c'], ['reviewRating', 'False']])).toMatchObject({ claim: 'c' });
    expect(({} as any).polluted).toBeUndefined();
    expect(({} as any).x).toBeUndefined();
  });
});

describe('the hostile fixture page', () => {
  it('yields only what is sound in its static markup', () => {
    // happy-dom does not run the fixture's scripts: this reads the static markup only (the e2e test reads it all).
    const checks = readFactChecks(pageOf('factcheck-hostile.html'));
    expect(checks.map((c) => c.claim)).toEqual(['<img src=x onerror="window.__pwned=1">Stem cell shots cure aging']);
    expect(checks[0]).toMatchObject({ rating: '<script>window.__pwned=2</script>Misleading', reviewer: '<b>Desk</b>', date: '', url: '' });
  });
});

describe('linking a fact-check to an entry', () => {
  it('picks the entry whose longest phrase the claim contains, or none', () => {
    expect(matchingEntry('NMN supplements reverse aging in humans', entries)?.id).toMatch(/nmn|nad/);
    expect(matchingEntry('Young blood transfusions reverse ageing', entries)?.id).toBe('young-blood-plasma-infusions');
    expect(matchingEntry('The moon is made of cheese', entries)).toBeNull();
  });
});
