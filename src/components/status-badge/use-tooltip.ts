import {
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  useEffect,
  useRef,
  useState,
} from 'react';

type TriggerHandlers = Pick<
  HTMLAttributes<HTMLElement>,
  'onKeyDown' | 'onFocus' | 'onBlur' | 'onMouseEnter' | 'onMouseLeave' | 'onPointerDown'
>;

// A browser without the selector throws: there, any key counts as keyboard use.
function focusVisible(element: Element) {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true;
  }
}

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
  // Focus that comes from a press shows no tooltip (the stylesheet's :focus-visible does not match).
  const pressed = useRef(false);

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
      // A key on a pressed badge makes its focus visible, and the tooltip with it; an Escape that
      // does so goes on to close what it was meant for, and leaves the tooltip hidden.
      else if (!focused && focusVisible(event.currentTarget)) {
        setFocused(true);
        if (event.key === 'Escape') setDismissed(true);
      }
      own.onKeyDown?.(event);
    },
    onFocus(event: FocusEvent<HTMLElement>) {
      setFocused(!pressed.current);
      pressed.current = false;
      own.onFocus?.(event);
    },
    onPointerDown(event: PointerEvent<HTMLElement>) {
      pressed.current = true;
      own.onPointerDown?.(event);
    },
    onBlur(event: FocusEvent<HTMLElement>) {
      pressed.current = false;
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
