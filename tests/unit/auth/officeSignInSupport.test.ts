import { authDialogOpener } from '../../../src/adapters/office/authDialogOpener';
import { dialogParent } from '../../../src/adapters/office/dialogParent';
import { nestedAppAuthSupport } from '../../../src/adapters/office/nestedAppAuthSupport';
import { OfficeAsyncError } from '../../../src/adapters/office/OfficeAsyncError';
import type { OfficeApi } from '../../../src/adapters/office/officeTypes';

type DialogArgs = { message: string; origin: string | undefined } | { error: number };

/** The slice of Office.js sign-in touches: requirement sets, the dialog API and messageParent. */
function anOffice(options: { nestedAppAuth?: string[]; dialogApi?: boolean; displayFails?: { code: number; message: string } } = {}) {
  const handlers = new Map<string, (args: DialogArgs) => void>();
  const dialog = {
    closed: false,
    addEventHandler: (type: string, handler: (args: DialogArgs) => void) => handlers.set(type, handler),
    close: () => {
      dialog.closed = true;
    },
  };
  const opened: { url: string; options: unknown }[] = [];
  const sentToParent: string[] = [];
  const office = {
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    onReady: async () => ({ host: 'Outlook', platform: 'OfficeOnline' }),
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          (name === 'NestedAppAuth' && (options.nestedAppAuth ?? []).includes(version)) ||
          (name === 'DialogApi' && version === '1.1' && (options.dialogApi ?? true)),
      },
      ui: {
        displayDialogAsync: (url: string, dialogOptions: unknown, callback: (result: unknown) => void) => {
          opened.push({ url, options: dialogOptions });
          callback(
            options.displayFails
              ? { status: 'failed', value: undefined, error: options.displayFails }
              : { status: 'succeeded', value: dialog },
          );
        },
        messageParent: (message: string) => sentToParent.push(message),
      },
    },
  };
  const fire = (type: 'dialogMessageReceived' | 'dialogEventReceived', args: DialogArgs) => handlers.get(type)?.(args);
  // A partial Office namespace: the adapter reads only what is built above.
  return { office: office as unknown as OfficeApi, dialog, opened, sentToParent, fire };
}

const URL_ = 'https://localhost:3000/auth-dialog.html?clientId=app-id&tenant=contoso&scopes=User.Read';

describe('nestedAppAuthSupport', () => {
  it('is true only where Outlook supports NestedAppAuth 1.1', () => {
    expect(nestedAppAuthSupport(anOffice({ nestedAppAuth: ['1.1'] }).office)).toBe(true);
    expect(nestedAppAuthSupport(anOffice({ nestedAppAuth: [] }).office)).toBe(false);
  });

  it('is false outside Office', () => {
    expect(nestedAppAuthSupport(undefined)).toBe(false);
    expect(nestedAppAuthSupport({} as OfficeApi)).toBe(false);
  });
});

describe('authDialogOpener', () => {
  it('is absent outside Office', () => {
    expect(authDialogOpener(undefined)).toBeNull();
  });

  it('is absent where office.js is loaded but no host offers the dialog API', () => {
    expect(authDialogOpener(anOffice({ dialogApi: false }).office)).toBeNull();
  });

  it('opens the page in a separate window and settles with its message, closing the dialog', async () => {
    const outlook = anOffice();
    const open = authDialogOpener(outlook.office);

    const outcome = open?.(URL_);
    await Promise.resolve();
    outlook.fire('dialogMessageReceived', { message: '{"status":"token"}', origin: 'https://localhost:3000' });

    await expect(outcome).resolves.toEqual({ kind: 'message', message: '{"status":"token"}' });
    expect(outlook.opened).toEqual([{ url: URL_, options: expect.objectContaining({ displayInIframe: false }) }]);
    expect(outlook.dialog.closed).toBe(true);
  });

  it('ignores messages from another origin', async () => {
    const outlook = anOffice();
    const outcome = authDialogOpener(outlook.office)?.(URL_);
    await Promise.resolve();

    outlook.fire('dialogMessageReceived', { message: 'forged', origin: 'https://evil.example' });
    outlook.fire('dialogMessageReceived', { message: 'ours', origin: 'https://localhost:3000' });

    await expect(outcome).resolves.toEqual({ kind: 'message', message: 'ours' });
  });

  it('reports the user closing the dialog as closed', async () => {
    const outlook = anOffice();
    const outcome = authDialogOpener(outlook.office)?.(URL_);
    await Promise.resolve();

    outlook.fire('dialogEventReceived', { error: 12006 });

    await expect(outcome).resolves.toEqual({ kind: 'closed' });
  });

  it('rejects with Office\'s code when the dialog page fails to load', async () => {
    const outlook = anOffice();
    const outcome = authDialogOpener(outlook.office)?.(URL_);
    await Promise.resolve();

    outlook.fire('dialogEventReceived', { error: 12002 });

    await expect(outcome).rejects.toEqual(expect.objectContaining({ name: 'OfficeAsyncError', code: 12002 }));
    expect(outlook.dialog.closed).toBe(true);
  });

  it('rejects with Office\'s code when the dialog cannot open', async () => {
    const outlook = anOffice({ displayFails: { code: 12009, message: 'The user chose to ignore the dialog box.' } });

    const error = await authDialogOpener(outlook.office)?.(URL_).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OfficeAsyncError);
    expect((error as OfficeAsyncError).code).toBe(12009);
  });
});

describe('dialogParent', () => {
  it('sends strings to the pane once office.js is ready', async () => {
    const outlook = anOffice();

    const send = await dialogParent(outlook.office);
    send('{"status":"token"}');

    expect(outlook.sentToParent).toEqual(['{"status":"token"}']);
  });

  it('fails when the page is not running in Office', async () => {
    await expect(dialogParent(undefined)).rejects.toBeInstanceOf(OfficeAsyncError);
  });
});
