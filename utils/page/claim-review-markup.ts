/**
 * The raw schema.org ClaimReview markup a page carries (fact-check articles embed it): the text of its
 * JSON-LD scripts that mention ClaimReview, and microdata ClaimReview items as (property path, value)
 * pairs. Read only when the popup asks, bounded in count and size; parsed and checked in the popup
 * (utils/claim-review.ts), never here, and never executed.
 */
export interface ClaimReviewMarkup {
  jsonld: string[];
  microdata: [string, string][][];
}

export const MARKUP_LIMITS = { scripts: 20, scriptChars: 200_000, items: 5, props: 100, valueChars: 500 };

export function readClaimReviewMarkup(doc: Document = document): ClaimReviewMarkup {
  const L = MARKUP_LIMITS;
  const jsonld: string[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = s.textContent ?? '';
    if (jsonld.length < L.scripts && text.length <= L.scriptChars && text.includes('ClaimReview')) jsonld.push(text);
  }
  const microdata: [string, string][][] = [];
  for (const item of [...doc.querySelectorAll('[itemscope][itemtype*="ClaimReview"]')].slice(0, L.items)) {
    const pairs: [string, string][] = [];
    for (const el of [...item.querySelectorAll('[itemprop]')].slice(0, L.props)) {
      // The path of nested itemprops inside this item, e.g. "reviewRating.alternateName".
      let path = el.getAttribute('itemprop')!;
      for (let up = el.parentElement?.closest('[itemprop]'); up && item.contains(up) && up !== item; up = up.parentElement?.closest('[itemprop]')) {
        path = `${up.getAttribute('itemprop')}.${path}`;
      }
      const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('href') ?? el.textContent ?? '';
      pairs.push([path.slice(0, 100), value.trim().slice(0, L.valueChars)]);
    }
    microdata.push(pairs);
  }
  return { jsonld, microdata };
}
