import { type HTMLAttributes, type ReactNode, useRef } from 'react';
import { useCallbackRef } from '../../hooks/use-callback-ref.js';
import { useIsomorphicLayoutEffect } from '../../hooks/use-layout-effect.js';
import { cx } from './class-names.js';

export interface ErrorBannerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** What failed, in the words of `messages`. */
  title: ReactNode;
  /** Why, as text (the server's words or the `messages` text for the error); none to leave it out. */
  message?: string | null;
  /** More of the alert's text, a space after the reason: what is shown meanwhile. @default none */
  children?: ReactNode;
  /** Offers a Retry button labelled `retryLabel`. */
  onRetry?: () => void;
  retryLabel?: string;
  /**
   * A retry is running: the button stays (and keeps focus) but says it is busy and ignores clicks.
   * Pass it with `onRetry`: a retry that ends with the banner still shown failed, and is announced.
   */
  isRetrying?: boolean;
  /**
   * The banner goes away with focus in it (a retry succeeded): move focus where the content starts,
   * or it falls to <body> (WCAG 2.4.3).
   */
  onFocusLost?: (banner: HTMLElement) => void;
}

/**
 * Every error of the library's UI: an alert with a title, the reason as text, and Retry. Only the
 * text is the alert: inside it, Retry would be read out as part of the error ("… 503. Retry").
 */
export function ErrorBanner({
  title,
  message,
  children,
  onRetry,
  retryLabel,
  isRetrying,
  onFocusLost,
  className,
  ...rest
}: ErrorBannerProps) {
  // A failed retry often fails the same way: the same text in the same alert is not read again. A new
  // alert element is, so each retry that ends with the banner still here re-creates it. Polls that fail
  // again (no Retry pressed) keep it, or the error would be read out every few seconds.
  const retries = useRef(0);
  const alertKey = useRef(0);
  if (!isRetrying) alertKey.current = retries.current;
  // Checked as it unmounts, while its button is still in the document and focused.
  const banner = useRef<HTMLDivElement>(null);
  const focusLost = useCallbackRef(onFocusLost);
  useIsomorphicLayoutEffect(
    () => () => {
      const node = banner.current;
      if (node?.contains(document.activeElement)) focusLost(node);
    },
    [],
  );
  return (
    <div {...rest} ref={banner} className={cx('mlv-error-banner', className)}>
      <div key={alertKey.current} className="mlv-error-banner__text" role="alert">
        <strong className="mlv-error-banner__title">{title}</strong>{' '}
        {message != null && (
          <span className="mlv-error-banner__message" dir="auto">
            {message}
          </span>
        )}{' '}
        {children}
      </div>
      {onRetry && (
        <button
          type="button"
          className="mlv-button"
          onClick={
            isRetrying
              ? undefined
              : () => {
                  retries.current++;
                  onRetry();
                }
          }
          aria-disabled={isRetrying || undefined}
          aria-busy={isRetrying || undefined}
        >
          {retryLabel}
        </button>
      )}
    </div>
  );
}
