/** Texts of generated issues. Grouped ones repeat verbatim; single ones name their record. */

export const GROUPED_ERRORS: readonly string[] = [
  'Tax code is not configured for the region of the record.',
  'The referenced product was deleted before the cutover date.',
  'The record is applied to an invoice outside the migration scope.',
  'The currency differs from the currency of the account.',
  'No active rate plan exists at the cutover date.',
  'The billing period could not be determined.',
];

export const GROUPED_WARNINGS: readonly string[] = [
  'The amount was rounded to the precision of its currency.',
  'The revenue schedule was recalculated because it starts before the cutover date.',
  'The subscription term was extended to cover the cutover date.',
  'An archived record was skipped.',
  'The record has no owner; the default owner was used.',
];

export const SINGLE_ERRORS: readonly ((key: string) => string)[] = [
  (key) => `${key}: the amount does not match the original transaction.`,
  (key) => `${key}: the account of this record was merged into another account.`,
  (key) => `${key}: a duplicate transaction already exists for this record.`,
];

export const SINGLE_WARNINGS: readonly ((key: string) => string)[] = [
  (key) => `${key}: the description was truncated to 255 characters.`,
  (key) => `${key}: the service period ends after the subscription term.`,
];

const PREFIXES: Record<string, string> = {
  Subscriptions: 'SUB',
  'Order line items': 'OLI',
  'Invoice items': 'INV',
  'Credit memos': 'CM',
  'Debit memos': 'DM',
  Payments: 'PAY',
  'Usage records': 'USG',
  'Revenue schedules': 'RS',
};

/** A record key in the style of the object, e.g. `INV-004211`. */
export function recordKey(object: string, number: number): string {
  // Own keys only: an object named `toString` (a host's record) has no prefix.
  return `${Object.hasOwn(PREFIXES, object) ? PREFIXES[object] : 'REC'}-${String(number).padStart(6, '0')}`;
}

/** The object issues are attributed to when a migration lists none. */
export const DEFAULT_ISSUE_OBJECTS: readonly string[] = ['Subscriptions', 'Invoice items'];
