import { type InputHTMLAttributes, useId } from 'react';
import { useDraft } from './use-draft.js';

interface DraftFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  /** The field's class: `mlv-field` and any of its own. */
  className: string;
  label: string;
  value: string;
  /** Called once typing pauses for `debounceMs`, or at once (see useDraft). */
  onValueChange: (value: string) => void;
  debounceMs: number;
}

/** A labelled toolbar input (the search, each date) that asks the data source only once typing pauses. */
export function DraftField({ label, value, onValueChange, debounceMs, className, ...input }: DraftFieldProps) {
  const id = useId();
  const draft = useDraft(value, onValueChange, debounceMs);
  return (
    <div className={className}>
      <label className="mlv-field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="mlv-input" {...input} {...draft} />
    </div>
  );
}
