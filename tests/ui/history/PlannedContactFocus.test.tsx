/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

const march = (day: number, hour = 9) => new Date(2026, 2, day, hour, 0, 0);

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="plans" />;
}

jest.setTimeout(30_000);

/** Contoso with a meeting planned on 6 March and a call on 20 March; the pane's clock says 10 March. */
async function withPlans() {
  let id = '';
  const rendered = await renderPane(<ClientScreenFor get={() => id} />, {
    seed: async (seeded, setNow) => {
      id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      setNow(march(2));
      await seeded.planNextContact({ clientId: id, due: '2026-03-06', kind: 'meeting', note: 'Show the new line' });
      await seeded.planNextContact({ clientId: id, due: '2026-03-20', kind: 'call', note: 'Ask about the budget' });
    },
  });
  await screen.findByText('Show the new line');
  const open = () => screen.getByRole('list', { name: 'Planned' });
  const plan = (note: string) => within(open()).getByText(note).closest('li') as HTMLElement;
  const notes = () => within(open()).getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent);
  return { ...rendered, plan, notes };
}

describe('The focus after a planned contact’s form', () => {
  it.each([
    ['Reschedule', 'Change the planned contact'],
    ['Record contact', 'Record contact'],
  ])('goes back to that plan’s %s when its form is left with Escape or Cancel', async (action, form) => {
    const { user, plan } = await withPlans();
    await user.click(within(plan('Show the new line')).getByRole('button', { name: action }));
    expect(screen.getByRole('form', { name: form })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(plan('Show the new line')).getByRole('button', { name: action })).toHaveFocus());

    await user.click(within(plan('Show the new line')).getByRole('button', { name: action }));
    await user.click(within(screen.getByRole('form', { name: form })).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(within(plan('Show the new line')).getByRole('button', { name: action })).toHaveFocus());
  });

  it('goes back to that plan’s Remove when removing is not confirmed', async () => {
    const { user, plan } = await withPlans();
    await user.click(within(plan('Show the new line')).getByRole('button', { name: 'Remove' }));
    await user.click(await screen.findByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(within(plan('Show the new line')).getByRole('button', { name: 'Remove' })).toHaveFocus());
  });

  it('after Save of Reschedule goes to that plan’s Reschedule in its new place, and the new date is announced', async () => {
    const { user, plan, notes } = await withPlans();
    await user.click(within(plan('Show the new line')).getByRole('button', { name: 'Reschedule' }));
    const form = screen.getByRole('form', { name: 'Change the planned contact' });
    await user.clear(within(form).getByLabelText('Date'));
    await user.type(within(form).getByLabelText('Date'), '24/03/2026');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(notes()).toEqual(['Ask about the budget', 'Show the new line']));
    expect(screen.getByText(/Planned contact moved to/).closest('[aria-live]')).not.toBeNull();
    await waitFor(() => expect(within(plan('Show the new line')).getByRole('button', { name: 'Reschedule' })).toHaveFocus());
    // Enter again opens the same plan's Reschedule, not another form.
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('form', { name: 'Change the planned contact' })).getByLabelText('Note')).toHaveValue('Show the new line');
  });
});
