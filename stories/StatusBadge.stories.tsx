import type { Meta, StoryObj } from '@storybook/react-vite';
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
