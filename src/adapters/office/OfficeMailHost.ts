/** MailHost over Office.context.mailbox: the open message, its body, category and notification bar. */
import { base64FromBytes } from '../../domain/base64';
import type { Attachment, MailBody, MailHost, MailItem, ReadItem, UserProfile } from '../../domain/ports';
import { AttachmentUnreadableError } from './AttachmentUnreadableError';
import { ItemNoLongerOpenError } from './ItemNoLongerOpenError';
import { loggedMark } from './loggedMark';
import { officeAsync } from './officeAsync';
import { officeTheme } from './officeTheme';
import type { OfficeApi, OfficeItem } from './officeTypes';
import { readItem } from './readItem';

/** Key of our notification on an item: replacing it keeps one Clientbook message, not a stack. */
const NOTIFICATION_KEY = 'clientbook';
/** Outlook refuses notification text over 150 characters. */
const NOTIFICATION_MAX = 150;
/** Icon resource id from manifest.xml; Outlook requires one for informational messages. */
export const NOTIFICATION_ICON = 'Icon.16x16';

export class OfficeMailHost implements MailHost {
  readonly kind = 'outlook' as const;
  private readonly listeners = new Set<(item: MailItem | null) => void>();
  private following: Promise<void> | null = null;
  private readonly themeListeners = new Set<(theme: 'light' | 'dark') => void>();
  private followingTheme: Promise<void> | null = null;
  private readonly mark: ReturnType<typeof loggedMark>;

  constructor(private readonly office: OfficeApi) {
    this.mark = loggedMark(office);
  }

  private get mailbox(): Office.Mailbox {
    return this.office.context.mailbox;
  }

  userProfile(): UserProfile {
    const profile = this.mailbox.userProfile;
    return { email: profile?.emailAddress ?? '', displayName: profile?.displayName ?? '' };
  }

  displayLanguage(): string {
    return this.office.context.displayLanguage || 'en-US';
  }

  theme(): 'light' | 'dark' {
    return officeTheme(this.office.context.officeTheme);
  }

  /**
   * Outlook's OfficeThemeChanged (Mailbox 1.14), subscribed once on first use. Below 1.14 Outlook
   * has no such event and the pane keeps the theme it opened with.
   */
  async onThemeChanged(listener: (theme: 'light' | 'dark') => void): Promise<() => void> {
    if (!this.office.context.requirements.isSetSupported('Mailbox', '1.14')) return () => undefined;
    this.followingTheme ??= officeAsync<void>('Subscribing to theme changes', (done) =>
      this.mailbox.addHandlerAsync(
        this.office.EventType.OfficeThemeChanged,
        (event: Partial<Office.OfficeThemeChangedEventArgs>) => this.themeChanged(event.officeTheme ?? this.office.context.officeTheme),
        done,
      ),
    ).catch((error: unknown) => {
      this.followingTheme = null;
      throw error;
    });
    await this.followingTheme;
    this.themeListeners.add(listener);
    return () => this.themeListeners.delete(listener);
  }

  private themeChanged(theme: Office.OfficeTheme | undefined): void {
    const mode = officeTheme(theme);
    for (const listener of this.themeListeners) queueMicrotask(() => listener(mode));
  }

  currentItem(): MailItem | null {
    return readItem(this.office, this.mailbox.item);
  }

  /**
   * Registers for Outlook's ItemChanged event, once, so a pinned pane follows the selection.
   * Only the pane needs it; a ribbon command acts on the item it was started on.
   */
  followSelection(): Promise<void> {
    this.following ??= officeAsync<void>('Subscribing to the selection', (done) =>
      this.mailbox.addHandlerAsync(this.office.EventType.ItemChanged, () => this.itemChanged(), done),
    ).catch((error: unknown) => {
      this.following = null;
      throw error;
    });
    return this.following;
  }

  /** Listeners hear selection changes once followSelection() has resolved. */
  onItemChanged(listener: (item: MailItem | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private itemChanged(): void {
    const item = this.currentItem();
    // Listeners run outside Office's event dispatch: an error in one is reported, not thrown into Office.
    for (const listener of this.listeners) queueMicrotask(() => listener(item));
  }

  /** The Office item behind a ReadItem, provided it is still the open one. */
  private openItem(item: ReadItem, action: string): OfficeItem {
    const open = this.mailbox.item;
    const same = open && (open.itemId ?? '') === item.itemId && (open.internetMessageId ?? '') === item.internetMessageId;
    if (!same) throw new ItemNoLongerOpenError(action, item.internetMessageId);
    return open;
  }

  async getBody(item: ReadItem): Promise<MailBody> {
    const { body } = this.openItem(item, 'Reading the body');
    try {
      return { kind: 'html', content: await officeAsync<string>('Reading the HTML body', (done) => body.getAsync(this.office.CoercionType.Html, done)) };
    } catch {
      // Some clients refuse HTML for plain-text or protected messages; the text form is still useful.
      return { kind: 'text', content: await officeAsync<string>('Reading the text body', (done) => body.getAsync(this.office.CoercionType.Text, done)) };
    }
  }

  /**
   * An attachment's bytes through getAttachmentContentAsync (Mailbox 1.8; feature-detected). Files
   * come as base64; an attached message or meeting as its text; a cloud attachment only as a link,
   * which is not its content.
   */
  async getAttachmentContent(item: ReadItem, attachment: Attachment): Promise<string> {
    const open = this.openItem(item, 'Reading an attachment');
    if (!this.office.context.requirements.isSetSupported('Mailbox', '1.8') || !attachment.id) {
      throw new AttachmentUnreadableError(attachment.name, 'this Outlook cannot read attachments');
    }
    const id = attachment.id;
    const content = await officeAsync<Office.AttachmentContent>(`Reading the attachment ${attachment.name}`, (done) => open.getAttachmentContentAsync(id, {}, done));
    const format = String(content.format);
    if (format === 'base64') return content.content;
    if (format === 'eml' || format === 'iCalendar') return base64FromBytes(new TextEncoder().encode(content.content));
    throw new AttachmentUnreadableError(attachment.name, 'it is a link to a cloud file');
  }

  async markLogged(item: ReadItem): Promise<void> {
    await this.mark.mark(this.openItem(item, 'Marking the message as logged'));
  }

  async unmarkLogged(item: ReadItem): Promise<void> {
    await this.mark.unmark(this.openItem(item, 'Removing the logged mark'));
  }

  async isMarkedLogged(item: ReadItem): Promise<boolean> {
    return this.mark.isMarked(this.openItem(item, 'Reading the logged mark'));
  }

  async notify(item: ReadItem, message: string): Promise<void> {
    const open = this.openItem(item, 'Showing a notification');
    const text = message.length > NOTIFICATION_MAX ? `${message.slice(0, NOTIFICATION_MAX - 1)}…` : message;
    const details: Office.NotificationMessageDetails = {
      type: this.office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
      message: text,
      icon: NOTIFICATION_ICON,
      persistent: false,
    };
    await officeAsync<void>('Showing a notification', (done) => open.notificationMessages.replaceAsync(NOTIFICATION_KEY, details, done));
  }
}
