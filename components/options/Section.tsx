import type { ComponentChildren } from 'preact';

export function Section(props: { id: string; title: string; intro?: string; children: ComponentChildren }) {
  return (
    <section class="el-opt-section" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 class="el-opt-title" id={`${props.id}-title`}>
        {props.title}
      </h2>
      {props.intro && <p class="el-opt-intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

export function Toggle(props: { label: string; checked: boolean; onChange(v: boolean): void; hint?: string; name?: string }) {
  return (
    <label class="el-opt-row el-opt-toggle">
      <input type="checkbox" role="switch" name={props.name} checked={props.checked} onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)} />
      <span>
        {props.label}
        {props.hint && <span class="el-opt-hint">{props.hint}</span>}
      </span>
    </label>
  );
}

export function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string; hint?: string }[];
  onChange(v: T): void;
}) {
  return (
    <fieldset class="el-opt-fieldset">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label class="el-opt-row" key={o.value}>
          <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
          <span>
            {o.label}
            {o.hint && <span class="el-opt-hint">{o.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A set of checkboxes over a list of values (topics, verdicts): `checked` is the list of chosen ones. */
export function CheckboxGroup<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly { value: T; label: string }[];
  checked: readonly T[];
  onChange(checked: T[]): void;
}) {
  const toggle = (value: T, on: boolean) =>
    props.onChange(on ? [...new Set([...props.checked, value])] : props.checked.filter((x) => x !== value));
  return (
    <fieldset class="el-opt-fieldset el-opt-grid">
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label class="el-opt-row" key={o.value}>
          <input type="checkbox" name={props.name} value={o.value} checked={props.checked.includes(o.value)} onChange={(e) => toggle(o.value, (e.target as HTMLInputElement).checked)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
