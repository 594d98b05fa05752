export * from './errors.js';
export * from './format.js';
export * from './messages.js';
export * from './normalize.js';
export { toCalendarDate, toInstant, toProgress } from './normalize-values.js';
export * from './query.js';
export * from './status.js';
export type * from './types.js';
