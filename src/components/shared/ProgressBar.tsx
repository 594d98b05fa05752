import { formatPercent } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import { notAvailable } from './not-available.js';

export interface ProgressBarProps {
  /** 0–100, or null when unknown. */
  value: number | null;
  locale?: string | undefined;
  messages: MigrationLogMessages;
  /** Text after the bar. @default the percentage */
  valueText?: string;
}

/** A real progress bar (role, value, name) with the percentage as visible text. */
export function ProgressBar({ value, locale, messages, valueText }: ProgressBarProps) {
  if (value === null) return notAvailable(messages);
  // Floored like the text: 99.6 of a running migration must not read 100, which says done.
  const whole = Math.floor(value);
  const text = valueText ?? formatPercent(value, { locale });
  return (
    <span className="mlv-progress">
      <span
        className="mlv-progress__track"
        role="progressbar"
        aria-label={messages.progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={whole}
        aria-valuetext={text}
      >
        <span className="mlv-progress__fill" style={{ width: `${value}%` }} />
      </span>
      <span className="mlv-progress__text">{text}</span>
    </span>
  );
}
