import { type ChangeEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useCallbackRef } from '../../hooks/use-callback-ref.js';

/**
 * The props of an input whose text runs ahead of its controlled `value`. An input reports each
 * keystroke (a date input typed 2024 gives the years 0002, 0020 and 0202 first), so a change while
 * a key is down in it is sent once it stays unchanged for `debounceMs`. Any other change (a day
 * clicked in a date input's calendar, a clear button) is sent at once, and so is the text on Enter
 * (its keyup: also the one choosing a day in a calendar opened from the keyboard, which takes the
 * keydown) and when focus leaves.
 */
export function useDraft(value: string, onValueChange: (value: string) => void, debounceMs: number) {
  const [draft, setDraft] = useState(value);
  const keyDown = useRef(false);
  // The value last passed in, then the drafts sent since that the host has not passed back yet,
  // oldest first: the last is what the draft is compared with.
  const sent = useRef([value]);
  // Of stable identity, calling the latest onValueChange: a parent re-render does not restart the
  // debounce timer.
  const send = useCallbackRef((next: string) => {
    setDraft(next);
    if (next !== sent.current.at(-1)) {
      sent.current.push(next);
      onValueChange(next);
    }
  });

  // An outside change (reset, URL) wins over the draft. Our own drafts coming back are none: a
  // host whose router is slower than the typing passes them back, in order, after more was typed,
  // which must stay. One passed back settles those sent before it: the host's own change to one of
  // them later is an outside change again.
  useEffect(() => {
    const i = sent.current.indexOf(value);
    if (i < 0) setDraft(value);
    sent.current = i < 0 ? [value] : sent.current.slice(i);
  }, [value]);

  useEffect(() => {
    const timer = setTimeout(() => send(draft), debounceMs);
    return () => clearTimeout(timer);
  }, [draft, debounceMs, send]);

  return {
    value: draft,
    onChange: (event: ChangeEvent<HTMLInputElement>) => (keyDown.current ? setDraft : send)(event.target.value),
    onKeyDown: () => {
      keyDown.current = true;
    },
    onKeyUp: (event: KeyboardEvent) => {
      keyDown.current = false;
      if (event.key === 'Enter') send(draft);
    },
    // A key's keyup can miss this field: Tab's reaches the next one, and those of a calendar opened
    // from the keyboard (Escape closing it) reach the calendar. A pointer press is no key.
    onPointerDown: () => {
      keyDown.current = false;
    },
    onBlur: () => {
      keyDown.current = false;
      send(draft);
    },
  };
}
