/** @jest-environment ./tests/support/jsdomWithFetchEnvironment.js */
import 'fake-indexeddb/auto';
import { DemoComposeWindow } from '../../../src/adapters/office/demo/DemoComposeWindow';
import { openApp } from '../../../src/app/openApp';
import type { MailingDocument } from '../../../src/domain/model/MailingDocument';
import { FakeMailHost } from '../../support/fakeMailHost';
import { emulatedTeamSite } from './emulatedTeamSite';

const { graph, site, teamOptions } = emulatedTeamSite();
let seq = 0;

/** A pane as openApp wires it, connected to the emulator's team site when `connected`. */
async function aPane(connected: boolean) {
  const dbName = `documents-app-${++seq}`;
  const compose = new DemoComposeWindow();
  const app = await openApp(new FakeMailHost(), {
    dbName,
    mailing: { compose },
    team: teamOptions(dbName, connected),
  });
  const mailings = app.mailings!;
  const templateWith = (doc: MailingDocument) =>
    mailings.saveTemplate({ name: 'Prices', subject: 'Prices', bodyHtml: '<p>Attached.</p>', attachments: [{ documentId: doc.id, name: doc.name, contentType: doc.contentType, size: doc.size }] });
  return { compose, mailings, templateWith };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('documents in the app', () => {
  it('with a team store connected, adds documents to the team library and inserts them with a template', async () => {
    const { mailings, compose, templateWith } = await aPane(true);
    const doc = await mailings.addDocument({ name: 'Price list.txt', type: 'text/plain', bytes: bytes('valves: 120 EUR') });
    expect(graph.drive.files(site.id).get('Clientbook/Price list.txt')?.bytes.toString()).toBe('valves: 120 EUR');
    expect((await mailings.documents()).from).toBe('library');
    const template = await templateWith(doc);
    compose.open([{ name: 'Olena', email: 'olena@contoso.com' }]);
    await mailings.insertIntoCompose(template.id, null);
    expect(compose.draft()!.attachments.map((a) => [a.name, atob(a.contentBase64)])).toEqual([['Price list.txt', 'valves: 120 EUR']]);
  });

  it('in single-user mode keeps documents in IndexedDB and never calls Graph', async () => {
    const before = graph.httpRequests;
    const { mailings, compose, templateWith } = await aPane(false);
    const doc = await mailings.addDocument({ name: 'Local terms.txt', type: 'text/plain', bytes: bytes('net 30') });
    expect((await mailings.documents()).from).toBe('local');
    const template = await templateWith(doc);
    compose.open([]);
    await mailings.insertIntoCompose(template.id, null);
    expect(compose.draft()!.attachments.map((a) => a.name)).toEqual(['Local terms.txt']);
    expect(graph.httpRequests).toBe(before);
  });
});
