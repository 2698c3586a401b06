import { OfficeAsyncError } from './OfficeAsyncError';
import { officeAsync } from './officeAsync';
import type { OfficeApi } from './officeTypes';

/** The first message the dialog page sent, or 'closed' when the user closed the dialog first. */
export type AuthDialogOutcome = { kind: 'message'; message: string } | { kind: 'closed' };

/** Office's DialogEventReceived code for "the user closed the dialog". */
const CLOSED_BY_USER = 12006;

/**
 * Opens the sign-in page in an Office dialog (displayDialogAsync) and settles with its first message,
 * closing the dialog then. Null outside Office or without DialogApi 1.1. Office requires the
 * first page on the pane's own origin; messages from any other origin are ignored.
 */
export function authDialogOpener(
  office: OfficeApi | undefined = typeof Office === 'undefined' ? undefined : Office,
): ((url: string) => Promise<AuthDialogOutcome>) | null {
  const ui = office?.context?.ui;
  // office.js loaded outside Office (a plain browser) still defines the API; the requirement set
  // says whether a host is there to run it.
  if (!office || typeof ui?.displayDialogAsync !== 'function' || !office.context.requirements?.isSetSupported('DialogApi', '1.1')) {
    return null;
  }
  return async (url) => {
    const expectedOrigin = new URL(url).origin;
    // Entra ID's pages refuse to be framed, so the dialog must be a window even in Outlook on the web.
    const dialog = await officeAsync<Office.Dialog>('Opening the sign-in dialog', (callback) =>
      ui.displayDialogAsync(url, { height: 60, width: 30, displayInIframe: false }, callback),
    );
    return new Promise<AuthDialogOutcome>((resolve, reject) => {
      dialog.addEventHandler(office.EventType.DialogMessageReceived, (args) => {
        if (!('message' in args)) return;
        if (args.origin !== undefined && args.origin !== expectedOrigin) return;
        dialog.close();
        resolve({ kind: 'message', message: String(args.message) });
      });
      dialog.addEventHandler(office.EventType.DialogEventReceived, (args) => {
        if (!('error' in args)) return;
        if (args.error === CLOSED_BY_USER) {
          resolve({ kind: 'closed' });
        } else {
          dialog.close();
          reject(new OfficeAsyncError('The sign-in dialog', { code: args.error, detail: `Office dialog event ${args.error}`, cause: args }));
        }
      });
    });
  };
}
