import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

/**
 * A text setting (where reports go): stored when the reader leaves the box or presses Enter, and only
 * when `valid`; otherwise it says why and keeps the stored value.
 */
export function TextSetting(props: { id: string; label: string; hint: string; type: 'email' | 'url'; value: string; valid(text: string): boolean; onChange(text: string): void }) {
  const [text, setText] = useState(props.value);
  const [bad, setBad] = useState(false);
  useEffect(() => setText(props.value), [props.value]);
  const commit = () => {
    const next = text.trim();
    if (next === props.value) return setBad(false);
    if (!props.valid(next)) return setBad(true);
    setBad(false);
    props.onChange(next);
  };
  return (
    <div class="el-opt-text">
      <label class="el-opt-row el-opt-inline" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        inputMode={props.type}
        spellcheck={false}
        value={text}
        aria-invalid={bad}
        aria-describedby={`${props.id}-hint`}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <span class="el-opt-hint" id={`${props.id}-hint`}>
        {props.hint}
      </span>
      {bad && (
        <p class="el-opt-error" role="alert">
          {t('opt_text_invalid')}
        </p>
      )}
    </div>
  );
}
