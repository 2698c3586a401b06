/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { cancelAsks } from '../../support/cancelAsks';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

function ClientScreenFor({ get, tab }: { get: () => string; tab: 'history' | 'plans' }) {
  return <ClientScreen clientId={get()} tab={tab} />;
}

async function openForm(tab: 'history' | 'plans', opener: string, formName: string) {
  let id = '';
  const rendered = await renderPane(<ClientScreenFor get={() => id} tab={tab} />, {
    seed: async (seeded) => {
      id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
    },
  });
  await rendered.user.click(await screen.findByRole('button', { name: opener }));
  return { ...rendered, form: () => screen.queryByRole('form', { name: formName }) };
}

describe('Cancel in a pane form', () => {
  it('on Record contact asks before throwing a typed note away', async () => {
    const { user, form } = await openForm('history', 'Record contact', 'Record contact');
    await cancelAsks(user, form, () => screen.getByLabelText(/What happened/), 'Budget approved, call back after the board meets');
    expect(screen.queryByText(/Budget approved/)).not.toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 500));
    expect(screen.getByRole('button', { name: 'Record contact' })).toBeInTheDocument();
  });

  it('on Record contact closes at once when nothing was typed', async () => {
    const { user, form } = await openForm('history', 'Record contact', 'Record contact');
    await user.click(within(form() as HTMLElement).getByRole('button', { name: 'Cancel' }));
    expect(form()).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('on Plan next contact asks before throwing a typed note away', async () => {
    const { user, form } = await openForm('history', 'Plan next contact', 'Plan next contact');
    await cancelAsks(user, form, () => within(form() as HTMLElement).getByLabelText('Note'), 'Ask about the second warehouse');
  });

  it('on the Next contacts tab asks before throwing a typed note away, and closes at once when nothing was typed', async () => {
    const { user, form } = await openForm('plans', 'Plan next contact', 'Plan next contact');
    await cancelAsks(user, form, () => within(form() as HTMLElement).getByLabelText('Note'), 'Ask about the second warehouse');

    await user.click(screen.getByRole('button', { name: 'Plan next contact' }));
    await user.click(within(form() as HTMLElement).getByRole('button', { name: 'Cancel' }));
    expect(form()).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
