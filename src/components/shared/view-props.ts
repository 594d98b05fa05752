import type { MigrationLogMessageOverrides } from '../../core/messages.js';

/** Props every component takes for words, dates and styling. */
export interface ViewProps {
  /** BCP 47 locale for dates and numbers. @default the browser's locale */
  locale?: string;
  /** IANA time zone for start and end times (never for cutover dates). @default the browser's time zone */
  timeZone?: string;
  /** Overrides for any UI string; missing keys fall back to English. @default English */
  messages?: MigrationLogMessageOverrides;
  /** Leave out the `mlv-styled` hook so `styles.css` does not apply: semantic markup and classes only. @default false */
  unstyled?: boolean;
}
