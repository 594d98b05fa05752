import type { QueryClient } from '@tanstack/react-query';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { errorText } from '../../core/errors.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogDataSource } from '../../core/types.js';
import { useCancelMigration } from '../../hooks/useCancelMigration.js';
import { ErrorBanner } from '../shared/ErrorBanner.js';

interface CancelMigrationProps {
  dataSource: MigrationLogDataSource;
  migrationId: string;
  /** Accepted or In progress: only then can it be cancelled. */
  active: boolean;
  queryClient: QueryClient | undefined;
  messages: MigrationLogMessages;
  /** The dialog's title: focus goes there when Cancel is gone (the migration ended meanwhile). */
  titleRef: RefObject<HTMLElement | null>;
  /** Set while a cancel asked here has not failed: it says itself how the migration ended. */
  askedRef: RefObject<boolean>;
}

type Step = 'idle' | 'confirming' | 'requested';

/**
 * Cancel with an inline confirmation. The request's outcome is shown by the details themselves:
 * the mutation reloads them, so the new status appears in the summary; a failure shows the
 * server's message and leaves the migration as it was. Render it keyed by migration id.
 * A cancel outlives the dialog: reopened while one is pending (started by an earlier instance),
 * this shows it as pending and offers no second one; once it settles, the reloaded details show a
 * success, and a failure shows as if this dialog had asked, until the user tries again or keeps it
 * running, or the migration ends (or the QueryClient drops the failed mutation).
 */
export function CancelMigration({
  dataSource,
  migrationId,
  active,
  queryClient,
  messages,
  titleRef,
  askedRef,
}: CancelMigrationProps) {
  const cancel = useCancelMigration({ dataSource, queryClient, migrationId });
  const [step, setStep] = useState<Step>('idle');
  const triggerRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The confirmation, or the message that the cancel is done: never both on screen.
  const regionRef = useRef<HTMLFieldSetElement & HTMLParagraphElement>(null);
  const returnFocus = useRef(false);
  // Own or started by an earlier instance of this dialog: either way no second request is offered.
  const busy = cancel.isPending || cancel.isCancelling(migrationId);
  const failed = cancel.error !== null;
  const done = step === 'requested' && !busy && !failed;
  askedRef.current = step === 'requested' && !failed;
  // The migration ended on its own meanwhile: nothing here is shown any more (see below).
  const gone = !active && !busy && !done;

  // Focus follows the step, so it is never left on a button that disappears or becomes disabled.
  useEffect(() => {
    if (gone) {
      // Cancel migration, the confirmation, or the failure offering to try again, is gone. Focus
      // that was in it is lost, to <body> or the dialog, both around the title; focus elsewhere stays.
      if (document.activeElement?.contains(titleRef.current)) titleRef.current?.focus();
    } else if (step === 'confirming') confirmRef.current?.focus();
    // Pending, to the confirmation; done, to the message that says so.
    else if (done || (step === 'requested' && cancel.isPending)) regionRef.current?.focus();
    // After "Keep running", once the error is cleared and the Cancel button is back; to the title
    // when it is not (the migration ended as Keep running was pressed), or focus falls to the dialog.
    else if (step === 'idle' && returnFocus.current && !failed) {
      returnFocus.current = false;
      (triggerRef.current ?? titleRef.current)?.focus();
    }
  }, [step, gone, done, cancel.isPending, failed, titleRef]);

  // Also a confirmation, or a failed cancel, of a migration that ended on its own meanwhile (its new
  // status shows in the summary): Confirm would send a cancel for a migration already over. A cancel
  // done stays said.
  if (!cancel.isSupported || gone) return null;

  const keepRunning = () => {
    cancel.reset();
    returnFocus.current = true;
    setStep('idle');
  };
  // mutate() marks the mutation pending synchronously, so the render after this never sees
  // "requested, not pending, no error" before the request has settled. Refused (one is already
  // pending), nothing was requested here, so "done" must not follow.
  const confirm = () => {
    if (cancel.cancel(migrationId)) setStep('requested');
  };

  if (done) {
    return (
      <p ref={regionRef} className="mlv-details__cancel-done" role="status" tabIndex={-1}>
        {messages.cancelDone}
      </p>
    );
  }

  if (step === 'idle' && !busy && !failed) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="mlv-button mlv-details__cancel"
        onClick={() => setStep('confirming')}
      >
        {messages.cancelMigration}
      </button>
    );
  }

  return (
    <fieldset
      ref={regionRef}
      className="mlv-details__cancel-confirm"
      tabIndex={-1}
      aria-busy={busy}
      data-state={busy ? 'pending' : failed ? 'failed' : 'confirming'}
      // Escape backs out like "Keep running" while that is offered. Pending, there is nothing to
      // back out of (the request outlives the dialog), so Escape closes the dialog as anywhere else.
      data-handles-escape={!busy || undefined}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) keepRunning();
      }}
    >
      <legend className="mlv-details__cancel-question">{messages.cancelQuestion}</legend>
      {failed && <ErrorBanner title={messages.cancelFailedTitle} message={errorText(cancel.error, messages)} />}
      <div className="mlv-details__cancel-actions">
        <button
          ref={confirmRef}
          type="button"
          className="mlv-button mlv-button--danger"
          disabled={busy}
          aria-busy={busy}
          onClick={confirm}
        >
          {busy ? messages.cancelPending : messages.cancelConfirm}
        </button>
        <button type="button" className="mlv-button" disabled={busy} onClick={keepRunning}>
          {messages.cancelKeepRunning}
        </button>
      </div>
    </fieldset>
  );
}
