import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { detailsRecord, fakeSource, NOW, renderHarness } from './helpers.js';

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
