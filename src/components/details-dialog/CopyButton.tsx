import { type RefObject, useEffect, useRef, useState } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';

interface CopyButtonProps {
  value: string;
  /** The element showing the value; selected when copying fails so the user can copy it by hand. */
  selectTarget: RefObject<HTMLElement | null>;
  messages: MigrationLogMessages;
}

type CopyState = 'idle' | 'copied' | 'failed';

// Long enough to read; cleared afterwards so a second copy is announced again.
const FEEDBACK_MS = 3000;

function selectContents(element: HTMLElement | null): void {
  if (!element || typeof window === 'undefined') return;
  const selection = window.getSelection();
  if (!selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Copies a value to the clipboard and says so in a polite live region. */
export function CopyButton({ value, selectTarget, messages }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (next: CopyState) => {
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
  };

  const copy = async () => {
    // Missing outside secure contexts (plain http) and in some embedded browsers.
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    try {
      if (typeof clipboard?.writeText !== 'function') throw new Error('Clipboard unavailable');
      await clipboard.writeText(value);
      show('copied');
    } catch {
      selectContents(selectTarget.current);
      show('failed');
    }
  };

  return (
    <>
      <button
        type="button"
        className="mlv-button mlv-details__copy"
        aria-label={messages.copyIdLabel}
        onClick={() => void copy()}
      >
        {messages.copy}
      </button>
      {/* Always rendered: a live region must exist before its text changes to be announced. */}
      <span className="mlv-details__copy-status" role="status" data-state={state}>
        {state === 'copied' ? messages.copied : state === 'failed' ? messages.copyFailed : ''}
      </span>
    </>
  );
}
