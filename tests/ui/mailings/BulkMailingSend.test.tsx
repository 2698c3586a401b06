/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import type { MailSender, OutgoingMessage, Scheduler } from '../../../src/domain/mailingPorts';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { renderPane } from '../../support/renderPane';

const instant: Scheduler = { sleep: async () => undefined };

class RecordingSender implements MailSender {
  readonly sent: OutgoingMessage[] = [];
  async send(message: OutgoingMessage) {
    this.sent.push(message);
  }
}

async function aClient(app: App, name: string, consent: 'granted' | 'opted-out', region = 'kyiv') {
  const slug = name.toLowerCase();
  return app.createClient({
    client: { name, region, mailingConsent: consent, domains: [`${slug}.com`] },
    contacts: [{ name: `${name} Contact`, position: '', emails: [`info@${slug}.com`], phones: [] }],
  });
}

async function seed(app: App) {
  await aClient(app, 'Alpha', 'granted');
  await aClient(app, 'Beta', 'granted');
  await aClient(app, 'Gamma', 'granted');
  await aClient(app, 'Delta', 'opted-out');
  await aClient(app, 'Lviv', 'opted-out', 'west');
  await app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Offer for {{client.name}}', bodyHtml: '<p>Hello</p>', attachments: [] });
}

async function openBulk(user: Awaited<ReturnType<typeof renderPane>>['user']) {
  await user.click(await screen.findByRole('tab', { name: 'Bulk mailing' }));
  expect(await screen.findByText('3 recipients')).toBeInTheDocument();
  await user.selectOptions(screen.getByRole('combobox', { name: /Template/ }), 'Autumn offer');
}

describe('BulkMailing: sending', () => {
  it('says why Send is off when nobody in the audience can be mailed', async () => {
    const sender = new RecordingSender();
    const { user } = await renderPane(<MailingsScreen />, { mailing: { sender, scheduler: instant }, seed });
    await openBulk(user);
    expect(screen.queryByText('Nobody in this audience can be mailed.')).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Western Ukraine');
    expect(await screen.findByText('0 recipients')).toBeInTheDocument();
    expect(screen.getByText('Nobody in this audience can be mailed.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send mailing' })).toBeDisabled();
  });
});
