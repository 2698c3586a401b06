/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
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

/** Cancel after typing asks; "Keep editing" keeps the typing, "Close without saving" closes the form. */
async function cancelAsks(user: UserEvent, form: () => HTMLElement | null, field: () => HTMLElement, typed: string) {
  await user.type(field(), typed);
  await user.click(within(form() as HTMLElement).getByRole('button', { name: 'Cancel' }));
  const dialog = await screen.findByRole('dialog', { name: 'Close without saving?' });
  expect(within(dialog).getByText('What you typed in this form is not saved yet. Closing it loses it.')).toBeInTheDocument();
  await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus());
  await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
  await waitFor(() => expect(dialog).not.toBeInTheDocument());
  expect(form()).toBeInTheDocument();
  expect(field()).toHaveValue(typed);

  await user.click(within(form() as HTMLElement).getByRole('button', { name: 'Cancel' }));
  await user.click(await screen.findByRole('button', { name: 'Close without saving' }));
  await waitFor(() => expect(form()).not.toBeInTheDocument());
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
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
