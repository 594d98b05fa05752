import { useCallback, useState } from 'react';

/**
 * A value the host may control (`value` with `onChange`) or leave to the component (`value`
 * undefined, starting from `defaultValue`). Returns the value to show and a setter that stores the
 * next value when uncontrolled and reports it either way.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((next: T) => void) | undefined,
) {
  const [own, setOwn] = useState(defaultValue);
  const isControlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!isControlled) setOwn(next);
      onChange?.(next);
    },
    [isControlled, onChange],
  );
  return [isControlled ? value : own, set] as const;
}
