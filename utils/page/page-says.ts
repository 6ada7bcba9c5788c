/**
 * What the page itself says about the evidence, read from the matched sentence's paragraph when the
 * card opens (never per page word): the species or setting it names ("in mice", "in a lab dish", "a
 * small pilot study"), and an "FDA registered / approved / compliant" claim, which for a stem-cell or
 * exosome product says nothing about whether FDA reviewed the treatment.
 */

export interface PageSays {
  /** "mice", "cells in a dish", "a small pilot study"… as the page puts it. */
  setting?: string;
  /** The page claims FDA registration or approval ("FDA-registered lab"). */
  fdaClaim?: string;
}

const SETTING = /\b(?:in|on|of)\s+(mice|mouse|rats?|rodents|animals?|monkeys|dogs|pigs|worms|flies|fruit flies|yeast|(?:human\s+)?cells|cell cultures?|(?:a\s+)?(?:lab(?:oratory)?|petri)\s+dish(?:es)?|test tubes?)\b/i;
const PILOT = /\b(?:a\s+)?(?:small|tiny)?\s*(?:pilot|preliminary|early-stage|uncontrolled)\s+(?:study|trial)\b/i;
const FDA_CLAIM = /\bFDA[-\s]+(?:registered|compliant|approved|cleared|certified)\b(?:\s+(?:lab|laboratory|facility|facilities|tissue bank))?|\b(?:registered|compliant)\s+with\s+(?:the\s+)?FDA\b/i;

/** Reads the paragraph around a match; `text` is the paragraph (block) text. */
export function readPageSays(text: string): PageSays {
  const out: PageSays = {};
  const setting = SETTING.exec(text);
  const pilot = PILOT.exec(text);
  if (setting) out.setting = setting[1].toLowerCase();
  else if (pilot) out.setting = pilot[0].trim().toLowerCase();
  const fda = FDA_CLAIM.exec(text);
  if (fda) out.fdaClaim = fda[0];
  return out;
}
