/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { renderPane } from '../../support/renderPane';

/** The id is known only after seeding, so the element reads it when it renders. */
function HistoryOf({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="history" />;
}

jest.setTimeout(20_000);

async function historyWithACall() {
  let id = '';
  const pane = await renderPane(<HistoryOf get={() => id} />, {
    seed: async (seeded) => {
      id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      await seeded.recordContact({ clientId: id, type: 'call', at: new Date(2026, 2, 9, 11).toISOString(), text: 'First call', outcome: '' });
    },
  });
  await screen.findByText('First call');
  return pane;
}

describe('Plan next contact in History', () => {
  it('keeps the focus on Plan next contact after Save, not on the filters below, with the notice beside it', async () => {
    const { user } = await historyWithACall();
    await user.click(screen.getByRole('button', { name: 'Plan next contact' }));
    const form = screen.getByRole('form', { name: 'Plan next contact' });
    await user.click(within(form).getByRole('button', { name: 'Plan next contact' }));

    expect(await screen.findByText('Next contact planned for 13 Mar 2026')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Plan next contact' })).toHaveFocus());
    // The focus stays put once the form's own hand-back has run.
    await new Promise((settled) => setTimeout(settled, 10));
    expect(screen.getByRole('button', { name: 'Plan next contact' })).toHaveFocus();
  });

  it('gives the focus back to Plan next contact on Escape', async () => {
    const { user } = await historyWithACall();
    await user.click(screen.getByRole('button', { name: 'Plan next contact' }));
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('form', { name: 'Plan next contact' })).not.toBeInTheDocument();
    await new Promise((settled) => setTimeout(settled, 10));
    expect(screen.getByRole('button', { name: 'Plan next contact' })).toHaveFocus();
  });
});
