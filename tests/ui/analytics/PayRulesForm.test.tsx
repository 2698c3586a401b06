/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { layOutPane } from '../../support/layOutPane';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);
afterEach(() => jest.restoreAllMocks());

const STALLED = 'Stalled deal: no movement for over (days)';
const PERCENT = 'Percent of payments received';
const SAVE = 'Save rules and limits';

async function openPay(host?: FakeMailHost) {
  layOutPane(600);
  const rendered = await renderPane(<AnalyticsScreen tab="pay" />, { route: { screen: 'analytics' }, host });
  // Shown once the user is known to be one who may change the rules.
  await screen.findByRole('button', { name: host ? 'Зберегти правила й межі' : SAVE });
  return rendered;
}

const field = (name: string) => screen.getByRole('textbox', { name });

describe('the Pay tab’s rules and limits', () => {
  it('asks before another tab throws away a limit changed and not saved; after a save it asks nothing', async () => {
    const { user } = await openPay();
    await user.clear(field(STALLED));
    await user.type(field(STALLED), '50');

    await user.click(screen.getByRole('tab', { name: 'Sales' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('tab', { name: 'Pay' })).toHaveAttribute('aria-selected', 'true');
    expect(field(STALLED)).toHaveValue('50');

    await user.click(screen.getByRole('tab', { name: 'Sales' }));
    await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Sales' })).toHaveAttribute('aria-selected', 'true'));
    await user.click(screen.getByRole('tab', { name: 'Pay' }));
    expect(await screen.findByRole('textbox', { name: STALLED })).toHaveValue('30');

    await user.clear(field(STALLED));
    await user.type(field(STALLED), '50');
    await user.click(await screen.findByRole('button', { name: SAVE }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Sales' }));
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Sales' })).toHaveAttribute('aria-selected', 'true'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before another screen of the pane throws the typing away', async () => {
    layOutPane(600);
    const { user } = await renderPane(<App />);
    await user.click(await screen.findByRole('button', { name: 'Analytics' }));
    await user.click(await screen.findByRole('tab', { name: 'Pay' }));
    await screen.findByRole('button', { name: SAVE });
    await user.clear(field(STALLED));
    await user.type(field(STALLED), '50');

    await user.click(screen.getByRole('button', { name: 'Search clients' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(field(STALLED)).toHaveValue('50');
  });

  it('takes a field’s message away as it is mended, the summary with the last one, and “Saved.” with the next edit', async () => {
    const { user } = await openPay();
    await user.clear(field(PERCENT));
    await user.type(field(PERCENT), 'abc');
    await user.clear(field('Clients in work: at least'));
    await user.type(field('Clients in work: at least'), '100');
    await user.clear(field('Clients in work: at most'));
    await user.type(field('Clients in work: at most'), '60');
    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(await screen.findByText('A percent from 0 to 100, at most two decimals.')).toBeInTheDocument();
    expect(screen.getByText('Nothing was saved: check the marked fields.')).toBeInTheDocument();

    await user.clear(field(PERCENT));
    await user.type(field(PERCENT), '3');
    expect(screen.queryByText('A percent from 0 to 100, at most two decimals.')).not.toBeInTheDocument();
    // The least above the most is still there.
    expect(screen.getByText('Nothing was saved: check the marked fields.')).toBeInTheDocument();
    expect(screen.getByText('More than the “at most” limit below: lower this or raise that one.')).toBeInTheDocument();

    // Raising the most mends the range: both its messages go, and the summary with them.
    await user.clear(field('Clients in work: at most'));
    await user.type(field('Clients in work: at most'), '120');
    expect(screen.queryByText('More than the “at most” limit below: lower this or raise that one.')).not.toBeInTheDocument();
    expect(screen.queryByText('Less than the “at least” limit above: raise this or lower that one.')).not.toBeInTheDocument();
    expect(screen.queryByText('Nothing was saved: check the marked fields.')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: SAVE }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    await user.type(field(STALLED), '5');
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
  });

  it('says why the rules were not saved, and keeps what was typed', async () => {
    const { user, app } = await openPay();
    jest.spyOn(app.analytics!, 'saveSettings').mockRejectedValue(Object.assign(new Error('The disk is full'), { name: 'TypeError' }));
    await user.clear(field(PERCENT));
    await user.type(field(PERCENT), '4');
    await user.click(screen.getByRole('button', { name: SAVE }));
    // Not the store's, and no words for it: what failed, and the error's name for the administrator on its own line, never its English.
    expect(await screen.findByText('The rules were not saved: something went wrong. Try again; if it keeps failing, tell your administrator.')).toBeInTheDocument();
    expect(screen.getByText('Error code for your administrator: TypeError')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('The disk is full');
    expect(screen.queryByText(/Could not compute the figures/)).not.toBeInTheDocument();
    expect(field(PERCENT)).toHaveValue('4');
  });

  it('says in Ukrainian why the rules were not saved', async () => {
    const { user, app } = await openPay(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    jest.spyOn(app.analytics!, 'saveSettings').mockRejectedValue(Object.assign(new Error('The disk is full'), { name: 'TypeError' }));
    await user.click(screen.getByRole('button', { name: 'Зберегти правила й межі' }));
    expect(await screen.findByText('Правила не збережено: щось пішло не так. Спробуйте ще раз; якщо не вийде й тоді, зверніться до адміністратора.')).toBeInTheDocument();
    expect(screen.getByText('Код помилки для адміністратора: TypeError')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('The disk is full');
    expect(screen.queryByText(/Не вдалося обчислити показники/)).not.toBeInTheDocument();
  });

  it('puts the focus on the tier before the one removed, or on Add when none is left', async () => {
    const { user } = await openPay();
    const add = screen.getByRole('button', { name: 'Add a volume tier' });
    await user.click(add);
    await user.click(add);
    await user.click(screen.getByRole('button', { name: 'Remove volume tier 2' }));
    expect(within(screen.getByRole('group', { name: 'Volume tier 1' })).getByRole('textbox', { name: 'From a month’s volume of' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove volume tier 1' }));
    expect(screen.getByRole('button', { name: 'Add a volume tier' })).toHaveFocus();
  });

  it('puts the focus on the first marked field after a save that marked any, and again after the next', async () => {
    const { user } = await openPay();
    await user.clear(field(PERCENT));
    await user.type(field(PERCENT), 'abc');
    await user.clear(field(STALLED));
    await user.type(field(STALLED), 'soon');
    await user.click(screen.getByRole('button', { name: SAVE }));
    await waitFor(() => expect(field(PERCENT)).toHaveFocus());

    await user.clear(field(PERCENT));
    await user.type(field(PERCENT), '3');
    await user.click(screen.getByRole('button', { name: SAVE }));
    await waitFor(() => expect(field(STALLED)).toHaveFocus());
    // The save kept nothing: leaving still asks.
    await user.click(screen.getByRole('tab', { name: 'Sales' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
  });
});
