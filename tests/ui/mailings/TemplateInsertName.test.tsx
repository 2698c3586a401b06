/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { DemoComposeWindow } from '../../../src/adapters/office/demo/DemoComposeWindow';
import type { App } from '../../../src/app/createApp';
import type { ComposeItem } from '../../../src/domain/ports';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const olena = { name: 'Olena Petrenko', email: 'olena@contoso.com' };

async function seed(app: App) {
  await app.createClient({ client: { name: 'Contoso', mailingConsent: 'granted', domains: [] }, contacts: [{ name: olena.name, position: '', emails: [olena.email], phones: [] }] });
  await app.mailings!.saveTemplate({ name: 'Spring offer', subject: 'Spring', bodyHtml: '<p>Spring</p>', attachments: [] });
  await app.mailings!.saveTemplate({ name: 'Autumn offer', subject: 'Autumn', bodyHtml: '<p>Autumn</p>', attachments: [] });
}

async function insertButtons(displayLanguage: string, insert: string) {
  const compose = new DemoComposeWindow();
  compose.open([olena]);
  const item: ComposeItem = { mode: 'compose', itemId: 'draft-1', getRecipients: async () => ({ to: [olena], cc: [] }), getSubject: async () => '' };
  await renderPane(<MailingsScreen />, { host: new FakeMailHost({ item, displayLanguage }), mailing: { compose }, seed });
  return (await screen.findAllByRole('button', { name: new RegExp(`^${insert}`) })).map((b) => b.getAttribute('aria-label') ?? b.textContent);
}

describe('TemplateList: each Insert into message button names its template', () => {
  it('reads “Insert into message: Spring offer”, like its Edit neighbour', async () => {
    expect((await insertButtons('en-GB', 'Insert into message')).sort()).toEqual(['Insert into message: Autumn offer', 'Insert into message: Spring offer']);
    expect(screen.getByRole('button', { name: 'Edit: Spring offer' })).toBeInTheDocument();
  });

  it('reads «Вставити в лист: Spring offer» in Ukrainian', async () => {
    expect((await insertButtons('uk-UA', 'Вставити в лист')).sort()).toEqual(['Вставити в лист: Autumn offer', 'Вставити в лист: Spring offer']);
  });
});
