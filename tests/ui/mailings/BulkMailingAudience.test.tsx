/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import type { Query } from '../../../src/domain/analytics/query/Query';
import type { MailSender, OutgoingMessage, Scheduler } from '../../../src/domain/mailingPorts';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const instant: Scheduler = { sleep: async () => undefined };

class RecordingSender implements MailSender {
  readonly sent: OutgoingMessage[] = [];
  async send(message: OutgoingMessage) {
    this.sent.push(message);
  }
}

const kyivRetail: Query = {
  records: 'clients',
  filter: { join: 'and', items: [{ field: 'region', op: 'eq', value: 'kyiv' }, { field: 'industry', op: 'eq', value: 'retail' }] },
  groupBy: [],
  measures: [{ kind: 'count' }],
};

async function aClient(app: App, name: string, region: string, consent: 'granted' | 'opted-out') {
  const slug = name.toLowerCase().replace(/ /g, '-');
  return app.createClient({
    client: { name, region, industry: 'retail', mailingConsent: consent, domains: [`${slug}.com`] },
    contacts: [{ name: `${name} Contact`, position: '', emails: [`info@${slug}.com`], phones: [] }],
  });
}

async function seed(app: App) {
  await aClient(app, 'Alpha', 'kyiv', 'granted');
  await aClient(app, 'Beta', 'kyiv', 'opted-out');
  await aClient(app, 'Lviv Retail', 'lviv', 'granted');
  await app.analytics!.saveQuery('Kyiv retail', kyivRetail);
  await app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Offer for {{client.name}}', bodyHtml: '<p>Hello</p>', attachments: [] });
}

describe('BulkMailing: audience from a saved query', () => {
  it('counts the saved query’s clients, lists who is left out, and sends only to them', async () => {
    const sender = new RecordingSender();
    const { user } = await renderPane(<MailingsScreen />, { mailing: { sender, scheduler: instant }, seed });
    await user.click(await screen.findByRole('tab', { name: 'Bulk mailing' }));
    expect(await screen.findByText('2 recipients')).toBeInTheDocument();

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Clients from' }), 'Saved query: Kyiv retail');
    expect(await screen.findByText('1 recipient')).toBeInTheDocument();
    expect(screen.getByTestId('audience-query')).toHaveTextContent('Clients that “Kyiv retail” finds: 2');
    await user.click(screen.getByText('1 left out'));
    expect(within(screen.getByRole('list', { name: '1 left out' })).getByText(/Beta — Beta Contact <info@beta.com>: opted out/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: /Template/ }), 'Autumn offer');
    await user.click(screen.getByRole('button', { name: 'Send mailing' }));
    const confirm = (await screen.findByText('Send “Autumn offer” to 1 recipient from your mailbox?')).closest('[role="dialog"]') as HTMLElement;
    await user.click(within(confirm).getByRole('button', { name: 'Send', hidden: true }));
    const card = await screen.findByTestId('mailing-card');
    await waitFor(() => expect(card).toHaveTextContent('1 of 1 sent'));
    expect(card).toHaveTextContent('Sent to the clients of the saved query “Kyiv retail”');
    expect(sender.sent.map((m) => m.subject)).toEqual(['Offer for Alpha']);
  });

  it('says so when the chosen saved query is deleted, and sends nothing', async () => {
    const sender = new RecordingSender();
    const { user, app } = await renderPane(<MailingsScreen />, { mailing: { sender, scheduler: instant }, seed });
    await user.click(await screen.findByRole('tab', { name: 'Bulk mailing' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Clients from' }), 'Saved query: Kyiv retail');
    expect(await screen.findByText('1 recipient')).toBeInTheDocument();

    const [saved] = await app.analytics!.savedQueries();
    await app.analytics!.deleteQuery(saved!.id);
    expect(await screen.findByText('That saved query no longer exists: choose another.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: /Template/ }), 'Autumn offer');
    expect(screen.getByRole('button', { name: 'Send mailing' })).toBeDisabled();
    expect(sender.sent).toEqual([]);
  });

  it('speaks Ukrainian', async () => {
    const { user } = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), mailing: { scheduler: instant }, seed });
    await user.click(await screen.findByRole('tab', { name: 'Масова розсилка' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Клієнти з' }), 'Збережений запит: Kyiv retail');
    expect(await screen.findByTestId('audience-query')).toHaveTextContent('Клієнти, яких знаходить «Kyiv retail»: 2');
  });
});
