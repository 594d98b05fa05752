import { type RefObject, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-layout-effect.js';

// useLayoutEffect warns during server rendering in React 18; nothing needs it there.

/** A ref that always holds the last committed value, for callbacks that must not change identity. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
