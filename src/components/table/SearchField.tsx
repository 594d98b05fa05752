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
  // The value last passed in, then the searches sent since that the host has not passed back yet,
  // oldest first: the last is what the draft is compared with.
  const sent = useRef([value]);
  // The latest callback, so a parent re-render does not restart the debounce timer.
  const onChange = useCallbackRef(onValueChange);

  // An outside change (reset, URL) wins over the draft. Our own searches coming back are none: a
  // host whose router is slower than the typing passes them back, in order, after more was typed,
  // which must stay. One passed back settles those sent before it: the host's own change to one of
  // them later is an outside change again.
  useEffect(() => {
    const i = sent.current.indexOf(value);
    if (i < 0) setDraft(value);
    sent.current = i < 0 ? [value] : sent.current.slice(i);
  }, [value]);

  useEffect(() => {
    if (draft === sent.current.at(-1)) return;
    const timer = setTimeout(() => {
      sent.current.push(draft);
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
          if (event.key === 'Enter' && draft !== sent.current.at(-1)) {
            sent.current.push(draft);
            onChange(draft);
          }
        }}
      />
    </div>
  );
}
