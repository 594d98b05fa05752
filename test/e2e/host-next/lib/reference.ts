/** The moment the seeded data is generated for, as in the Vite hosts' reference server. */
export const DATA_NOW = Date.parse('2025-05-01T09:30:00Z');
export const DATA_SEED = 14;
export const DATA_COUNT = 120;
