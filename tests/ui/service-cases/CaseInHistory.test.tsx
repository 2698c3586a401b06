/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function HistoryFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} tab="history" />;
}

/** A client whose case "Pump noise" was opened on 2 March, had a call, and was resolved today. */
async function renderHistory(host?: FakeMailHost) {
  let clientId = '';
  await renderPane(<HistoryFor get={() => clientId} />, {
    host,
    seed: async (a) => {
      clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      const opened = await a.deals.openServiceCase({ clientId, title: 'Pump noise', description: '', severity: 'normal', openedOn: '2026-03-02' });
      await a.deals.recordDepartmentEntry({ clientId, type: 'call', at: '2026-03-05T09:00', text: 'Sent the engineer', serviceCaseId: opened.id });
      await a.deals.updateServiceCase(opened.id, { status: 'resolved' });
    },
  });
  const list = await screen.findByRole('list', { name: host ? 'Історія' : 'History' });
  return () => within(list).getAllByRole('listitem').map((e) => e.textContent);
}

describe('A service case in the client’s history', () => {
  it('shows the case opened and resolved, and names the case on every entry recorded for it', async () => {
    const entries = await renderHistory();
    await waitFor(() =>
      expect(entries()).toEqual([
        expect.stringMatching(/^Note.*Service case “Pump noise”Service case resolved\.$/),
        expect.stringMatching(/^Call.*Service case “Pump noise”Sent the engineer$/),
        expect.stringMatching(/^Note.*Service case “Pump noise”Service case opened\.$/),
      ]),
    );
  });

  it('says so in Ukrainian for a user whose Outlook speaks it', async () => {
    const entries = await renderHistory(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    await waitFor(() =>
      expect(entries()).toEqual([
        expect.stringMatching(/^Нотатка.*Звернення «Pump noise»Звернення вирішено\.$/),
        expect.stringMatching(/^Дзвінок.*Звернення «Pump noise»Sent the engineer$/),
        expect.stringMatching(/^Нотатка.*Звернення «Pump noise»Звернення відкрито\.$/),
      ]),
    );
  });
});
