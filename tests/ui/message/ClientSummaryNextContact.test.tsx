/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import { FakeMailHost } from '../../support/fakeMailHost';
import { aReadItem } from '../../support/builders/aReadItem';
import { renderPane } from '../../support/renderPane';

// The pane's clock says Tuesday 10 March 2026, 09:00 local time.
const march = (day: number) => new Date(2026, 2, day, 9, 0, 0);

// Flows that type into several fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(20_000);

async function openMessageOfFabrikam(language: 'en' | 'uk' = 'en', due = '2026-03-06') {
  const item = aReadItem();
  return renderPane(<MessagePanel item={item} />, {
    host: new FakeMailHost({ item, displayLanguage: language === 'uk' ? 'uk-UA' : 'en-GB' }),
    seed: async (seeded, setNow) => {
      const client = await seeded.createClient({
        client: { name: 'Fabrikam', domains: ['fabrikam.ua'] },
        contacts: [{ name: 'Taras Shevchuk', position: '', emails: ['taras.shevchuk@fabrikam.ua'], phones: [] }],
      });
      setNow(march(2));
      await seeded.planNextContact({ clientId: client.id, due, kind: 'meeting', note: '' });
    },
  });
}

describe('the open message’s client', () => {
  it('says its next contact is overdue, as Today’s plan does', async () => {
    await openMessageOfFabrikam();
    const next = await screen.findByText(/Overdue since 6 Mar 2026/);
    expect(next.closest('dd')).toHaveTextContent('Overdue since 6 Mar 2026 · Meeting');
  });

  it('says so in Ukrainian, the date kept whole', async () => {
    await openMessageOfFabrikam('uk');
    const next = await screen.findByText(/Термін минув/);
    expect(next.closest('dd')?.textContent).toBe('Термін минув 6\u00a0бер.\u00a02026\u00a0р. ·\u00a0Зустріч');
  });

  it('plans the next contact from the message, shows it as the next contact and keeps the focus on the button', async () => {
    const { user } = await openMessageOfFabrikam('en', '2026-03-20');
    const plan = await screen.findByRole('button', { name: 'Plan next contact' });
    await user.click(plan);
    const form = screen.getByRole('form', { name: 'Plan next contact' });
    await user.selectOptions(within(form).getByLabelText('Kind'), 'Call');
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '12/03/2026');
    await user.click(within(form).getByRole('button', { name: 'Plan next contact' }));

    expect(await screen.findByText('Next contact planned for 12 Mar 2026')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Plan next contact' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Plan next contact' })).toHaveFocus());
    await waitFor(() => expect(screen.getByText('Next contact').nextElementSibling).toHaveTextContent('12 Mar 2026 · Call'));
  });

  it('records the planned meeting from the message, closing that plan, then offers to plan the next one', async () => {
    const { user } = await openMessageOfFabrikam();
    await user.click(await screen.findByRole('button', { name: 'Record contact' }));
    const form = screen.getByRole('form', { name: 'Record contact' });
    await user.selectOptions(within(form).getByLabelText('Type'), 'meeting');
    await user.type(within(form).getByLabelText(/What happened/), 'Agreed the spring order.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Contact recorded.')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Plan next contact' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Next contact').nextElementSibling).toHaveTextContent('None planned'));
  });
});
