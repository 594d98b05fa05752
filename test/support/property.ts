/**
 * How every property test of the rendered library runs: a fixed seed, so `npm test` is
 * reproducible, and at least 200 runs per property. On failure fast-check prints the seed, the
 * path of the shrunk counterexample and the counterexample itself; replay it with
 * `fc.assert(prop, { ...PROPERTY_OPTIONS, path: '<path>' })`.
 *
 * Locally, `MLV_FC_SEED=123 MLV_FC_RUNS=1000 npx vitest run <file>` explores other inputs; CI never
 * sets them.
 */
const envNumber = (name: string): number | undefined => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
};

export const PROPERTY_SEED = envNumber('MLV_FC_SEED') ?? 20261128;
export const PROPERTY_RUNS = envNumber('MLV_FC_RUNS') ?? 200;

export const PROPERTY_OPTIONS = { seed: PROPERTY_SEED, numRuns: PROPERTY_RUNS } as const;

/** Generous: 200 renders of the whole view on a shared 2-core machine. */
export const PROPERTY_TIMEOUT_MS = 600_000;
