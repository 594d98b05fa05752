import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';

// useLayoutEffect warns during server rendering in React 18; nothing needs it there.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** A ref that always holds the last committed value, for callbacks that must not change identity. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
