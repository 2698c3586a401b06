/**
 * An Outlook mailbox built on office-addin-mock, with the async methods Clientbook calls.
 * The mock does not emulate callbacks or events, so this fake keeps their state itself.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeApi } from '../../../src/adapters/office/officeTypes';

type Address = { displayName?: string; emailAddress?: string };
type Failure = { code: number; name: string; message: string };
type Callback = (result: { status: string; value?: unknown; error?: Failure }) => void;

export const permissionDenied: Failure = { code: 9041, name: 'PermissionDenied', message: 'The add-in does not have permission.' };

const succeeded = (callback: Callback, value?: unknown) => callback({ status: 'succeeded', value });
const failed = (callback: Callback, error: Failure) => callback({ status: 'failed', error });
/** Calls back failed when a failure is given, else succeeded with the value. */
const answer = (callback: Callback, failure: Failure | undefined, value?: unknown) => (failure ? failed(callback, failure) : succeeded(callback, value));

export type ReadMessage = {
  itemId?: string;
  internetMessageId?: string;
  conversationId?: string;
  subject?: string;
  from?: Address;
  sender?: Address;
  to?: Address[];
  cc?: Address[];
  dateTimeCreated?: Date;
  attachments?: { id: string; name: string; size: number; contentType: string; isInline: boolean; attachmentType: string }[];
  html?: string;
  text?: string;
  /** What getAttachmentContentAsync gives per attachment id (absent: the call fails as for a removed attachment). */
  attachmentContents?: Record<string, { format: 'base64' | 'url' | 'eml' | 'iCalendar'; content: string }>;
};

export type OutlookOptions = {
  /** Highest Mailbox requirement set the client supports (its minor version: 8 means 1.8). */
  mailboxMinor?: number;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  masterCategories?: string[];
  failures?: Partial<Record<'htmlBody' | 'textBody' | 'masterAdd' | 'itemCategoriesAdd' | 'itemCategoriesRemove' | 'addHandler' | 'notify' | 'insert' | 'setSubject' | 'attach' | 'newMessageForm', Failure>>;
};

/** A message being written; `body` marks the cursor with a `|`. */
export type Draft = { to: Address[]; cc: Address[]; subject: string; body?: string };

/** What the compose window holds after the add-in worked on it. */
export type DraftState = { subject: string; body: string; attachments: { name: string; base64: string; isInline: boolean }[]; coercions: string[] };

/** A new-message form Outlook was asked to open, as the add-in passed it. */
export type NewMessageForm = { toRecipients: string[]; subject: string; htmlBody: string; attachments: { type: string; name: string; base64file: string }[] };

export function anOutlook(options: OutlookOptions = {}) {
  const failures = options.failures ?? {};
  const state = {
    masterCategories: [...(options.masterCategories ?? [])],
    itemCategories: new Map<string, string[]>(),
    customProperties: new Map<string, Map<string, unknown>>(),
    notifications: [] as { key: string; message: string; type: string; persistent: boolean; icon: string }[],
    itemChanged: null as null | (() => void),
    themeChanged: null as null | ((event: { type: string; officeTheme: { bodyBackgroundColor: string } }) => void),
    draft: null as DraftState | null,
    newMessageForms: [] as NewMessageForm[],
  };

  const readItemData = (message: ReadMessage) => {
    const id = message.itemId ?? 'AAMk-1';
    return {
      itemType: 'message',
      itemId: id,
      internetMessageId: message.internetMessageId ?? '<1@contoso.com>',
      conversationId: message.conversationId ?? 'conv-1',
      subject: message.subject ?? 'Quote for 20 licences',
      ...(message.from ? { from: message.from } : {}),
      ...(message.sender ? { sender: message.sender } : {}),
      to: message.to ?? [],
      cc: message.cc ?? [],
      dateTimeCreated: message.dateTimeCreated ?? new Date('2026-03-02T09:30:00Z'),
      attachments: message.attachments ?? [],
      getAttachmentContentAsync: (attachmentId: string, _options: object, callback: Callback) => {
        const content = message.attachmentContents?.[attachmentId];
        answer(callback, content ? undefined : { code: 9017, name: 'AttachmentNotFound', message: 'The attachment was not found.' }, content);
      },
      body: {
        getAsync: (coercion: string, callback: Callback) =>
          coercion === 'html' ? answer(callback, failures.htmlBody, message.html ?? '') : answer(callback, failures.textBody, message.text ?? ''),
      },
      categories: {
        getAsync: (callback: Callback) => succeeded(callback, (state.itemCategories.get(id) ?? []).map((displayName) => ({ displayName, color: 'Preset7' }))),
        addAsync: (names: string[], callback: Callback) => {
          if (failures.itemCategoriesAdd) return failed(callback, failures.itemCategoriesAdd);
          if (!names.every((n) => state.masterCategories.includes(n))) return failed(callback, { code: 9044, name: 'InvalidCategory', message: 'Not in the master list.' });
          state.itemCategories.set(id, [...new Set([...(state.itemCategories.get(id) ?? []), ...names])]);
          succeeded(callback);
        },
        removeAsync: (names: string[], callback: Callback) => {
          if (failures.itemCategoriesRemove) return failed(callback, failures.itemCategoriesRemove);
          state.itemCategories.set(id, (state.itemCategories.get(id) ?? []).filter((n) => !names.includes(n)));
          succeeded(callback);
        },
      },
      loadCustomPropertiesAsync: (callback: Callback) => {
        const saved = state.customProperties.get(id) ?? new Map<string, unknown>();
        const pending = new Map(saved);
        succeeded(callback, {
          get: (name: string) => pending.get(name),
          set: (name: string, value: unknown) => pending.set(name, value),
          remove: (name: string) => pending.delete(name),
          saveAsync: (done: Callback) => {
            state.customProperties.set(id, new Map(pending));
            succeeded(done);
          },
        });
      },
      notificationMessages: {
        replaceAsync: (key: string, details: { message: string; type: string; persistent: boolean; icon: string }, callback: Callback) => {
          if (failures.notify) return failed(callback, failures.notify);
          state.notifications = [...state.notifications.filter((n) => n.key !== key), { key, ...details }];
          succeeded(callback);
        },
      },
    };
  };

  const composeItemData = (draft: Draft) => {
    const [before = '', after = ''] = (draft.body ?? '|').split('|');
    const open: DraftState = { subject: draft.subject, body: before + after, attachments: [], coercions: [] };
    let cursor = before.length;
    state.draft = open;
    return {
      itemType: 'message',
      to: { getAsync: (callback: Callback) => succeeded(callback, draft.to) },
      cc: { getAsync: (callback: Callback) => succeeded(callback, draft.cc) },
      subject: {
        getAsync: (callback: Callback) => succeeded(callback, open.subject),
        setAsync: (subject: string, callback: Callback) => {
          if (failures.setSubject) return failed(callback, failures.setSubject);
          open.subject = subject;
          succeeded(callback);
        },
      },
      body: {
        // Outlook inserts at the cursor and leaves the cursor after what it inserted.
        setSelectedDataAsync: (data: string, options: { coercionType: string }, callback: Callback) => {
          if (failures.insert) return failed(callback, failures.insert);
          open.coercions.push(options.coercionType);
          open.body = open.body.slice(0, cursor) + data + open.body.slice(cursor);
          cursor += data.length;
          succeeded(callback);
        },
      },
      addFileAttachmentFromBase64Async: (base64: string, name: string, options: { isInline: boolean }, callback: Callback) => {
        if (failures.attach) return failed(callback, failures.attach);
        open.attachments.push({ name, base64, isInline: options.isInline });
        succeeded(callback, `att-${open.attachments.length}`);
      },
    };
  };

  const data = {
    host: 'outlook',
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    HostType: { Outlook: 'Outlook' },
    MailboxEnums: {
      ItemType: { Message: 'message', Appointment: 'appointment' },
      CategoryColor: { Preset7: 'Preset7' },
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' },
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      ...(options.bodyBackgroundColor ? { officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor } } : {}),
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'Mailbox' && Number(version.split('.')[1]) <= (options.mailboxMinor ?? 13),
      },
      mailbox: {
        userProfile: { emailAddress: 'anna@clientbook.example', displayName: 'Anna Koval' },
        masterCategories: {
          getAsync: (callback: Callback) => succeeded(callback, state.masterCategories.map((displayName) => ({ displayName, color: 'Preset7' }))),
          addAsync: (categories: { displayName: string }[], callback: Callback) => {
            if (failures.masterAdd) return failed(callback, failures.masterAdd);
            state.masterCategories.push(...categories.map((c) => c.displayName));
            succeeded(callback);
          },
        },
        // The one call here without a callback: Outlook throws on a form it refuses.
        displayNewMessageForm: (form: NewMessageForm) => {
          if (failures.newMessageForm) throw new Error(failures.newMessageForm.message);
          state.newMessageForms.push(form);
        },
        addHandlerAsync: (type: string, handler: () => void, callback: Callback) => {
          if (failures.addHandler) return failed(callback, failures.addHandler);
          if (type === 'officeThemeChanged') state.themeChanged = handler;
          else state.itemChanged = handler;
          succeeded(callback);
        },
      },
    },
  };

  const mock = new OfficeMockObject(data);
  // The Office namespace is what the adapter takes; the mock stands in for it.
  const office = mock as unknown as OfficeApi;
  // office-addin-mock cannot hold a null member, so the open item is set on the built mock.
  const mailbox = (mock as unknown as { context: { mailbox: { item: unknown } } }).context.mailbox;
  const asMock = (itemData: object) => new OfficeMockObject({ host: 'outlook', ...itemData });

  return {
    office,
    state,
    /** Opens a received message in read mode. */
    open(message: ReadMessage = {}) {
      mailbox.item = asMock(readItemData(message));
    },
    /** Opens a new message being written. */
    compose(draft: Draft) {
      mailbox.item = asMock(composeItemData(draft));
    },
    /** The user selects another message, or nothing, in a pinned pane: Outlook fires ItemChanged. */
    select(message: ReadMessage | null) {
      mailbox.item = message ? asMock(readItemData(message)) : null;
      state.itemChanged?.();
    },
    /** The user switches Outlook's theme: OfficeThemeChanged carries the new colours (Mailbox 1.14). */
    changeTheme(bodyBackgroundColor: string) {
      state.themeChanged?.({ type: 'officeThemeChanged', officeTheme: { bodyBackgroundColor } });
    },
  };
}
