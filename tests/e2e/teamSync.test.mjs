/*
 * The team demo in two browsers: two managers connect their panes to one team store (the Graph
 * emulator, through the same Graph client that talks to graph.microsoft.com), one creates a client
 * from an email, and the other sees the sender as that client's contact after a sync.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGraphEmulatorServer } from '../../tools/graphEmulatorServer.mjs';
import { baseUrl, openBrowser } from './support/browser.mjs';
import { paneFrame, selectMessage, withEvidence } from './support/demo.mjs';
import { connect, openTeamDemo } from './support/teamDemo.mjs';

const SUBJECT = /Request for proposal: 40 workstations/;
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

test('two managers, one team store: a client created in one pane reaches the other after a sync', async () => {
  const a = await openTeamDemo(maria, graph.graphUrl, 'maria');
  const b = await openTeamDemo(petro, graph.graphUrl, 'petro');
  await withEvidence(a.page, 'team-sync-maria', async () => {
    assert.match(await connect(a.pane), /Your role: Head of sales/);
  });
  await withEvidence(b.page, 'team-sync-petro', async () => {
    assert.match(await connect(b.pane), /Your role: Manager/);
  });

  await withEvidence(a.page, 'team-sync-create', async () => {
    await selectMessage(a.page, SUBJECT);
    await a.pane.getByRole('button', { name: 'Create client from Mark Davies' }).click();
    const form = a.pane.getByRole('form', { name: 'New client' });
    await form.getByRole('button', { name: 'Save client' }).click();
    await a.pane.getByText('Contact of Litware').waitFor();
    // The new client goes to the team store shortly after it is saved.
    await a.pane.getByRole('status').filter({ hasText: 'In sync with the team store · nothing waiting' }).waitFor({ timeout: 30_000 });
  });
  assert.equal(graph.emulator.sharePoint.listByName('Clientbook Clients').items.size, 1, 'one client in the team store');

  await withEvidence(b.page, 'team-sync-see', async () => {
    // Opening the message (ItemChanged) syncs Petro's pane; the sender is then Litware's contact.
    await selectMessage(b.page, SUBJECT);
    await b.pane.getByText('Contact of Litware').waitFor({ timeout: 30_000 });
  });
  assert.equal(graph.emulator.sharePoint.listByName('Clientbook Clients').items.size, 1, 'still one: nothing uploaded twice');
});

test('a pane without a team loads none of the team store: the sync code is fetched on Connect only', async () => {
  const html = await (await fetch(`${baseUrl()}/taskpane.html`)).text();
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]).filter((src) => !/office-js\/|^https?:/.test(src));
  assert.ok(scripts.length > 0, 'taskpane.html loads the pane script');
  const responses = await Promise.all(scripts.map((src) => fetch(new URL(src, `${baseUrl()}/taskpane.html`))));
  assert.ok(responses.every((r) => r.ok), 'every initial script is served');
  const code = (await Promise.all(responses.map((r) => r.text()))).join('\n');
  // Strings only the sync engine, the provisioning and the Graph team store carry.
  assert.doesNotMatch(code, /The team store refused a write/, 'the sync engine loads with the team store');
  assert.doesNotMatch(code, /Clientbook change beacon/, 'provisioning loads on Connect');
  assert.doesNotMatch(code, /\/delta\?\$expand=fields/, 'the Graph team store loads with the team store');
});

test('a wrong site address is said in full in a 320 px pane, and the keyboard stays on Connect', async () => {
  // A browser of its own: the managers' panes above are connected already.
  const fresh = await openBrowser();
  const { page, pane } = await openTeamDemo(fresh, graph.graphUrl, 'maria');
  await withEvidence(page, 'team-wrong-address', async () => {
    await page.getByTestId('demo-taskpane').evaluate((frame) => Object.assign(frame.style, { width: '320px', minWidth: '320px', maxWidth: '320px' }));
    await pane.getByRole('button', { name: 'Settings' }).click();
    const section = pane.getByRole('region', { name: 'Team store' });
    await section.getByRole('textbox', { name: /SharePoint site address/ }).fill('https://contoso.sharepoint.com/sites/nowhere');
    await section.getByRole('button', { name: 'Connect', exact: true }).focus();
    await page.keyboard.press('Enter');
    const said = section.getByText(/^No SharePoint site at this address\./);
    await said.waitFor({ timeout: 30_000 });
    // The example address has no space to break at: it must wrap, not run past the pane's edge.
    const past = await said.evaluate((el) => el.getBoundingClientRect().right - document.documentElement.clientWidth);
    assert.ok(past <= 0, `the message runs ${past} px past the pane's edge`);
    // Connect stayed focusable while it worked, so the focus did not drop to the page.
    const focused = await paneFrame(page).evaluate(() => document.activeElement?.textContent ?? 'nothing');
    assert.equal(focused, 'Connect');
  }).finally(() => fresh.close());
});
