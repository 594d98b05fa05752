import {
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  useEffect,
  useRef,
  useState,
} from 'react';

type TriggerHandlers = Pick<
  HTMLAttributes<HTMLElement>,
  'onKeyDown' | 'onFocus' | 'onBlur' | 'onMouseEnter' | 'onMouseLeave'
>;

/**
 * A tooltip shown while its trigger is hovered or has keyboard focus, until Escape dismisses it
 * (WCAG 1.4.13); the stylesheet shows and places it. Returns whether it is dismissed and the
 * trigger's event handlers, which call the host's handlers (`own`) too.
 */
export function useTooltip(enabled: boolean, own: TriggerHandlers) {
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  // The Escape keydown the tooltip used, so it goes no further.
  const used = useRef<Event | null>(null);

  // While it may show, Escape is the tooltip's, wherever keyboard focus is. Heard on window while
  // capturing, before a dialog around the badge that closes on it at the document (Radix's do, also
  // capturing, and know no mark of ours); its default prevented says it was used, which they honour.
  useEffect(() => {
    if (!enabled || !(hovered || focused) || dismissed) return;
    const dismissOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      used.current = event;
      event.preventDefault();
      setDismissed(true);
    };
    window.addEventListener('keydown', dismissOnEscape, true);
    return () => window.removeEventListener('keydown', dismissOnEscape, true);
  }, [enabled, hovered, focused, dismissed]);

  const handlers: TriggerHandlers = {
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      // Also kept from a dialog that closes on Escape as it bubbles, heedless of the default prevented.
      if (event.nativeEvent === used.current) event.stopPropagation();
      own.onKeyDown?.(event);
    },
    onFocus(event: FocusEvent<HTMLElement>) {
      setFocused(true);
      own.onFocus?.(event);
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      setFocused(false);
      setDismissed(false);
      own.onBlur?.(event);
    },
    onMouseEnter(event: MouseEvent<HTMLElement>) {
      setHovered(true);
      own.onMouseEnter?.(event);
    },
    onMouseLeave(event: MouseEvent<HTMLElement>) {
      setHovered(false);
      setDismissed(false);
      own.onMouseLeave?.(event);
    },
  };
  return { dismissed, handlers };
}
