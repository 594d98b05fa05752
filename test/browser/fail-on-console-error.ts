import { afterEach, beforeEach, expect, vi } from 'vitest';

// A story that logs an error (a React warning, a failed prop type, an uncaught rejection logged by
// a library) fails its test: "renders" must mean "renders cleanly".
let errors: unknown[][] = [];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  expect(errors.map((args) => args.map(String).join(' '))).toEqual([]);
});
