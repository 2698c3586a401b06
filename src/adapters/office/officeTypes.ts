/** The Office.js shapes this adapter works with, named once. */

/** The Office namespace, passed in so tests can hand over an office-addin-mock object. */
export type OfficeApi = typeof Office;

/** Outlook's mailbox.item: one object whose members depend on the mode (read or compose). */
export type OfficeItem = NonNullable<Office.Mailbox['item']>;
