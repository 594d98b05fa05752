import { durationMs, formatDuration } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import { useNow } from '../../hooks/useNow.js';
import { notAvailable } from '../shared/not-available.js';

interface DurationTextProps {
  start: Date | null;
  end: Date | null;
  active: boolean;
  /** Fixed clock for stories and tests; the ticking clock otherwise. */
  now: number | undefined;
  locale: string | undefined;
  messages: MigrationLogMessages;
}

/**
 * How long the migration ran, ticking every second while it runs. Its own component so the tick
 * re-renders this text only, not the dialog around it.
 */
export function DurationText({ start, end, active, now, locale, messages }: DurationTextProps) {
  const ticking = active && start !== null && end === null;
  const current = useNow(1000, ticking, now);
  const ms = durationMs(start, end, active, current);
  if (ms === null) return notAvailable(messages);
  return <span className="mlv-details__duration">{formatDuration(ms, messages.durationUnits, { locale })}</span>;
}
