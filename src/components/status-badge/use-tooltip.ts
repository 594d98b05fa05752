import { type FocusEvent, type HTMLAttributes, type KeyboardEvent, type MouseEvent, useEffect, useState } from 'react';

type TriggerHandlers = Pick<HTMLAttributes<HTMLElement>, 'onKeyDown' | 'onBlur' | 'onMouseEnter' | 'onMouseLeave'>;

/**
 * A tooltip shown while its trigger is hovered or has keyboard focus, until Escape dismisses it
 * (WCAG 1.4.13); the stylesheet shows and places it. Returns whether it is dismissed and the
 * trigger's event handlers, which call the host's handlers (`own`) too.
 */
export function useTooltip(enabled: boolean, own: TriggerHandlers) {
  const [hovered, setHovered] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  // Pointer content is dismissible while keyboard focus is anywhere else, too.
  useEffect(() => {
    if (!enabled || !hovered || dismissed) return;
    const dismissOnEscape = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', dismissOnEscape);
    return () => document.removeEventListener('keydown', dismissOnEscape);
  }, [enabled, hovered, dismissed]);

  const handlers: TriggerHandlers = {
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      // Stopped here, so that Escape on the focused badge does not also close a dialog around it.
      if (enabled && event.key === 'Escape' && !dismissed) {
        setDismissed(true);
        event.stopPropagation();
      }
      own.onKeyDown?.(event);
    },
    onBlur(event: FocusEvent<HTMLElement>) {
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
