'use client';
import { useEffect, version } from 'react';

/** Marks the page once React has hydrated it, so the tests check what hydration left, not the HTML. */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.reactVersion = version;
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
