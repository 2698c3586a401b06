/**
 * The delegated Microsoft Graph permissions Clientbook asks for, one set per kind of call, so each
 * token carries only what that call needs (a sync token cannot send mail; a mailing token cannot
 * change the site's lists). Fully qualified so they never resolve against another resource.
 */
export const graphScopes = {
  /** Read and write items of the team's SharePoint lists: the sync engine's pull (delta) and push ($batch). */
  sync: ['https://graph.microsoft.com/Sites.ReadWrite.All'],
  /**
   * Create lists and add or index columns on the team site. Asked only by "Connect" (provisioning and
   * upgrades), because Sites.ReadWrite.All cannot create lists or columns and most users never connect.
   */
  provision: ['https://graph.microsoft.com/Sites.Manage.All'],
  /** Read the user's mail: a conversation's messages and Sent Items' delta feed (whole-thread logging, auto-log of sent mail). */
  mailRead: ['https://graph.microsoft.com/Mail.Read'],
  /** Put the "Clientbook" category on a logged message, or take it off when an automatic log is undone. */
  mailWrite: ['https://graph.microsoft.com/Mail.ReadWrite'],
  /** Send mailings as the signed-in user through /me/sendMail. */
  sendMail: ['https://graph.microsoft.com/Mail.Send'],
  /** The signed-in user's name and address for the profile and the team's Members list. */
  profile: ['https://graph.microsoft.com/User.Read'],
} as const satisfies Record<string, readonly string[]>;
