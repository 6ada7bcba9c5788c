import * as v from 'valibot';
import type { ComponentChildren } from 'preact';
import { FIELD_SCHEMAS, type Settings } from '../../utils/settings-schema';
import { t } from '../../utils/i18n';
import { Toggle, Choice, CheckboxGroup } from './Section';
import { SiteListEditor } from './SiteListEditor';
import { StylePreview } from './StylePreview';
import { TextSetting } from './TextSetting';
import type { ChoiceOption, Field } from './setting-fields';

const words = (options: readonly ChoiceOption[]) => options.map((o) => ({ value: o.value, label: t(o.label), hint: o.hint && t(o.hint) }));

/**
 * One row of the settings table, drawn with the current value; `set` stores a change. A field the
 * organisation locked (managed-settings.ts) is drawn greyed out, its controls disabled, with a note.
 */
export function SettingField(props: { field: Field; settings: Settings; set(patch: Partial<Settings>): void; locked?: boolean }) {
  const { field, settings } = props;
  if (field.when && !field.when(settings)) return null;
  const control = <FieldControl {...props} />;
  if (!props.locked || field.kind === 'preview') return control;
  return <Locked id={`el-managed-${field.key}`}>{control}</Locked>;
}

function Locked(props: { id: string; children: ComponentChildren }) {
  return (
    <fieldset class="el-opt-managed" disabled aria-describedby={props.id}>
      {props.children}
      <span class="el-opt-managed-note" id={props.id}>
        {t('managed_note')}
      </span>
    </fieldset>
  );
}

function FieldControl({ field, settings, set }: { field: Field; settings: Settings; set(patch: Partial<Settings>): void }) {
  const change = (value: unknown) => set({ [field.key]: value } as Partial<Settings>);
  switch (field.kind) {
    case 'toggle':
      return <Toggle label={t(field.label)} checked={settings[field.key]} onChange={change} name={field.key} />;
    case 'choice':
      return <Choice legend={t(field.legend)} name={field.key} value={String(settings[field.key])} options={words(field.options)} onChange={change} />;
    case 'checkboxes': {
      const options = field.values.map((value) => ({ value, label: field.labelOf(value) }));
      return <CheckboxGroup legend={t(field.legend)} name={field.name} options={options} checked={settings[field.key]} onChange={change} />;
    }
    case 'range': {
      const value = settings[field.key];
      return (
        <label class="el-opt-row">
          <span>{t(field.label)}</span>
          <input
            type="range"
            min={field.min}
            max={field.max}
            step={field.step}
            value={value}
            aria-valuetext={t('opt_delay_spoken', value)}
            onChange={(e) => change(Number((e.target as HTMLInputElement).value))}
          />
          <output>{t('opt_delay_value', value)}</output>
        </label>
      );
    }
    case 'sites':
      return <SiteListEditor id={field.id} label={t(field.label)} sites={settings[field.key]} onChange={change} empty={t(field.empty)} />;
    case 'preview':
      return <StylePreview style={settings[field.key]} />;
    case 'text':
      return (
        <TextSetting
          id={field.id}
          type={field.type}
          label={t(field.label)}
          hint={t(field.hint)}
          value={settings[field.key]}
          valid={(text) => v.safeParse(FIELD_SCHEMAS[field.key], text).success}
          onChange={change}
        />
      );
  }
}
