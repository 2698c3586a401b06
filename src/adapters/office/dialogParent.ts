import { OfficeAsyncError } from './OfficeAsyncError';
import type { OfficeApi } from './officeTypes';

/**
 * For a page running inside an Office dialog: waits for office.js, then gives the function that
 * sends a string to the pane that opened the dialog (Office.context.ui.messageParent).
 */
export async function dialogParent(
  office: OfficeApi | undefined = typeof Office === 'undefined' ? undefined : Office,
): Promise<(message: string) => void> {
  if (!office) {
    throw new OfficeAsyncError('Connecting to the pane', { code: null, detail: 'office.js is not loaded', cause: null });
  }
  await office.onReady();
  const ui = office.context?.ui;
  if (typeof ui?.messageParent !== 'function') {
    throw new OfficeAsyncError('Connecting to the pane', { code: null, detail: 'this page is not in an Office dialog', cause: null });
  }
  return (message) => ui.messageParent(message);
}
