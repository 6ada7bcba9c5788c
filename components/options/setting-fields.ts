/**
 * The options page's settings as one table: sections, and in each the fields that edit one setting.
 * SettingField.tsx draws a field from its row, so a rule about settings (which are shown, which are
 * locked) is applied to every field in one place. Words are message keys (public/_locales).
 */
import { CATEGORIES, VERDICTS } from '../../data/scales';
import type { Category, Verdict } from '../../data/schema';
import { categoryLabel, verdictLabel } from '../labels';
import type { MessageKey } from '../../utils/i18n';
import type { Settings } from '../../utils/settings-schema';

export type SettingKey = keyof Settings;
type KeysOf<T> = { [K in SettingKey]: Settings[K] extends T ? K : never }[SettingKey];
export type ChoiceOption = { value: string; label: MessageKey; hint?: MessageKey };

interface FieldBase<K extends SettingKey> {
  key: K;
  /** Shown only when this holds (e.g. the key to hold, only for "on hover while holding a key"). */
  when?: (s: Settings) => boolean;
}
export type Field =
  | (FieldBase<KeysOf<boolean>> & { kind: 'toggle'; label: MessageKey })
  | (FieldBase<SettingKey> & { kind: 'choice'; legend: MessageKey; options: readonly ChoiceOption[] })
  | (FieldBase<KeysOf<string[]>> & { kind: 'checkboxes'; legend: MessageKey; name: string; values: readonly string[]; labelOf(value: string): string })
  | (FieldBase<KeysOf<number>> & { kind: 'range'; label: MessageKey; min: number; max: number; step: number })
  | (FieldBase<KeysOf<string[]>> & { kind: 'sites'; id: string; label: MessageKey; empty: MessageKey })
  | (FieldBase<'highlightStyle'> & { kind: 'preview' })
  | (FieldBase<'reportEmail' | 'reportForm'> & { kind: 'text'; id: string; type: 'email' | 'url'; label: MessageKey; hint: MessageKey });

export interface SettingSection {
  id: string;
  title: MessageKey;
  fields: readonly Field[];
  /** A note under the fields. */
  hint?: MessageKey;
}

/** A choice whose values are checked against the setting's own values. */
const choice = <K extends KeysOf<string>>(
  key: K,
  legend: MessageKey,
  options: readonly { value: Settings[K]; label: MessageKey; hint?: MessageKey }[],
  when?: (s: Settings) => boolean,
): Field => ({ kind: 'choice', key, legend, options, when });

export const SETTING_SECTIONS: readonly SettingSection[] = [
  {
    id: 'general',
    title: 'section_general',
    fields: [
      { kind: 'toggle', key: 'enabled', label: 'opt_enabled' },
      choice('kinds', 'opt_kinds', [
        { value: 'all', label: 'opt_kinds_all', hint: 'opt_kinds_all_hint' },
        { value: 'claims', label: 'opt_kinds_claims', hint: 'opt_kinds_claims_hint' },
      ]),
      { kind: 'toggle', key: 'hoverCard', label: 'opt_hover_card' },
      { kind: 'range', key: 'hoverDelayMs', label: 'opt_delay', min: 0, max: 1500, step: 50 },
      choice('cardOpens', 'opt_opens', [
        { value: 'hover', label: 'opt_opens_hover', hint: 'opt_opens_hover_hint' },
        { value: 'click', label: 'opt_opens_click', hint: 'opt_opens_click_hint' },
        { value: 'modifier', label: 'opt_opens_modifier', hint: 'opt_opens_modifier_hint' },
      ]),
      choice(
        'cardModifier',
        'opt_modifier',
        [
          { value: 'Alt', label: 'opt_modifier_alt' },
          { value: 'Control', label: 'opt_modifier_control' },
          { value: 'Shift', label: 'opt_modifier_shift' },
        ],
        (s) => s.cardOpens === 'modifier',
      ),
      choice('cardTextSize', 'opt_text_size', [
        { value: 'small', label: 'opt_text_small' },
        { value: 'normal', label: 'opt_text_normal' },
        { value: 'large', label: 'opt_text_large' },
      ]),
      { kind: 'toggle', key: 'badge', label: 'opt_badge' },
      choice('theme', 'opt_theme', [
        { value: 'system', label: 'opt_theme_system' },
        { value: 'light', label: 'opt_theme_light' },
        { value: 'dark', label: 'opt_theme_dark' },
      ]),
    ],
  },
  {
    id: 'sites',
    title: 'section_sites',
    fields: [
      choice('siteMode', 'opt_site_mode', [
        { value: 'all-except', label: 'opt_site_mode_all' },
        { value: 'only-allowed', label: 'opt_site_mode_only' },
      ]),
      { kind: 'sites', key: 'disabledSites', id: 'disabled-sites', label: 'opt_sites_off', empty: 'opt_sites_off_empty', when: (s) => s.siteMode === 'all-except' },
      { kind: 'sites', key: 'allowedSites', id: 'allowed-sites', label: 'opt_sites_allowed', empty: 'opt_sites_allowed_empty', when: (s) => s.siteMode === 'only-allowed' },
    ],
    hint: 'opt_sites_hint',
  },
  {
    id: 'filters',
    title: 'section_filters',
    fields: [
      { kind: 'checkboxes', key: 'categories', legend: 'opt_topics', name: 'category', values: CATEGORIES, labelOf: (c) => categoryLabel(c as Category) },
      { kind: 'checkboxes', key: 'verdicts', legend: 'opt_verdicts', name: 'verdict', values: VERDICTS, labelOf: (v) => verdictLabel(v as Verdict) },
    ],
  },
  {
    id: 'appearance',
    title: 'section_appearance',
    fields: [
      choice('highlightStyle', 'opt_style', [
        { value: 'underline', label: 'opt_style_underline' },
        { value: 'background', label: 'opt_style_background' },
        { value: 'outline', label: 'opt_style_outline' },
      ]),
      { kind: 'preview', key: 'highlightStyle' },
    ],
  },
  {
    id: 'reports',
    title: 'section_reports',
    fields: [
      { kind: 'text', key: 'reportEmail', id: 'report-email', type: 'email', label: 'opt_report_email', hint: 'opt_report_email_hint' },
      { kind: 'text', key: 'reportForm', id: 'report-form', type: 'url', label: 'opt_report_form', hint: 'opt_report_form_hint' },
    ],
    hint: 'opt_reports_hint',
  },
];
