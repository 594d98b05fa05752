import type { MigrationStatusOrUnknown } from '../../core/types.js';

// Each status has its own shape, so status never depends on colour alone. Strokes 1.5 px wide;
// most draw their mark in the same ring (`M2 8a6 6 0 1 0 12 0A6 6 0 1 0 2 8`).
const PATHS: Record<MigrationStatusOrUnknown, string> = {
  // A clock.
  accepted: 'M2 8a6 6 0 1 0 12 0A6 6 0 1 0 2 8M8 5v3l2 1.5',
  // An open ring with a quarter filled in.
  'in-progress': 'M8 2a6 6 0 1 0 6 6M8 5v3h3a3 3 0 0 0-3-3',
  // A cross.
  error: 'M2 8a6 6 0 1 0 12 0A6 6 0 1 0 2 8M6 6l4 4m0-4-4 4',
  // A tick.
  completed: 'M2 8a6 6 0 1 0 12 0A6 6 0 1 0 2 8M5 8l2 2 4-4',
  // An exclamation mark in a triangle.
  'completed-warning': 'M8 2l6.5 11.5h-13ZM8 6.5V9m0 2.5v.01',
  // A question mark.
  unknown: 'M2 8a6 6 0 1 0 12 0A6 6 0 1 0 2 8M6.25 6.5a1.75 1.75 0 1 1 2.5 1.6c-.5.25-.75.6-.75 1.15m0 2v.01',
};

/** Decorative status icon; the label next to it carries the meaning. */
export function StatusIcon({ status }: { status: MigrationStatusOrUnknown }) {
  return (
    <svg
      className="mlv-status-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[status]} />
    </svg>
  );
}
