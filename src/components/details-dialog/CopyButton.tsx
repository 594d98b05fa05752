import { type RefObject, useEffect, useRef, useState } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';

interface CopyButtonProps {
  value: string;
  /** The element showing the value; selected when copying fails so the user can copy it by hand. */
  selectTarget: RefObject<HTMLElement | null>;
  messages: MigrationLogMessages;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a value to the clipboard and says so in a polite live region. */
export function CopyButton({ value, selectTarget, messages }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = (next: CopyState) => {
    // Long enough to read; cleared afterwards so a second copy is announced again.
    const FEEDBACK_MS = 3000;
    // Emptied first: "Copied" again, unchanged, is nothing a live region would announce.
    setState('idle');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setState(next);
      timer.current = setTimeout(() => setState('idle'), FEEDBACK_MS);
    }, 100);
  };

  // Never rejects (every failure is shown), so it is the click handler as it is.
  const copy = async () => {
    try {
      // `navigator.clipboard` is missing outside secure contexts (plain http) and in some embedded
      // browsers: the TypeError lands in the catch like a refused write.
      await navigator.clipboard.writeText(value);
      show('copied');
    } catch {
      // Selected instead, so the user can copy it by hand.
      if (selectTarget.current) getSelection()?.selectAllChildren(selectTarget.current);
      show('failed');
    }
  };

  return (
    <>
      <button type="button" className="mlv-button mlv-details__copy" aria-label={messages.copyIdLabel} onClick={copy}>
        {messages.copy}
      </button>
      {/* Always rendered: a live region must exist before its text changes to be announced. */}
      <span className="mlv-details__copy-status" role="status" data-state={state}>
        {state === 'copied' ? messages.copied : state === 'failed' ? messages.copyFailed : ''}
      </span>
    </>
  );
}
