import type { Attachment, MailBody, MailHost, MailItem, ReadItem, UserProfile } from '../../src/domain/ports';

type FakeMailHostOptions = {
  displayLanguage?: string;
  theme?: 'light' | 'dark';
  user?: UserProfile;
  item?: MailItem | null;
};

/**
 * A MailHost for tests: the test sets the open item (firing ItemChanged as Outlook does), gives
 * bodies per item, and reads back which items were marked logged and what was notified.
 */
export class FakeMailHost implements MailHost {
  readonly kind = 'demo' as const;
  language: string;
  colourTheme: 'light' | 'dark';
  user: UserProfile;
  /** Item ids marked with the "Clientbook" category. */
  readonly logged = new Set<string>();
  readonly notifications: { itemId: string; message: string }[] = [];
  private item: MailItem | null;
  private readonly bodies = new Map<string, MailBody>();
  private readonly attachmentContents = new Map<string, string>();
  private readonly listeners = new Set<(item: MailItem | null) => void>();
  private readonly themeListeners = new Set<(theme: 'light' | 'dark') => void>();

  constructor({ displayLanguage = 'en-GB', theme = 'light', user, item = null }: FakeMailHostOptions = {}) {
    this.language = displayLanguage;
    this.colourTheme = theme;
    this.user = user ?? { email: 'me@clientbook.example', displayName: 'Maria Koval' };
    this.item = item;
  }

  userProfile() {
    return this.user;
  }

  displayLanguage() {
    return this.language;
  }

  theme() {
    return this.colourTheme;
  }

  currentItem() {
    return this.item;
  }

  /** The user switches Outlook's theme while the pane is open: OfficeThemeChanged. */
  changeTheme(theme: 'light' | 'dark') {
    this.colourTheme = theme;
    for (const listener of [...this.themeListeners]) listener(theme);
  }

  async onThemeChanged(listener: (theme: 'light' | 'dark') => void) {
    this.themeListeners.add(listener);
    return () => {
      this.themeListeners.delete(listener);
    };
  }

  /** Opens another item (or none) and tells every listener, like Office's ItemChanged event. */
  selectItem(item: MailItem | null) {
    this.item = item;
    for (const listener of [...this.listeners]) listener(item);
  }

  onItemChanged(listener: (item: MailItem | null) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The body getBody answers for an item; without one the body is empty text. */
  setBody(itemId: string, body: MailBody) {
    this.bodies.set(itemId, body);
  }

  async getBody(item: ReadItem): Promise<MailBody> {
    return this.bodies.get(item.itemId) ?? { kind: 'text', content: '' };
  }

  /** The bytes (base64) getAttachmentContent answers for an item's attachment, by name; without them it rejects. */
  setAttachmentContent(itemId: string, name: string, base64: string) {
    this.attachmentContents.set(`${itemId}/${name}`, base64);
  }

  async getAttachmentContent(item: ReadItem, attachment: Attachment): Promise<string> {
    const content = this.attachmentContents.get(`${item.itemId}/${attachment.name}`);
    if (content === undefined) throw new Error(`No content for ${attachment.name}`);
    return content;
  }

  async markLogged(item: ReadItem) {
    this.logged.add(item.itemId);
  }

  async isMarkedLogged(item: ReadItem) {
    return this.logged.has(item.itemId);
  }

  async notify(item: ReadItem, message: string) {
    this.notifications.push({ itemId: item.itemId, message });
  }
}
