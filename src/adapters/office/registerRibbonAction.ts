import type { MailHost } from '../../domain/ports';
import { OfficeMailHost } from './OfficeMailHost';
import type { OfficeApi } from './officeTypes';

/**
 * Binds a ribbon button's FunctionName to a handler working on the open message. Outlook waits
 * for event.completed(), so it is called whatever the handler does. A handler that fails has no
 * screen left to show it on: its error is reported as an uncaught error (reportError), never thrown
 * into Office's dispatch.
 */
export function registerRibbonAction(name: string, handler: (host: MailHost) => Promise<void>, office: OfficeApi = Office): void {
  office.actions.associate(name, (event: Office.AddinCommands.Event) => {
    void office
      .onReady()
      .then(() => handler(new OfficeMailHost(office)))
      .catch((error: unknown) => reportError(error))
      .finally(() => event.completed());
  });
}
