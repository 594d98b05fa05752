import type { MigrationStatusOrUnknown } from '../../core/types.js';

// Each status has its own shape, so status never depends on colour alone.
const PATHS: Record<MigrationStatusOrUnknown, string> = {
  accepted:
    'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm0 1.5a5 5 0 1 1 0 10A5 5 0 0 1 8 3Zm-.75 1.75v3.6l2.7 1.6.75-1.25-1.95-1.15V4.75h-1.5Z',
  'in-progress': 'M8 1.5A6.5 6.5 0 1 0 14.5 8H13A5 5 0 1 1 8 3V1.5Zm0 3v3.5h3.5A3.5 3.5 0 0 0 8 4.5Z',
  error:
    'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM5.9 4.8 8 6.9l2.1-2.1 1.1 1.1L9.1 8l2.1 2.1-1.1 1.1L8 9.1l-2.1 2.1-1.1-1.1L6.9 8 4.8 5.9l1.1-1.1Z',
  completed:
    'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm3 4.2 1.06 1.06-4.81 4.81-2.81-2.8L5.5 7.7l1.75 1.75 3.75-3.75Z',
  'completed-warning': 'M8 1.2 15 14H1L8 1.2Zm-.75 4.3v4h1.5v-4h-1.5Zm0 5.25v1.5h1.5v-1.5h-1.5Z',
  unknown:
    'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm0 2.75a2.5 2.5 0 0 1 .75 4.88v.87h-1.5V8a.75.75 0 0 1 .75-.75 1 1 0 1 0-1-1H5.5A2.5 2.5 0 0 1 8 4.25Zm-.75 6.5h1.5v1.5h-1.5v-1.5Z',
};

/** Decorative status icon; the label next to it carries the meaning. */
export function StatusIcon({ status }: { status: MigrationStatusOrUnknown }) {
  return (
    <svg className="mlv-status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule="evenodd" d={PATHS[status]} />
    </svg>
  );
}
