import { act, fireEvent, render, screen } from '@testing-library/react';
import { CopyButton } from '../../../src/components/details-dialog/CopyButton.js';
import { defaultMessages } from '../../../src/core/messages.js';

// "Copied" must stay long enough to be read (3 s), then go, so that the next copy is said again.
describe('CopyButton feedback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // jsdom has no clipboard.
    vi.stubGlobal('navigator', { clipboard: { writeText: async () => {} } });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('says "Copied" 100 ms after the copy, for 3 seconds, then empties the status', async () => {
    render(<CopyButton value="m-1" selectTarget={{ current: null }} messages={defaultMessages} />);
    const status = screen.getByRole('status');
    fireEvent.click(screen.getByRole('button', { name: 'Copy migration ID' }));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(status).toHaveTextContent(/^Copied$/);
    await act(() => vi.advanceTimersByTimeAsync(2999));
    expect(status).toHaveTextContent(/^Copied$/);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(status).toHaveTextContent(/^$/);
    expect(status).toHaveAttribute('data-state', 'idle');
  });
});
