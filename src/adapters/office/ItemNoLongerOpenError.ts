/**
 * The item an action was meant for is no longer the open one: Office.js only acts on the open
 * item, and in a pinned pane the user may have moved on while the action was in flight.
 */
export class ItemNoLongerOpenError extends Error {
  readonly internetMessageId: string;

  constructor(action: string, internetMessageId: string) {
    super(`${action}: the message is no longer open in Outlook.`);
    this.name = 'ItemNoLongerOpenError';
    this.internetMessageId = internetMessageId;
  }
}
