import { ItemNoLongerOpenError } from '../../../src/adapters/office/ItemNoLongerOpenError';
import { OfficeAsyncError } from '../../../src/adapters/office/OfficeAsyncError';
import { OfficeMailHost } from '../../../src/adapters/office/OfficeMailHost';
import type { MailItem, ReadItem } from '../../../src/domain/ports';
import { anOutlook, permissionDenied } from './anOutlook';

function readModeItem(host: OfficeMailHost): ReadItem {
  const item = host.currentItem();
  if (item?.mode !== 'read') throw new Error(`expected a message in read mode, got ${item?.mode ?? 'none'}`);
  return item;
}

describe('OfficeMailHost', () => {
  describe('reading the open message', () => {
    it('maps a received message: participants, subject, date, ids and attachments', () => {
      const outlook = anOutlook();
      outlook.open({
        itemId: 'AAMk-42',
        internetMessageId: '<quote-42@contoso.com>',
        conversationId: 'conv-42',
        subject: 'Quote for 20 licences',
        from: { displayName: 'Olena Petrenko', emailAddress: 'olena@contoso.com' },
        sender: { displayName: 'Contoso Sales', emailAddress: 'sales@contoso.com' },
        to: [{ displayName: 'Anna Koval', emailAddress: 'anna@clientbook.example' }],
        cc: [{ displayName: 'Ivan', emailAddress: 'ivan@contoso.com' }],
        dateTimeCreated: new Date('2026-03-02T09:30:00Z'),
        attachments: [
          { id: 'a1', name: 'quote.pdf', size: 48_000, contentType: 'application/pdf', isInline: false, attachmentType: 'file' },
          { id: 'a2', name: 'logo.png', size: 2_000, contentType: 'image/png', isInline: true, attachmentType: 'file' },
        ],
      });

      expect(new OfficeMailHost(outlook.office).currentItem()).toEqual({
        mode: 'read',
        itemId: 'AAMk-42',
        internetMessageId: '<quote-42@contoso.com>',
        conversationId: 'conv-42',
        subject: 'Quote for 20 licences',
        from: { name: 'Olena Petrenko', email: 'olena@contoso.com' },
        sender: { name: 'Contoso Sales', email: 'sales@contoso.com' },
        to: [{ name: 'Anna Koval', email: 'anna@clientbook.example' }],
        cc: [{ name: 'Ivan', email: 'ivan@contoso.com' }],
        date: '2026-03-02T09:30:00.000Z',
        attachments: [
          { name: 'quote.pdf', size: 48_000, contentType: 'application/pdf', isInline: false, id: 'a1' },
          { name: 'logo.png', size: 2_000, contentType: 'image/png', isInline: true, id: 'a2' },
        ],
      });
    });

    it('gives no sender when the message has none, and keeps a malformed address as Outlook gave it', () => {
      const outlook = anOutlook();
      outlook.open({ to: [{ displayName: 'Sales team', emailAddress: 'sales team at contoso' }, { displayName: '', emailAddress: '' }] });

      const item = readModeItem(new OfficeMailHost(outlook.office));

      expect(item.from).toBeNull();
      expect(item.sender).toBeNull();
      expect(item.to).toEqual([{ name: 'Sales team', email: 'sales team at contoso' }]);
    });

    it('gives no item for a calendar item, which the pane does not work on', () => {
      const outlook = anOutlook();
      outlook.open();
      Object.assign(outlook.office.context.mailbox.item ?? {}, { itemType: 'appointment' });

      expect(new OfficeMailHost(outlook.office).currentItem()).toBeNull();
    });

    it('reads the HTML body', async () => {
      const outlook = anOutlook();
      outlook.open({ html: '<p>Hello</p>', text: 'Hello' });
      const host = new OfficeMailHost(outlook.office);

      await expect(host.getBody(readModeItem(host))).resolves.toEqual({ kind: 'html', content: '<p>Hello</p>' });
    });

    it('falls back to the text body when Outlook refuses the HTML one', async () => {
      const outlook = anOutlook({ failures: { htmlBody: { code: 9020, name: 'GenericResponseError', message: 'HTML is not available.' } } });
      outlook.open({ html: '<p>Hello</p>', text: 'Hello' });
      const host = new OfficeMailHost(outlook.office);

      await expect(host.getBody(readModeItem(host))).resolves.toEqual({ kind: 'text', content: 'Hello' });
    });

    it('rejects with the Office error when neither body can be read', async () => {
      const outlook = anOutlook({ failures: { htmlBody: permissionDenied, textBody: permissionDenied } });
      outlook.open();
      const host = new OfficeMailHost(outlook.office);

      const error = await host.getBody(readModeItem(host)).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(OfficeAsyncError);
      expect(error).toMatchObject({ code: 9041, cause: permissionDenied });
    });

    it('refuses to act on a message the user has moved away from', async () => {
      const outlook = anOutlook();
      outlook.open({ itemId: 'first', internetMessageId: '<first@contoso.com>', html: 'first body' });
      const host = new OfficeMailHost(outlook.office);
      const first = readModeItem(host);
      outlook.open({ itemId: 'second', internetMessageId: '<second@contoso.com>', html: 'second body' });

      await expect(host.getBody(first)).rejects.toBeInstanceOf(ItemNoLongerOpenError);
    });
  });

  describe('a message being written', () => {
    it('reads its recipients and subject on demand', async () => {
      const outlook = anOutlook();
      outlook.compose({
        to: [{ displayName: 'Olena Petrenko', emailAddress: 'olena@contoso.com' }],
        cc: [{ displayName: 'Not an address', emailAddress: 'olena(at)contoso' }],
        subject: 'Next steps',
      });

      const item = new OfficeMailHost(outlook.office).currentItem();
      if (item?.mode !== 'compose') throw new Error('expected compose mode');

      await expect(item.getRecipients()).resolves.toEqual({
        to: [{ name: 'Olena Petrenko', email: 'olena@contoso.com' }],
        cc: [{ name: 'Not an address', email: 'olena(at)contoso' }],
      });
      await expect(item.getSubject()).resolves.toBe('Next steps');
    });
  });

  describe('the user and Outlook', () => {
    it('reports the signed-in user and the display language', () => {
      const host = new OfficeMailHost(anOutlook({ displayLanguage: 'uk-UA' }).office);

      expect(host.userProfile()).toEqual({ email: 'anna@clientbook.example', displayName: 'Anna Koval' });
      expect(host.displayLanguage()).toBe('uk-UA');
    });

    it.each([
      ['#1f1f1f', 'dark'],
      ['#ffffff', 'light'],
      ['#FAF9F8', 'light'],
      ['#000', 'dark'],
    ])('reads a body background of %s as the %s theme', (bodyBackgroundColor, theme) => {
      expect(new OfficeMailHost(anOutlook({ bodyBackgroundColor }).office).theme()).toBe(theme);
    });

    it('assumes the light theme when Outlook gives none (before Mailbox 1.14)', () => {
      expect(new OfficeMailHost(anOutlook().office).theme()).toBe('light');
    });
  });

  describe('a pinned pane following the selection', () => {
    it('tells listeners about the newly selected message, and about no message at all', async () => {
      const outlook = anOutlook();
      outlook.open({ subject: 'First' });
      const host = new OfficeMailHost(outlook.office);
      await host.followSelection();
      const seen: (MailItem | null)[] = [];
      host.onItemChanged((item) => seen.push(item));

      outlook.select({ subject: 'Second', internetMessageId: '<2@contoso.com>' });
      outlook.select(null);
      await Promise.resolve();

      expect(seen.map((item) => (item?.mode === 'read' ? item.subject : item))).toEqual(['Second', null]);
      expect(host.currentItem()).toBeNull();
    });

    it('subscribes to Outlook once however often it is asked', async () => {
      const outlook = anOutlook();
      const host = new OfficeMailHost(outlook.office);
      const addHandler = jest.spyOn(outlook.office.context.mailbox, 'addHandlerAsync');

      await Promise.all([host.followSelection(), host.followSelection()]);

      expect(addHandler).toHaveBeenCalledTimes(1);
    });

    it('stops telling a listener that unsubscribed', async () => {
      const outlook = anOutlook();
      outlook.open();
      const host = new OfficeMailHost(outlook.office);
      await host.followSelection();
      const listener = jest.fn();
      const unsubscribe = host.onItemChanged(listener);

      unsubscribe();
      outlook.select({ subject: 'Second' });
      await Promise.resolve();

      expect(listener).not.toHaveBeenCalled();
    });

    it('rejects with the Office error when Outlook refuses the subscription', async () => {
      const host = new OfficeMailHost(anOutlook({ failures: { addHandler: permissionDenied } }).office);

      await expect(host.followSelection()).rejects.toMatchObject({ name: 'OfficeAsyncError', code: 9041 });
    });
  });

  describe('following Outlook’s theme while the pane is open', () => {
    it('tells listeners the new theme when the user switches Outlook to dark and back (Mailbox 1.14)', async () => {
      const outlook = anOutlook({ mailboxMinor: 14, bodyBackgroundColor: '#ffffff' });
      const host = new OfficeMailHost(outlook.office);
      const seen: string[] = [];
      await host.onThemeChanged((theme) => seen.push(theme));

      outlook.changeTheme('#1f1f1f');
      outlook.changeTheme('#fafafa');
      await Promise.resolve();

      expect(seen).toEqual(['dark', 'light']);
    });

    it('subscribes to Outlook once for many listeners, and stops telling one that unsubscribed', async () => {
      const outlook = anOutlook({ mailboxMinor: 14 });
      const host = new OfficeMailHost(outlook.office);
      const addHandler = jest.spyOn(outlook.office.context.mailbox, 'addHandlerAsync');
      const first = jest.fn();
      const second = jest.fn();
      const [stopFirst] = await Promise.all([host.onThemeChanged(first), host.onThemeChanged(second)]);

      stopFirst();
      outlook.changeTheme('#000000');
      await Promise.resolve();

      expect(addHandler).toHaveBeenCalledTimes(1);
      expect(first).not.toHaveBeenCalled();
      expect(second).toHaveBeenCalledWith('dark');
    });

    it('does not subscribe where Outlook has no theme event (before Mailbox 1.14)', async () => {
      const outlook = anOutlook({ mailboxMinor: 13 });
      const addHandler = jest.spyOn(outlook.office.context.mailbox, 'addHandlerAsync');

      const unsubscribe = await new OfficeMailHost(outlook.office).onThemeChanged(jest.fn());

      expect(addHandler).not.toHaveBeenCalled();
      expect(unsubscribe).toEqual(expect.any(Function));
    });

    it('rejects with the Office error when Outlook refuses, and tries again on the next listener', async () => {
      const outlook = anOutlook({ mailboxMinor: 14, failures: { addHandler: permissionDenied } });
      const host = new OfficeMailHost(outlook.office);
      const addHandler = jest.spyOn(outlook.office.context.mailbox, 'addHandlerAsync');

      await expect(host.onThemeChanged(jest.fn())).rejects.toMatchObject({ name: 'OfficeAsyncError', code: 9041 });
      await expect(host.onThemeChanged(jest.fn())).rejects.toMatchObject({ name: 'OfficeAsyncError' });
      expect(addHandler).toHaveBeenCalledTimes(2);
    });
  });

  describe('marking a message as logged', () => {
    it('creates the Clientbook category in the mailbox when it is missing, then puts it on the message', async () => {
      const outlook = anOutlook({ masterCategories: ['Red category'] });
      outlook.open({ itemId: 'AAMk-7' });
      const host = new OfficeMailHost(outlook.office);
      const item = readModeItem(host);

      expect(await host.isMarkedLogged(item)).toBe(false);
      await host.markLogged(item);

      expect(outlook.state.masterCategories).toEqual(['Red category', 'Clientbook']);
      expect(outlook.state.itemCategories.get('AAMk-7')).toEqual(['Clientbook']);
      expect(await host.isMarkedLogged(item)).toBe(true);
    });

    it('uses the existing category rather than creating a second one', async () => {
      const outlook = anOutlook({ masterCategories: ['Clientbook'] });
      outlook.open({ itemId: 'AAMk-8' });
      const host = new OfficeMailHost(outlook.office);

      await host.markLogged(readModeItem(host));

      expect(outlook.state.masterCategories).toEqual(['Clientbook']);
      expect(outlook.state.itemCategories.get('AAMk-8')).toEqual(['Clientbook']);
    });

    it('rejects with the Office error when the category cannot be created', async () => {
      const outlook = anOutlook({ failures: { masterAdd: permissionDenied } });
      outlook.open();
      const host = new OfficeMailHost(outlook.office);

      await expect(host.markLogged(readModeItem(host))).rejects.toMatchObject({ name: 'OfficeAsyncError', code: 9041 });
    });

    it('falls back to a custom property where Mailbox 1.8 (categories) is not supported', async () => {
      const outlook = anOutlook({ mailboxMinor: 7 });
      outlook.open({ itemId: 'AAMk-9' });
      const host = new OfficeMailHost(outlook.office);
      const item = readModeItem(host);
      const addCategory = jest.spyOn(outlook.office.context.mailbox.masterCategories, 'addAsync');

      expect(await host.isMarkedLogged(item)).toBe(false);
      await host.markLogged(item);

      expect(await host.isMarkedLogged(item)).toBe(true);
      expect(outlook.state.customProperties.get('AAMk-9')?.get('clientbookLogged')).toBe('true');
      expect(addCategory).not.toHaveBeenCalled();
    });
  });

  describe('notifications', () => {
    it('shows one informational, non-persistent message on the item, replacing the previous one', async () => {
      const outlook = anOutlook();
      outlook.open();
      const host = new OfficeMailHost(outlook.office);
      const item = readModeItem(host);

      await host.notify(item, 'Logging…');
      await host.notify(item, 'Logged to Contoso.');

      expect(outlook.state.notifications).toEqual([
        { key: 'clientbook', type: 'informationalMessage', message: 'Logged to Contoso.', persistent: false, icon: 'Icon.16x16' },
      ]);
    });

    it('shortens a message to the 150 characters Outlook accepts', async () => {
      const outlook = anOutlook();
      outlook.open();
      const host = new OfficeMailHost(outlook.office);

      await host.notify(readModeItem(host), `Logged to ${'Very Long Company Name '.repeat(10)}`);

      expect(outlook.state.notifications[0]?.message).toHaveLength(150);
    });
  });
});
