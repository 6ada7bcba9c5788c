/**
 * Phrase-side normalization: one canonical form per phrase (used to detect a phrase claimed twice)
 * and the spelling variants the scanner should also accept. Expanding variants here, once, keeps the
 * page-side work to a plain trie walk.
 */
import { foldText } from './normalize';

/** American spelling → British spelling fragments, applied inside words. */
const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['aging', 'ageing'],
  ['hema', 'haema'],
  ['hemo', 'haemo'],
  ['anemi', 'anaemi'],
  ['estrogen', 'oestrogen'],
  ['fetal', 'foetal'],
  ['ization', 'isation'],
  ['center', 'centre'],
  ['program', 'programme'],
  ['tumor', 'tumour'],
  ['behavior', 'behaviour'],
  ['leukemia', 'leukaemia'],
  ['pediatric', 'paediatric'],
];

/** Greek letter names folded to the letter that normalize.ts folds the Greek glyph to. */
const GREEK_NAMES: Record<string, string> = { alpha: 'a', beta: 'b', gamma: 'g', delta: 'd', kappa: 'k' };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => /\p{L}/u.test(c);

/** Puts a separator wherever letters meet digits ("il1b" → "il 1 b"), as the scanner allows. */
function splitLetterDigit(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = out[out.length - 1];
    if (prev && ((isLetter(prev) && isDigit(c)) || (isDigit(prev) && isLetter(c)))) {
      out += ' ';
    }
    out += c;
  }
  return out;
}

/**
 * The canonical form of a phrase: folded, separators collapsed, letters and digits split, British
 * spellings and spelled-out Greek letters after a number ("IL-1 beta") turned into the common form.
 */
export function canonicalPhrase(text: string): string {
  let folded = splitLetterDigit(foldText(text).replace(/ +/g, ' ').trim());
  for (const [us, uk] of SPELLINGS) folded = folded.split(uk).join(us);
  const words = folded.split(' ');
  for (let i = 1; i < words.length; i++) {
    const greek = GREEK_NAMES[words[i]];
    if (greek && isDigit(words[i - 1].slice(-1))) words[i] = greek;
  }
  return words.join(' ');
}

/** The key two phrases collide on: canonical form without a final plural ending. */
export function phraseKey(text: string): string {
  return singular(canonicalPhrase(text));
}

/** The phrase with its last word made singular ("stem cells" → "stem cell"), or as it is. */
export function singular(canonical: string): string {
  const words = canonical.split(' ');
  const last = words[words.length - 1];
  if (last.length > 4 && last.endsWith('ies')) words[words.length - 1] = last.slice(0, -3) + 'y';
  else if (last.length > 3 && last.endsWith('s') && !last.endsWith('ss')) words[words.length - 1] = last.slice(0, -1);
  return words.join(' ');
}

/**
 * Every spelling the scanner should accept for a canonical phrase: British spellings, Greek letter
 * names spelled out after a number, two words written as one ("stemcell"), and the simple plural of
 * the last word (or, for a phrase written in the plural, its singular: "collagen peptides" →
 * "collagen peptide").
 */
export function expandVariants(canonical: string): string[] {
  const last = canonical.slice(canonical.lastIndexOf(' ') + 1);
  const single = last.length > 4 && !/\d/.test(last) ? singular(canonical) : canonical;
  let forms = new Set(single === canonical ? [canonical] : [canonical, single]);
  for (const [us, uk] of SPELLINGS) {
    for (const form of [...forms]) if (form.includes(us)) forms.add(form.split(us).join(uk));
  }
  for (const [name, letter] of Object.entries(GREEK_NAMES)) {
    for (const form of [...forms]) {
      const words = form.split(' ');
      words.forEach((w, i) => {
        if (w === letter && i > 0 && isDigit(words[i - 1].slice(-1))) {
          forms.add([...words.slice(0, i), name, ...words.slice(i + 1)].join(' '));
        }
      });
    }
  }
  // Two-word phrases are also written closed ("stemcell", "antiaging", "youngblood"): pages do.
  for (const form of [...forms]) {
    const words = form.split(' ');
    if (words.length === 2 && words.every((w) => w.length >= 3 && /^[a-z]+$/.test(w))) forms.add(words.join(''));
  }
  const withPlurals = new Set(forms);
  for (const form of forms) for (const plural of plurals(form)) withPlurals.add(plural);
  forms = withPlurals;
  return [...forms];
}

function plurals(form: string): string[] {
  const last = form.slice(form.lastIndexOf(' ') + 1);
  if (last.length < 3 || !isLetter(last[last.length - 1]) || [...last].some(isDigit)) return [];
  if (last.endsWith('s') || last.endsWith('x') || last.endsWith('ch') || last.endsWith('sh')) {
    return [form + 'es'];
  }
  if (last.endsWith('y') && !/[aeiou]y$/.test(last)) return [form.slice(0, -1) + 'ies', form + 's'];
  return [form + 's'];
}
