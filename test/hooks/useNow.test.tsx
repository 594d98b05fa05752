import { act, renderHook } from '@testing-library/react';
import { useNow } from '../../src/hooks/useNow.js';

describe('useNow', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-05-01T12:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const start = Date.parse('2024-05-01T12:00:00Z');

  it('ticks every interval while enabled', () => {
    const { result } = renderHook(() => useNow(1000, true));
    expect(result.current).toBe(start);
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe(start + 1000);
    act(() => vi.advanceTimersByTime(3000));
    expect(result.current).toBe(start + 4000);
  });

  it('runs no timer while disabled, and catches up when enabled', () => {
    const { result, rerender } = renderHook(({ enabled }) => useNow(1000, enabled), {
      initialProps: { enabled: false },
    });
    expect(vi.getTimerCount()).toBe(0);
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe(start);
    rerender({ enabled: true });
    expect(result.current).toBe(start + 5000);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('returns an injected time and never ticks', () => {
    const fixed = Date.parse('2020-01-01T00:00:00Z');
    const { result } = renderHook(() => useNow(1000, true, new Date(fixed)));
    expect(result.current).toBe(fixed);
    expect(vi.getTimerCount()).toBe(0);
    act(() => vi.advanceTimersByTime(5000));
    expect(result.current).toBe(fixed);
  });

  it('clears its timer on unmount', () => {
    const { unmount } = renderHook(() => useNow(1000, true));
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
