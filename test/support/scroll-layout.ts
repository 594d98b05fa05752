import { act, fireEvent } from '@testing-library/react';
import { afterAll, beforeAll } from 'vitest';

/**
 * jsdom has no layout: gives the scroll mode's scroll area a height and a scroll height, and makes
 * scrollTo move it, as a browser would, for the tests of the calling file.
 */
export function fakeScrollLayout(sizes: { clientHeight: number; scrollHeight: number }): void {
  beforeAll(() => {
    for (const [key, size] of Object.entries(sizes)) {
      Object.defineProperty(HTMLElement.prototype, key, {
        configurable: true,
        get(this: HTMLElement) {
          return this.classList.contains('mlv-table-scroll--virtual') ? size : 0;
        },
      });
    }
    // A browser moves the scroll position at once and tells listeners later, as jsdom's fireEvent must.
    HTMLElement.prototype.scrollTo = function scrollTo(this: HTMLElement, options?: ScrollToOptions | number) {
      if (typeof options !== 'object' || options.top === undefined) return;
      this.scrollTop = options.top;
      setTimeout(() => act(() => fireEvent.scroll(this)), 0);
    };
  });
  afterAll(() => {
    for (const key of Object.keys(sizes)) Reflect.deleteProperty(HTMLElement.prototype, key);
    Reflect.deleteProperty(HTMLElement.prototype, 'scrollTo');
  });
}
