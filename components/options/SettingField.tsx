import type { Settings } from '../../utils/settings-schema';
import { Toggle, Choice, CheckboxGroup } from './Section';
import { SiteListEditor } from './SiteListEditor';
import { StylePreview } from './StylePreview';
import type { Field } from './setting-fields';

/** One row of the settings table, drawn with the current value; `set` stores a change. */
export function SettingField({ field, settings, set }: { field: Field; settings: Settings; set(patch: Partial<Settings>): void }) {
  if (field.when && !field.when(settings)) return null;
  const change = (value: unknown) => set({ [field.key]: value } as Partial<Settings>);
  switch (field.kind) {
    case 'toggle':
      return <Toggle label={field.label} checked={settings[field.key]} onChange={change} name={field.key} />;
    case 'choice':
      return <Choice legend={field.legend} name={field.key} value={String(settings[field.key])} options={field.options} onChange={change} />;
    case 'checkboxes':
      return <CheckboxGroup legend={field.legend} name={field.name} options={field.options} checked={settings[field.key]} onChange={change} />;
    case 'range': {
      const value = settings[field.key];
      return (
        <label class="el-opt-row">
          <span>{field.label}</span>
          <input
            type="range"
            min={field.min}
            max={field.max}
            step={field.step}
            value={value}
            aria-valuetext={`${value} milliseconds`}
            onChange={(e) => change(Number((e.target as HTMLInputElement).value))}
          />
          <output>{value} ms</output>
        </label>
      );
    }
    case 'sites':
      return <SiteListEditor id={field.id} label={field.label} sites={settings[field.key]} onChange={change} empty={field.empty} />;
    case 'preview':
      return <StylePreview style={settings[field.key]} />;
  }
}
