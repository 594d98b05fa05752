import type { ReactNode } from 'react';
import { formatNumber } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';

/** One name → value pair of a definition list; the wrapper `div` is valid inside `dl`. */
export function Field({ label, children, name }: { label: ReactNode; children: ReactNode; name?: string }) {
  return (
    <div className="mlv-details__field" data-field={name}>
      <dt className="mlv-details__label">{label}</dt>
      <dd className="mlv-details__value">{children}</dd>
    </div>
  );
}

/** A count in the locale, or the "not available" mark for a missing or invalid one. */
export function countText(value: number | null, locale: string | undefined, messages: MigrationLogMessages): string {
  return value === null ? messages.notAvailable : formatNumber(value, { locale });
}
