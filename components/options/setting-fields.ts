/**
 * The options page's settings as one table: sections, and in each the fields that edit one setting.
 * SettingField.tsx draws a field from its row, so a rule about settings (which are shown, which are
 * locked) is applied to every field in one place.
 */
import { CATEGORIES, VERDICTS } from '../../data/scales';
import { CATEGORY_LABELS, VERDICT_LABELS } from '../labels';
import type { Settings } from '../../utils/settings-schema';

export type SettingKey = keyof Settings;
type KeysOf<T> = { [K in SettingKey]: Settings[K] extends T ? K : never }[SettingKey];
export type ChoiceOption = { value: string; label: string; hint?: string };

interface FieldBase<K extends SettingKey> {
  key: K;
  /** Shown only when this holds (e.g. the key to hold, only for "on hover while holding a key"). */
  when?: (s: Settings) => boolean;
}
export type Field =
  | (FieldBase<KeysOf<boolean>> & { kind: 'toggle'; label: string })
  | (FieldBase<SettingKey> & { kind: 'choice'; legend: string; options: readonly ChoiceOption[] })
  | (FieldBase<KeysOf<string[]>> & { kind: 'checkboxes'; legend: string; name: string; options: readonly ChoiceOption[] })
  | (FieldBase<KeysOf<number>> & { kind: 'range'; label: string; min: number; max: number; step: number })
  | (FieldBase<KeysOf<string[]>> & { kind: 'sites'; id: string; label: string; empty: string })
  | (FieldBase<'highlightStyle'> & { kind: 'preview' });

export interface SettingSection {
  id: string;
  title: string;
  fields: readonly Field[];
  /** A note under the fields. */
  hint?: string;
}

/** A choice whose values are checked against the setting's own values. */
const choice = <K extends KeysOf<string>>(key: K, legend: string, options: readonly { value: Settings[K]; label: string; hint?: string }[], when?: (s: Settings) => boolean): Field => ({
  kind: 'choice',
  key,
  legend,
  options,
  when,
});

export const SETTING_SECTIONS: readonly SettingSection[] = [
  {
    id: 'general',
    title: 'General',
    fields: [
      { kind: 'toggle', key: 'enabled', label: 'Highlight claims on web pages' },
      choice('kinds', 'What to highlight', [
        { value: 'all', label: 'Claims and mentions', hint: 'Every phrase from the evidence base.' },
        { value: 'claims', label: 'Claims only', hint: 'Only where the sentence promises something ("reverses aging", "clinically proven").' },
      ]),
      { kind: 'toggle', key: 'hoverCard', label: 'Show the evidence card when pointing at a highlight' },
      { kind: 'range', key: 'hoverDelayMs', label: 'Card delay', min: 0, max: 1500, step: 50 },
      choice('cardOpens', 'How the card opens', [
        { value: 'hover', label: 'On hover, after the delay', hint: 'A click or a tap opens it at once.' },
        { value: 'click', label: 'Only on a click', hint: 'Pointing does nothing; a click or a tap opens it.' },
        { value: 'modifier', label: 'On hover while holding a key', hint: 'Opens at once while the key below is held.' },
      ]),
      choice(
        'cardModifier',
        'The key to hold',
        [
          { value: 'Alt', label: 'Alt (Option on a Mac)' },
          { value: 'Control', label: 'Ctrl' },
          { value: 'Shift', label: 'Shift' },
        ],
        (s) => s.cardOpens === 'modifier',
      ),
      choice('cardTextSize', 'Card text size', [
        { value: 'small', label: 'Small' },
        { value: 'normal', label: 'Normal' },
        { value: 'large', label: 'Large' },
      ]),
      { kind: 'toggle', key: 'badge', label: 'Show the number of claims on the toolbar icon' },
      choice('theme', 'Theme of cards, popup and this page', [
        { value: 'system', label: 'Same as the system' },
        { value: 'light', label: 'Light' },
        { value: 'dark', label: 'Dark' },
      ]),
    ],
  },
  {
    id: 'sites',
    title: 'Sites',
    fields: [
      choice('siteMode', 'Where Evidence Lens runs', [
        { value: 'all-except', label: 'On all sites, except those I turn off' },
        { value: 'only-allowed', label: 'Only on sites I allow' },
      ]),
      { kind: 'sites', key: 'disabledSites', id: 'disabled-sites', label: 'Turn off on', empty: 'No site is turned off.', when: (s) => s.siteMode === 'all-except' },
      { kind: 'sites', key: 'allowedSites', id: 'allowed-sites', label: 'Allow on', empty: 'No site is allowed yet: nothing is highlighted anywhere.', when: (s) => s.siteMode === 'only-allowed' },
    ],
    hint: 'A site covers its subdomains: example.com also covers www.example.com.',
  },
  {
    id: 'filters',
    title: 'Topics and verdicts',
    fields: [
      { kind: 'checkboxes', key: 'categories', legend: 'Topics to highlight', name: 'category', options: CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })) },
      { kind: 'checkboxes', key: 'verdicts', legend: 'Verdicts to highlight', name: 'verdict', options: VERDICTS.map((v) => ({ value: v, label: VERDICT_LABELS[v].label })) },
    ],
  },
  {
    id: 'appearance',
    title: 'Highlight style',
    fields: [
      choice('highlightStyle', 'How highlighted phrases look', [
        { value: 'underline', label: 'Underline' },
        { value: 'background', label: 'Background colour' },
        { value: 'outline', label: 'Lines above and below' },
      ]),
      { kind: 'preview', key: 'highlightStyle' },
    ],
  },
];
