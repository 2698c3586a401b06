/**
 * @jest-environment jsdom
 */
import 'fake-indexeddb/auto';
import './textCodecs';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DemoMailbox } from '../../../src/adapters/office/demo/DemoMailbox';
import { DemoMailHost } from '../../../src/adapters/office/demo/DemoMailHost';
import { EmlParseError, emlToDemoMessage } from '../../../src/adapters/office/demo/emlToDemoMessage';
import type { App } from '../../../src/app/createApp';
import { sanitiseHtml } from '../../../src/app/sanitiseHtml';
import { openApp } from '../../../src/app/openApp';
import type { ReadItem } from '../../../src/domain/ports';

const publicDir = path.resolve(__dirname, '../../fixtures/eml-public');
const ownDir = path.resolve(__dirname, 'fixtures');
const files = [
  ...readdirSync(publicDir).filter((f) => f.endsWith('.eml')).map((f) => path.join(publicDir, f)),
  ...readdirSync(ownDir).filter((f) => f.endsWith('.eml')).map((f) => path.join(ownDir, f)),
];

let dbCount = 0;
const receivedAt = new Date('2026-11-20T09:00:00Z');

async function open(file: string) {
  const mailbox = new DemoMailbox();
  const host = new DemoMailHost(mailbox);
  const app = await openApp(host, { dbName: `eml-fixtures-${++dbCount}` });
  const message = mailbox.addMessage(await emlToDemoMessage({ name: path.basename(file), content: new Uint8Array(readFileSync(file)), receivedAt }));
  mailbox.select(message.id);
  return { mailbox, host, app, message, item: host.currentItem() as ReadItem };
}

async function aCatchAllClient(app: App) {
  return app.createClient({ client: { name: 'Fixture Holdings' }, contacts: [] });
}

/** What a reader of the pane would have rendered for the body. */
function rendered(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('opening real-world .eml files in the demo mailbox', () => {
  it('has the public fixtures to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
  });

  it.each(files.map((f) => [path.basename(f), f]))('%s opens, is recognised, rendered sanitised and logged once', async (_name, file) => {
    const started = Date.now();
    const { app, host, mailbox, message, item } = await open(file);

    expect(item).toMatchObject({ mode: 'read', itemId: message.id });
    expect(item.internetMessageId).not.toBe('');
    expect(Number.isNaN(Date.parse(item.date))).toBe(false);

    const recognition = await app.recognizeMessage(item);
    expect(recognition.logged).toBe(false);
    expect(recognition.entryId).not.toBe('');

    const body = await host.getBody(item);
    if (body.kind === 'html') {
      const html = sanitiseHtml(body.content);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
      const dom = rendered(html);
      expect(dom.querySelector('script, iframe, form, meta, [onerror], [onload]')).toBeNull();
      for (const img of Array.from(dom.querySelectorAll('img'))) expect(img.getAttribute('src') ?? '').toMatch(/^(data:|cid:|$)/);
    }

    const client = await aCatchAllClient(app);
    const first = await app.logEmail(item, client.id);
    expect(first.status).toBe('logged');
    const again = await app.logEmail(item, client.id);
    expect(again.status).toBe('already-logged');
    expect(await app.queries.clientCard(client.id)).toMatchObject({ history: [expect.objectContaining({ subject: item.subject })] });
    expect(mailbox.isLogged(message.id)).toBe(true);
    expect((await app.recognizeMessage(item)).logged).toBe(true);

    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it('matches the sender of an opened file to a known client by domain', async () => {
    const { app, item } = await open(path.join(publicDir, 'mailparser-simple.eml'));
    const kreata = await app.createClient({ client: { name: 'Kreata', domains: ['kreata.ee'] }, contacts: [] });
    const { matches } = await app.recognizeMessage(item);
    expect(matches).toContainEqual(expect.objectContaining({ kind: 'domain', client: expect.objectContaining({ id: kreata.id }) }));
    expect(matches).toContainEqual(expect.objectContaining({ kind: 'unknown', reason: 'free-mail' }));
  });

  it('gives a message without Message-ID the same id every time it is opened, so it is logged once', async () => {
    const file = path.join(ownDir, 'hostile-no-from-no-id.eml');
    const first = await emlToDemoMessage({ name: 'a.eml', content: new Uint8Array(readFileSync(file)), receivedAt });
    const second = await emlToDemoMessage({ name: 'b.eml', content: readFileSync(file).toString('latin1'), receivedAt: new Date() });
    expect(first.internetMessageId).toMatch(/^<eml-[0-9a-f]{16}@demo\.clientbook\.invalid>$/);
    expect(second.internetMessageId).toBe(first.internetMessageId);
    expect(second.id).toBe(first.id);
  });

  it('opens a message with no sender, showing it as from nobody instead of failing', async () => {
    const { item, app } = await open(path.join(ownDir, 'hostile-no-from-no-id.eml'));
    expect(item.from).toBeNull();
    expect(item.subject).toBe('Hostile HTML without From and Message-ID');
    await expect(app.recognizeMessage(item)).resolves.toMatchObject({ matches: [] });
  });

  it('blocks remote images of a hostile message until they are allowed', async () => {
    const { host, item } = await open(path.join(ownDir, 'hostile-no-from-no-id.eml'));
    const body = await host.getBody(item);
    const blocked = rendered(sanitiseHtml(body.content));
    expect(blocked.querySelector('img[data-blocked-src="https://tracker.invalid/pixel.gif"]')).not.toBeNull();
    expect(blocked.querySelector('img[src^="https"]')).toBeNull();
    const allowed = rendered(sanitiseHtml(body.content, true));
    expect(allowed.querySelector('img[src="https://tracker.invalid/pixel.gif"]')).not.toBeNull();
    expect(allowed.querySelector('a[href^="javascript"], [onerror]')).toBeNull();
  });

  it('keeps attachments of a multipart message with names and sizes', async () => {
    const { item } = await open(path.join(publicDir, 'postal-mime-mimetorture.eml'));
    expect(item.attachments.length).toBeGreaterThan(0);
    for (const a of item.attachments) {
      expect(a.name).not.toBe('');
      expect(a.size).toBeGreaterThanOrEqual(0);
    }
  });

  it('opens an empty file as a message with no subject and no sender', async () => {
    await expect(emlToDemoMessage({ name: 'empty.eml', content: '', receivedAt })).resolves.toMatchObject({ subject: '', from: null, to: [] });
  });

  it('refuses a file nested beyond any real email with a typed error naming the file', async () => {
    const depth = 300;
    const open = Array.from({ length: depth }, (_, i) => `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`).join('');
    const close = Array.from({ length: depth }, (_, i) => `\r\n--b${depth - 1 - i}--\r\n`).join('');
    const raw = `Subject: deep\r\n${open}Content-Type: text/plain\r\n\r\nhi${close}`;
    await expect(emlToDemoMessage({ name: 'deep.eml', content: raw, receivedAt })).rejects.toThrow(EmlParseError);
    await expect(emlToDemoMessage({ name: 'deep.eml', content: raw, receivedAt })).rejects.toThrow('"deep.eml" could not be read as an email.');
  });
});
