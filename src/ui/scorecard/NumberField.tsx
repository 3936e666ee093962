/**
 * A number input that only reports values it can accept. While the text is
 * not a number in range (empty, "1.", "-2") it is shown as typed and marked
 * invalid, and the last good value stays in force: the preset being edited
 * is always a valid one, and the person can type through invalid states.
 */
import { useState } from 'react';

/** Props of `NumberField`. */
export interface NumberFieldProps {
  label: string;
  /** The value in force; `null` for "none" when `allowEmpty`. */
  value: number | null;
  onChange: (value: number | null) => void;
  /** An empty field means `null` (no threshold, no cap) instead of invalid. */
  allowEmpty?: boolean;
  /** Accept whole numbers only. */
  integer?: boolean;
  /** Smallest value accepted (default 0). */
  min?: number;
  step?: number;
  'data-testid'?: string;
}

function parse(
  text: string,
  { allowEmpty, integer, min = 0 }: NumberFieldProps,
): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return allowEmpty ? null : undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < min) return undefined;
  if (integer && !Number.isInteger(value)) return undefined;
  return value;
}

/** A labelled number input (see the module comment). */
export function NumberField(props: NumberFieldProps) {
  const { label, value, onChange, step = 0.1 } = props;
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  // A value changed from outside (another preset chosen) replaces the text.
  if (shown !== value) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const parsed = parse(text, props);
  return (
    <label className="dz-number-field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        step={step}
        min={props.min ?? 0}
        value={text}
        aria-invalid={parsed === undefined}
        data-testid={props['data-testid']}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const result = parse(next, props);
          if (result !== undefined && result !== value) {
            setShown(result);
            onChange(result);
          }
        }}
      />
    </label>
  );
}
