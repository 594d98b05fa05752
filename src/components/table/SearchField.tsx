import { useEffect, useId, useRef, useState } from 'react';
import { useCallbackRef } from '../../hooks/use-callback-ref.js';

interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  /** Called after the user stops typing for `debounceMs`, or at once on Enter. */
  onValueChange: (value: string) => void;
  debounceMs: number;
}

/** A search box that asks the data source only once typing pauses. */
export function SearchField({ label, placeholder, value, onValueChange, debounceMs }: SearchFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const committed = useRef(value);
  // The latest callback, so a parent re-render does not restart the debounce timer.
  const onChange = useCallbackRef(onValueChange);

  // An outside change (reset, URL) wins over the draft. Our own search coming back is none: a host
  // whose router is slower than the typing passes it back after more was typed, which must stay.
  useEffect(() => {
    if (value === committed.current) return;
    committed.current = value;
    setDraft(value);
  }, [value]);

  useEffect(() => {
    if (draft === committed.current) return;
    const timer = setTimeout(() => {
      committed.current = draft;
      onChange(draft);
    }, debounceMs);
    return () => clearTimeout(timer);
  }, [draft, debounceMs, onChange]);

  return (
    <div className="mlv-field mlv-search">
      <label className="mlv-field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="mlv-input"
        type="search"
        value={draft}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && draft !== committed.current) {
            committed.current = draft;
            onChange(draft);
          }
        }}
      />
    </div>
  );
}
