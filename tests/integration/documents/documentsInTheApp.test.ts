/** @jest-environment ./tests/support/jsdomWithFetchEnvironment.js */
import 'fake-indexeddb/auto';
import { DemoComposeWindow } from '../../../src/adapters/office/demo/DemoComposeWindow';
import { openApp } from '../../../src/app/openApp';
import type { MailingDocument } from '../../../src/domain/model/MailingDocument';
import { FakeMailHost } from '../../support/fakeMailHost';
import { emulatedTeamSite } from './emulatedTeamSite';

const { graph, site, teamOptions, connection } = emulatedTeamSite();
let seq = 0;

/** A pane as openApp wires it, connected to the emulator's team site when `connected`. */
async function aPane(connected: boolean) {
  const dbName = `documents-app-${++seq}`;
  const team = teamOptions(dbName, connected);
  const compose = new DemoComposeWindow();
  const app = await openApp(new FakeMailHost(), {
    dbName,
    mailing: { compose },
    team,
  });
  const mailings = app.mailings!;
  const templateWith = (doc: MailingDocument) =>
    mailings.saveTemplate({ name: 'Prices', subject: 'Prices', bodyHtml: '<p>Attached.</p>', attachments: [{ documentId: doc.id, name: doc.name, contentType: doc.contentType, size: doc.size }] });
  return { compose, mailings, templateWith, connect: () => team.storage.save(connection()) };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** Waits for the emulator to hear nothing for a moment: a connected pane of an earlier test ends its last sync (push, then the beacon touch) in its own time. */
async function graphQuiet() {
  let heard: number;
  do {
    heard = graph.httpRequests;
    await new Promise((resolve) => setTimeout(resolve, 300));
  } while (graph.httpRequests !== heard);
}

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
    await graphQuiet();
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

  it('on Connect, publishes the template documents kept here to the team library and points the templates at them', async () => {
    const { mailings, compose, templateWith, connect } = await aPane(false);
    const doc = await mailings.addDocument({ name: 'Brochure 2027.txt', type: 'text/plain', bytes: bytes('new catalogue') });
    const template = await templateWith(doc);

    connect();
    const listing = await mailings.documents();

    expect(listing.from).toBe('library');
    const published = listing.documents.find((d) => d.name === 'Brochure 2027.txt')!;
    expect(graph.drive.files(site.id).get('Clientbook/Brochure 2027.txt')?.bytes.toString()).toBe('new catalogue');
    expect((await mailings.getTemplate(template.id))!.attachments.map((a) => a.documentId)).toEqual([published.id]);
    // Once: listing again uploads nothing more.
    await mailings.documents();
    expect([...graph.drive.files(site.id).keys()].filter((k) => k.startsWith('Clientbook/Brochure 2027'))).toHaveLength(1);
    compose.open([]);
    await mailings.insertIntoCompose(template.id, null);
    expect(compose.draft()!.attachments.map((a) => atob(a.contentBase64))).toEqual(['new catalogue']);
  });
});
