import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { StatusBadge } from '../../../src/components/status-badge/StatusBadge.js';
import { listenerLedger } from '../../support/listener-ledger.js';

// The stylesheet shows the tooltip unless it is marked dismissed; these check when it is. Where it
// shows and that nothing clips it is checked in Chromium (stories/StatusBadge.stories.tsx).
function setup(props: Partial<Parameters<typeof StatusBadge>[0]> = {}) {
  const user = userEvent.setup();
  render(
    <>
      <label>
        Notes <input />
      </label>
      <StatusBadge status="COMPLETED_WARNING" {...props} />
    </>,
  );
  const badge = screen.getByText('Completed-Warning').parentElement as HTMLElement;
  const tooltip = screen.getByRole('tooltip', { hidden: true });
  return { user, badge, tooltip, input: screen.getByRole('textbox') };
}

describe('StatusBadge tooltip', () => {
  it('is the badge’s accessible description, shown or not', () => {
    const { badge } = setup();
    expect(badge).toHaveAccessibleDescription(/completed, but the data was only partly/);
  });

  it('says an unknown raw status whole, as the badge may cut it short', () => {
    const raw = 'PAUSED_BY_OPERATOR_FOR_SCHEDULED_DATABASE_MAINTENANCE';
    render(<StatusBadge status={raw} />);
    expect(screen.getByRole('tooltip', { hidden: true })).toHaveTextContent(
      `Unknown (${raw}). The server reported a status this view does not know.`,
    );
  });

  it('is dismissed by Escape while hovered, with keyboard focus elsewhere (WCAG 1.4.13)', async () => {
    const { user, badge, tooltip, input } = setup();
    await user.click(input);
    await user.hover(badge);
    expect(tooltip).not.toHaveAttribute('data-dismissed');
    await user.keyboard('{Escape}');
    expect(tooltip).toHaveAttribute('data-dismissed');
    expect(input).toHaveFocus();
    // Hovering again shows it again.
    await user.unhover(badge);
    expect(tooltip).not.toHaveAttribute('data-dismissed');
    await user.hover(badge);
    expect(tooltip).not.toHaveAttribute('data-dismissed');
  });

  it('ignores Escape when the badge is neither hovered nor focused', async () => {
    const { user, tooltip, input } = setup();
    await user.click(input);
    await user.keyboard('{Escape}');
    expect(tooltip).not.toHaveAttribute('data-dismissed');
  });

  it('is dismissed by Escape on the focused badge, which keeps the key from a dialog around it', async () => {
    const onDocumentKey = vi.fn((event: KeyboardEvent) => event.key === 'Escape');
    document.addEventListener('keydown', onDocumentKey);
    try {
      const { user, badge, tooltip } = setup();
      await user.tab();
      await user.tab();
      expect(badge).toHaveFocus();
      await user.keyboard('{Escape}');
      expect(tooltip).toHaveAttribute('data-dismissed');
      expect(onDocumentKey).not.toHaveReturnedWith(true);
    } finally {
      document.removeEventListener('keydown', onDocumentKey);
    }
  });

  it('leaves Escape alone on a badge focused by a click once the pointer has left', async () => {
    const onDocumentKey = vi.fn((event: KeyboardEvent) => event.key === 'Escape' && !event.defaultPrevented);
    document.addEventListener('keydown', onDocumentKey);
    try {
      const { user, badge } = setup();
      await user.click(badge);
      expect(badge).toHaveFocus();
      await user.unhover(badge);
      await user.keyboard('{Escape}');
      expect(onDocumentKey).toHaveReturnedWith(true);
    } finally {
      document.removeEventListener('keydown', onDocumentKey);
    }
  });

  it('listens for Escape only while hovered or focused', async () => {
    const ledger = listenerLedger({ window, document });
    try {
      const { user, badge, input } = setup();
      expect(ledger.live()).not.toContain('window keydown');
      await user.hover(badge);
      expect(ledger.live()).toContain('window keydown');
      await user.unhover(badge);
      expect(ledger.live()).not.toContain('window keydown');
      await user.tab();
      await user.tab();
      expect(badge).toHaveFocus();
      expect(ledger.live()).toContain('window keydown');
      await user.click(input);
      expect(ledger.live()).not.toContain('window keydown');
    } finally {
      ledger.restore();
    }
  });

  it('still calls the host’s handlers', async () => {
    const handlers = {
      onMouseEnter: vi.fn(),
      onMouseLeave: vi.fn(),
      onKeyDown: vi.fn(),
      onFocus: vi.fn(),
      onBlur: vi.fn(),
    };
    const { user, badge } = setup(handlers);
    await user.hover(badge);
    await user.unhover(badge);
    await user.tab();
    await user.tab();
    await user.keyboard('{Escape}');
    await user.tab();
    for (const handler of Object.values(handlers)) expect(handler).toHaveBeenCalled();
    expect(handlers.onKeyDown).toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
  });

  it('has no tooltip and no listener when describe is false', async () => {
    const ledger = listenerLedger({ window, document });
    try {
      render(<StatusBadge status="error" describe={false} />);
      expect(screen.queryByRole('tooltip', { hidden: true })).toBeNull();
      // Shown as text beside the badge, the description is not read a second time.
      expect(screen.getByText('Error').closest('[data-status]')).not.toHaveAttribute('aria-describedby');
      expect(document.body).not.toHaveTextContent('Some errors occurred');
      await userEvent.hover(screen.getByText('Error'));
      expect(ledger.live()).not.toContain('window keydown');
    } finally {
      ledger.restore();
    }
  });
});
