import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { StatusBadge } from '../src/components/status-badge/StatusBadge.js';
import { germanMessages } from '../src/core/messages-de.js';
import { MIGRATION_STATUSES } from '../src/core/status.js';

const meta = {
  title: 'Components/StatusBadge',
  component: StatusBadge,
  args: { status: 'completed', describe: true },
  argTypes: {
    status: {
      control: 'select',
      options: [...MIGRATION_STATUSES, 'COMPLETED_WARNING', 'In progress', 'PAUSED'],
    },
  },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Accepted: Story = { args: { status: 'accepted' } };
export const InProgress: Story = { args: { status: 'in-progress' } };
export const ErrorStatus: Story = { name: 'Error', args: { status: 'error' } };
export const Completed: Story = { args: { status: 'completed' } };
export const CompletedWarning: Story = { args: { status: 'completed-warning' } };
/** A status the view does not know keeps the server's raw value visible. */
export const Unknown: Story = { args: { status: 'PAUSED_BY_OPERATOR' } };

/** Server spellings are normalised: these all read as known statuses. */
export const RawSpellings: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      {['COMPLETED_WARNING', 'Completed-Warning', 'IN_PROGRESS', 'In progress', 'ACCEPTED'].map((raw) => (
        <StatusBadge key={raw} status={raw} />
      ))}
    </div>
  ),
};

function AllStatuses({ supportText }: { supportText?: string }) {
  return (
    <table>
      <caption>Every status with its description</caption>
      <thead>
        <tr>
          <th scope="col">Badge</th>
          <th scope="col">Raw value</th>
        </tr>
      </thead>
      <tbody>
        {[...MIGRATION_STATUSES, 'something-else'].map((status) => (
          <tr key={status}>
            <td>
              <StatusBadge status={status} messages={supportText ? { supportText } : undefined} />
            </td>
            <td>
              <code>{status}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The grid designers review: every status, light theme. */
export const AllStatusesGrid: Story = { render: () => <AllStatuses /> };

/** Error and Completed-Warning add the host's support text to their description. */
export const WithSupportText: Story = {
  render: () => <AllStatuses supportText="Contact support at help@example.com." />,
};

export const Dark: Story = { parameters: { theme: 'dark' }, render: () => <AllStatuses /> };

export const German: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      {MIGRATION_STATUSES.map((status) => (
        <StatusBadge key={status} status={status} messages={germanMessages} />
      ))}
    </div>
  ),
};

/** Shown and not clipped: the point at the tooltip's centre hits the tooltip itself. */
function isShown(tooltip: HTMLElement) {
  const { left, top, width, height } = tooltip.getBoundingClientRect();
  const hit = tooltip.ownerDocument.elementFromPoint(left + width / 2, top + height / 2);
  return width > 2 && height > 2 && hit !== null && tooltip.contains(hit);
}

/**
 * The tooltip escapes a clipping box (CSS anchor positioning, fixed to the viewport), and Escape
 * dismisses a tooltip shown by the pointer while keyboard focus is elsewhere (WCAG 1.4.13).
 */
export const TooltipInAClippingBox: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 12, justifyItems: 'start' }}>
      <label>
        Notes <input />
      </label>
      <div style={{ overflow: 'hidden', width: 180, height: 40 }}>
        <StatusBadge status="completed-warning" />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: 'Notes' });
    const badge = canvas.getByText('Completed-Warning').closest<HTMLElement>('.mlv-status-badge');
    const tooltip = canvas.getByRole('tooltip', { hidden: true });
    if (!badge) throw new Error('no badge');
    // Keyboard focus shows it (:focus-visible), whole, outside the 40 px box around the badge.
    input.focus();
    await userEvent.tab();
    await expect(badge).toHaveFocus();
    await waitFor(() => expect(isShown(tooltip)).toBe(true));
    await expect(tooltip.getBoundingClientRect().bottom).toBeGreaterThan(
      (badge.parentElement as HTMLElement).getBoundingClientRect().bottom,
    );
    // The pointer's tooltip: Escape dismisses it while focus stays in the text field.
    input.focus();
    await userEvent.hover(badge);
    await userEvent.keyboard('{Escape}');
    await expect(tooltip).toHaveAttribute('data-dismissed');
    await expect(input).toHaveFocus();
    await expect(badge).toHaveAccessibleDescription(/completed, but the data was only partly/);
    await userEvent.unhover(badge);
    await expect(tooltip).not.toHaveAttribute('data-dismissed');
  },
};
