/**
 * How a sentence speaks (utils/matcher/stance.ts, data/stance.json): the page's own claim, a reported
 * claim, a doubt, or a plain mention. The sentences are written for these tests in the styles of
 * clinic pages, shops, blogs, news stories and regulators' notices, one or more per rule.
 */
import { describe, expect, it } from 'vitest';
import { built, matcher } from '../helpers/matcher';

function read(text: string) {
  return matcher.scan(text).map((m) => ({
    text: text.slice(m.start, m.end),
    entry: built.index.entries[m.entry].id,
    stance: m.stance,
    cue: m.cue ? text.slice(m.cue.start, m.cue.end) : undefined,
  }));
}

const cases = (stance: string, sentences: string[]) =>
  it.each(sentences)(`%s → ${stance}`, (text) => {
    const matches = read(text);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m, m.text).toMatchObject({ stance });
  });

describe('the page promotes it: claim', () => {
  describe('benefit statements (an efficacy verb, then a health outcome)', () =>
    cases('claim', [
      'Our stem cell therapy helps your knees heal without surgery.',
      'Apple stem cells rejuvenate tired skin overnight.',
      'Rapamycin can extend lifespan and keep age-related disease at bay.',
      'Red light therapy works by stimulating the renewal of collagen in the skin.',
      'Platelet-rich plasma uses your natural growth factors to mend injured tendons.',
    ]));
  describe('second person, hype and testimonials', () =>
    cases('claim', [
      'Have you ever wondered how NMN could change the way you age?',
      'I was able to lower my biological age by five years with NMN.',
      'This remarkable peptide BPC-157 naturally restores damaged tissue.',
      'Say goodbye to joint pain with PRP injections.',
      'Our NAD+ drips are science-backed and delivered by nurses.',
      'Microneedling is a safe and effective treatment for acne scars.',
      'Exosome facials are the most effective way to restore a youthful glow.',
    ]));
  describe('calls to book or buy, prices, and treatment abroad', () =>
    cases('claim', [
      'Book a free consultation for stem cell therapy today.',
      'Exosome facial packages start at $450 — order online.',
      'Exosome therapy in Dubai for hair and skin.',
    ]));
});

describe('the page reports someone else’s claim: reported', () =>
  cases('reported', [
    'The supplement is marketed as a way to reverse aging with NMN.',
    'Many patients arrive having read that stem cells reverse aging.',
    'Sellers tout resveratrol as a longevity pill.',
    'What the columnist called a perceived breakthrough in stem cell therapy turned out to be a press release.',
  ]));

describe('the page doubts it: doubted', () => {
  describe('negation over evidence, approval and benefit words', () =>
    cases('doubted', [
      'There is little evidence that NMN slows aging in people.',
      'Studies have not shown that resveratrol prolongs life in humans.',
      'Exosome facials are not FDA-approved.',
      'Few trials support stem cell therapy for autism.',
    ]));
  describe('warnings, charges, recalls and doubt words', () =>
    cases('doubted', [
      'The FDA warns consumers about unproven stem cell therapy.',
      'The FTC charged the sellers of HGH sprays with deceptive advertising.',
      'The company recalled its colostrum powder after complaints.',
      'Telomere tests are a scam dressed up as science.',
      // A doubt in the phrase itself doubts what it names.
      'Clinics selling unproven stem cell treatments keep opening.',
      'The demand for NAD+ drips has outpaced the evidence.',
      'Regulators raised safety concerns about exosome therapy.',
      'Human evidence for NMN remains incomplete.',
      'No medical society endorses rapamycin for healthy people.',
    ]));
});

describe('the page mentions it: mention', () => {
  describe('a doubt the sentence has left behind is not about the match', () =>
    cases('mention', [
      // The negation is about the other treatments; the sentence moves on ("so I").
      'Physical therapy didn’t help my shoulder, so I asked about platelet-rich plasma.',
      // The negation sits in an aside about the disease, closed before the match.
      'Patients with lung fibrosis — a disease with no effective treatment — were given senolytics in a small trial.',
    ]));
  describe('"a little", "a few" are no negators', () =>
    cases('mention', [
      'Researchers gave a few mice rapamycin and measured their hearts.',
      'A little is known about how metformin acts on ageing cells in the lab.',
    ]));
  describe('someone’s aim is no promise', () =>
    cases('mention', [
      'The billionaire’s quest to reverse aging has drawn critics and fans.',
      'Efforts to slow aging with rapamycin are still in early trials.',
    ]));
  describe('research reported, verbs used as nouns', () =>
    cases('mention', [
      'According to a new study, NMN raised NAD+ levels in older adults.',
      'Wrinkles reflect the slowing of collagen production and the loss of stem cell activity.',
      'In order to study senolytics, the lab used old mice.',
      'Anakinra is approved to treat rheumatoid arthritis.',
      'Trial participants on rapamycin had a lower infection rate, as measured by the clinic.',
      // "no effective treatment" is no appeal.
      'Sarcopenia (a condition with no effective treatment) was the target of a small rapamycin trial.',
      // "therapy in" offers only before a place, not before "the trial".
      'Patients who received stem cell therapy in the trial were followed for two years.',
    ]));
});

describe('the card says why', () => {
  it('names the words that decided a doubt, a report and a claim', () => {
    expect(read('There is little evidence that NMN slows aging in people.')[0].cue).toBe('little evidence');
    expect(read('Many patients arrive having read that stem cells reverse aging.')[0].cue).toBe('having read');
    expect(read('Book a free consultation for stem cell therapy today.')[0].cue).toMatch(/book a|free consultation/i);
  });
});
