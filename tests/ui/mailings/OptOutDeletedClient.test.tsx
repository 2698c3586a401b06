/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { useState } from 'react';
import type { App } from '../../../src/app/createApp';
import type { Client } from '../../../src/domain/model/Client';
import { ClientMailingActions } from '../../../src/taskpane/modules/mailings/components/ClientMailingActions';
import { useApp } from '../../../src/taskpane/ui/AppContext';
import { useLive } from '../../../src/taskpane/ui/useLive';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

/** The card's actions for the first client, kept as first read: the card stays while a colleague deletes the client. */
function KeptActions() {
  const app = useApp();
  const [kept, setKept] = useState<Client | null>(null);
  const { data } = useLive(async () => (await app.queries.searchClients('', 1))[0]?.client ?? null, []);
  if (data && !kept) setKept(data);
  return kept ? <ClientMailingActions client={kept} /> : null;
}

const seed = async (app: App) => {
  await app.createClient({
    client: { name: 'Alpha Trade', status: 'customer', mailingConsent: 'granted', domains: [] },
    contacts: [{ name: 'Anna Koval', position: '', emails: ['anna@alpha.example'], phones: [] }],
  });
};

describe('Mailings: opting out a client a colleague deleted meanwhile', () => {
  it.each([
    ['en', undefined, 'Record opt-out', 'The opt-out was not recorded: the client is no longer there; a colleague may have deleted it.'],
    ['uk', new FakeMailHost({ displayLanguage: 'uk-UA' }), 'Відписати від розсилок', 'Не вдалося відписати від розсилок: цього клієнта вже немає; можливо, його видалив колега.'],
  ])('says so in the pane’s language (%s), with no English detail', async (_, host, action, said) => {
    const { user, app } = await renderPane(<KeptActions />, { seed, host });
    await user.click(await screen.findByRole('button', { name: action }));
    const dialog = await screen.findByRole('dialog');
    const [hit] = await app.queries.searchClients('', 1);
    await app.deleteClient(hit!.client.id);
    await user.click(within(dialog).getByRole('button', { name: action }));
    expect(await screen.findByRole('alert')).toHaveTextContent(said);
    expect(document.body).not.toHaveTextContent(/No client with id|RecordNotFound/);
  });
});
