/** Word lists for demo data. Names mix scripts, accents and lengths so layouts meet real text. */

export const FIRST_NAMES: readonly string[] = [
  'Ana',
  'Björn',
  'Chloé',
  'Dmitri',
  'Emeka',
  'Fatima',
  'Grace',
  'Hiroshi',
  'Ingrid',
  'José',
  'Kavya',
  'Liam',
  'Mei',
  'Noah',
  'Olga',
  'Priya',
  'Quentin',
  'Rosa',
  'Søren',
  'Tomasz',
  'Uma',
  'Valentina',
  'Wei',
  'Yusuf',
  'Zoë',
];

export const LAST_NAMES: readonly string[] = [
  'García',
  'Andersson',
  'Dubois',
  'Ivanov',
  'Okafor',
  'Haddad',
  'Thompson',
  'Tanaka',
  'Larsen',
  'Fernández',
  'Reddy',
  "O'Brien",
  'Zhang',
  'Müller',
  'Kowalczyk',
  'Nakamura',
  'Rossi',
  'Nguyen',
  'Schmidt',
  'Silva',
];

/** Deliberately long values: they must wrap or truncate without breaking a row. */
export const LONG_NAMES: readonly string[] = [
  'Maximilian Alexander Friedrich von Hohenzollern-Sigmaringen',
  'Anna-Katharina Oberlindober-Wittelsbach (Finance Operations, EMEA)',
  'revenue-recognition-migration-service-account@billing-platform.internal.example.com',
  'Srinivasaraghavan Venkataramanan Chandrasekharan',
];

export const SERVICE_ACCOUNTS: readonly string[] = [
  'migration-bot@billing.example.com',
  'scheduler@billing.example.com',
  'api-client-42@integrations.example.com',
];

export const EMAIL_DOMAINS: readonly string[] = ['acme.example.com', 'globex.example', 'initech.example.org'];

export const TENANTS: readonly string[] = ['acme-eu', 'acme-us', 'globex-apac', 'initech-prod', 'umbrella-sandbox'];

/** Billing objects a migration turns into transactions, in the order a migration processes them. */
export const OBJECT_NAMES: readonly string[] = [
  'Subscriptions',
  'Order line items',
  'Invoice items',
  'Credit memos',
  'Debit memos',
  'Payments',
  'Usage records',
  'Revenue schedules',
];

export const BATCH_SIZES: readonly number[] = [250, 500, 1000, 2000, 5000];
