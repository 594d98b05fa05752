export type { CheckDataSourceOptions, DataSourceReport } from './check-data-source.js';
export { checkDataSource } from './check-data-source.js';
// invalidResponseError is internal (the REST source and the hooks).
export type { ErrorMessages, MigrationLogErrorKind } from './errors.js';
export { errorMessage, errorText, MigrationLogError } from './errors.js';
export * from './format.js';
export * from './messages-de.js';
export * from './normalize.js';
export { toCalendarDate, toInstant, toProgress } from './normalize-values.js';
// effectiveFilter is internal (the REST source's list URL).
export {
  canonicalQuery,
  DEFAULT_PAGE_SIZES,
  DEFAULT_QUERY,
  firstSortDirection,
  hasActiveFilter,
  pageCount,
  resolveQuery,
  SORT_FIELDS,
} from './query.js';
export * from './status.js';
export type * from './types.js';
export * from './url-state.js';
export * from './zoned-day.js';

// The messages last, out of alphabetical order on purpose: gzip finds more repeats with them after
// the rest of core (-11 B gzip host-added in `npm run size`; see src/index.ts).

export * from './messages.js';
