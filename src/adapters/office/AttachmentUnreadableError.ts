/** The mail host cannot give an attachment's bytes (an old Outlook, a cloud link, a demo file without content). */
export class AttachmentUnreadableError extends Error {
  override readonly name = 'AttachmentUnreadableError';

  constructor(
    readonly attachmentName: string,
    reason: string,
  ) {
    super(`"${attachmentName}" could not be read: ${reason}.`);
  }
}
