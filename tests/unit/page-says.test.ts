/** What the page itself says about the evidence, as the card reads it from the matched paragraph. */
import { describe, expect, it } from 'vitest';
import { readPageSays } from '../../utils/page/page-says';

describe('what the page says', () => {
  it.each([
    ['In mice, the drug made old blood stem cells behave younger.', 'mice'],
    ['The peptide sped up tendon healing in rats.', 'rats'],
    ['Researchers saw the effect in cells grown in a lab dish.', 'cells'],
    ['A small pilot study of 12 adults found higher NAD+ levels.', 'a small pilot study'],
  ])('%s', (text, setting) => {
    expect(readPageSays(text).setting).toBe(setting);
  });

  it('reads an FDA registration claim as the page words it', () => {
    expect(readPageSays('Our cells are processed in an FDA-registered lab.').fdaClaim).toBe('FDA-registered lab');
    expect(readPageSays('All products are registered with the FDA.').fdaClaim).toBe('registered with the FDA');
  });

  it('says nothing when the paragraph says nothing of the kind', () => {
    expect(readPageSays('Stem cell therapy is offered at our clinic in Cancún.')).toEqual({});
  });
});
