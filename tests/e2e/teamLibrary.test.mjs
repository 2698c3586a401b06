/*
 * The team's document library in the team demo (issue 5): a document one manager adds in the
 * template editor goes to the site's library (the Graph emulator's drive), and another manager's
 * pane lists it and previews it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_SITE_URL, startGraphEmulatorServer } from '../../tools/graphEmulatorServer.mjs';
import { openBrowser } from './support/browser.mjs';
import { withEvidence } from './support/demo.mjs';
import { connect, openTeamDemo } from './support/teamDemo.mjs';

let graph;
let maria;
let petro;

before(async () => {
  graph = await startGraphEmulatorServer();
  maria = await openBrowser();
  petro = await openBrowser();
});
after(async () => {
  await maria?.close();
  await petro?.close();
  await graph?.close();
});

async function templateDocuments(pane) {
  await pane.getByRole('button', { name: 'Mailings' }).click();
  await pane.getByRole('button', { name: 'New template' }).click();
  const documents = pane.getByRole('group', { name: 'Attachments' });
  await documents.getByText('From the team site’s document library.').waitFor();
  return documents;
}

test('a document added by one manager is in the team library, and another manager previews it', async () => {
  const a = await openTeamDemo(maria, graph.graphUrl, 'maria');
  const b = await openTeamDemo(petro, graph.graphUrl, 'petro');
  await withEvidence(a.page, 'team-library-add', async () => {
    await connect(a.pane);
    const documents = await templateDocuments(a.pane);
    await documents.getByLabel('Add document').setInputFiles({ name: 'Price list.txt', mimeType: 'text/plain', buffer: Buffer.from('Valves: 120 EUR') });
    await documents.getByRole('checkbox', { name: 'Price list.txt' }).waitFor();
  });
  const siteId = graph.emulator.addSite(DEMO_SITE_URL); // the demo site's id (adding it again changes nothing)
  assert.equal(graph.emulator.drive.files(siteId).get('Clientbook/Price list.txt')?.bytes.toString(), 'Valves: 120 EUR');

  await withEvidence(b.page, 'team-library-preview', async () => {
    await connect(b.pane);
    const documents = await templateDocuments(b.pane);
    await documents.getByRole('button', { name: 'Preview Price list.txt' }).click();
    await documents.getByText('Valves: 120 EUR').waitFor();
  });
});
