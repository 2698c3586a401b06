import type { MailHost } from '../../domain/ports';
import { OfficeMailHost } from './OfficeMailHost';
import type { OfficeApi } from './officeTypes';

/**
 * Binds a ribbon button's FunctionName to a handler working on the open message. Outlook waits
 * for event.completed(), so it is called whatever the handler does; a handler that rejects leaves
 * an unhandled rejection in the command runtime's console, as there is no screen left to show it.
 */
export function registerRibbonAction(name: string, handler: (host: MailHost) => Promise<void>, office: OfficeApi = Office): void {
  office.actions.associate(name, (event: Office.AddinCommands.Event) => {
    void office
      .onReady()
      .then(() => handler(new OfficeMailHost(office)))
      .finally(() => event.completed());
  });
}
