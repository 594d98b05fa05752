import { act, render } from '@testing-library/react';
import { LiveStatus } from '../../../src/components/shared/LiveStatus.js';
import { VisuallyHidden } from '../../../src/components/shared/VisuallyHidden.js';

// Hidden by inline style (unstyled mode too) and by `mlv-sr` (server-rendered under a strict CSP).
const HIDDEN = 'position: absolute; width: 1px; height: 1px; overflow: hidden; white-space: nowrap;';

describe('screen-reader-only text', () => {
  it('VisuallyHidden: a span with the class and the hiding style, and nothing else', () => {
    const { container } = render(<VisuallyHidden>No migrations match these filters. </VisuallyHidden>);
    const span = container.firstElementChild as HTMLElement;
    expect(span.tagName).toBe('SPAN');
    expect(span.getAttributeNames()).toEqual(['class', 'style']);
    expect(span).toHaveClass('mlv-sr', { exact: true });
    expect(span).toHaveStyle(HIDDEN);
    expect(span.style.clipPath).toBe('inset(50%)');
    expect(span.textContent).toBe('No migrations match these filters. ');
  });

  it('LiveStatus: a hidden status region, empty at first and given its text a moment later', () => {
    vi.useFakeTimers();
    try {
      const { container } = render(<LiveStatus text="Loading migrations…" />);
      const span = container.firstElementChild as HTMLElement;
      expect(span.tagName).toBe('SPAN');
      expect(span.getAttributeNames()).toEqual(['role', 'class', 'style']);
      expect(span).toHaveAttribute('role', 'status');
      expect(span).toHaveClass('mlv-sr', { exact: true });
      expect(span).toHaveStyle(HIDDEN);
      expect(span.textContent).toBe('');
      act(() => vi.advanceTimersByTime(100));
      expect(span.textContent).toBe('Loading migrations…');
    } finally {
      vi.useRealTimers();
    }
  });
});
