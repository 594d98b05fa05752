import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { detailsRecord, fakeSource, NOW, renderHarness, SwitchingHost, testClient } from './helpers.js';

// A generated config can carry thousands of parameters: rendering them all made the dialog open over
// a second late. The first 50 show at once, the rest behind a button that says how many there are.
const parametersOf = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`option_${i}`, `value-${i}`]));

async function openWith(count: number) {
  const { source } = fakeSource(async (id) => detailsRecord(id, { parameters: parametersOf(count) }));
  renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
  const section = (await screen.findByRole('heading', { name: 'Parameters' })).closest('section') as HTMLElement;
  return {
    section,
    terms: () =>
      within(section)
        .queryAllByRole('term')
        .map((term) => term.textContent),
  };
}

describe('a long parameter list', () => {
  it('shows 50 parameters and a button that shows all, then goes on reading at the 51st', async () => {
    const { section, terms } = await openWith(120);
    expect(terms()).toEqual(Object.keys(parametersOf(50)));
    const button = within(section).getByRole('button', { name: 'Show all 120 parameters' });
    const user = userEvent.setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(terms()).toEqual(Object.keys(parametersOf(120)));
    expect(within(section).queryByRole('button')).toBeNull();
    const fifty = within(section).getByText('option_50').closest('.mlv-details__field');
    expect(fifty).toHaveFocus();
  });

  it('starts again at 50 for another migration the open dialog shows, even one already loaded', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id, { parameters: parametersOf(120) }));
    const queryClient = testClient();
    render(<SwitchingHost dataSource={source} queryClient={queryClient} />);
    const dialog = await screen.findByRole('dialog');
    const showAll = () => within(dialog).findByRole('button', { name: 'Show all 120 parameters' });
    await showAll();
    fireEvent.click(screen.getByText('Show m-2'));
    fireEvent.click(await showAll());
    expect(within(dialog).getByText('option_50')).toBeTruthy();
    // Back to m-1, in the cache by now: its details show at once, in the same list.
    fireEvent.click(screen.getByText('Show m-1'));
    await waitFor(() => expect(within(dialog).queryByText('option_50')).toBeNull());
    expect(await showAll()).toBeTruthy();
  });

  it('shows 50 or fewer parameters without a button', async () => {
    const { section, terms } = await openWith(50);
    expect(terms()).toHaveLength(50);
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('counts the button in the locale: 1,200, not 1200', async () => {
    const { section } = await openWith(1200);
    expect(within(section).getByRole('button').textContent).toBe('Show all 1,200 parameters');
  });
});
