import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { detailsRecord, fakeSource, renderHarness, SwitchingHost, testClient } from './helpers.js';

/**
 * Every text any status line of the page held, even for one commit: a live region's text is read
 * out when it changes, also in a render that is removed right after.
 */
function recordStatusTexts() {
  const texts: string[] = [];
  // Each change's own region, read when the change is reported: also one removed from the page since.
  const observer = new MutationObserver((records) => {
    for (const { target } of records) {
      const element = target instanceof Element ? target : target.parentElement;
      const text = element?.closest('[role="status"]')?.textContent ?? '';
      if (text && texts.at(-1) !== text) texts.push(text);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

const COMPLETED = 'The migration is completed and all the data was generated successfully.';

describe('the status line does not say a status the dialog did not see change', () => {
  it('stays quiet while the dialog of a completed migration closes', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id, { status: 'Completed', progress: 100 }));
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'run-1' });
    await user.click(screen.getByRole('button', { name: 'Open run-1' }));
    await within(await screen.findByRole('dialog')).findByText('Completed');
    const status = recordStatusTexts();
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    status.stop();
    expect(status.texts).not.toContain(COMPLETED);
  });

  it('stays quiet when the host switches from an active migration to a completed one', async () => {
    const { source } = fakeSource(async (id) =>
      detailsRecord(id, id === 'm-2' ? { status: 'Completed', progress: 100 } : {}),
    );
    render(<SwitchingHost dataSource={source} queryClient={testClient()} />);
    await within(await screen.findByRole('dialog')).findByText('In progress');
    const status = recordStatusTexts();
    // A click alone, as a host's router changing the id: a pointer down outside would close the dialog.
    fireEvent.click(screen.getByRole('button', { name: 'Show m-2', hidden: true }));
    await within(screen.getByRole('dialog')).findByText('Completed');
    status.stop();
    expect(status.texts).not.toContain(COMPLETED);
  });
});
