/**
 * The in-memory mailbox behind the demo: messages in an inbox and a Sent folder, the selected
 * message, categories, the user's profile and the display settings Outlook would give the pane.
 * The demo page owns one; the pane in its iframe reads the same object (see connectDemoMailHost).
 */
import type { UserProfile } from '../../../domain/ports';
import { DemoComposeWindow } from './DemoComposeWindow';
import type { DemoFolder, DemoMessage } from './DemoMessage';

/** The category Outlook shows on a logged message. */
export const LOGGED_CATEGORY = 'Clientbook';

export type DemoLanguage = 'en-US' | 'en-GB' | 'uk-UA';
export type DemoTheme = 'light' | 'dark';
export const demoLanguages: readonly DemoLanguage[] = ['en-US', 'en-GB', 'uk-UA'];

export const demoProfile: UserProfile = { displayName: 'Maria Koval', email: 'maria.koval@clientbook.example' };

/** 'selection': another message was selected; 'messages': a message was added or changed; 'settings': language or theme. */
export type DemoMailboxEvent = 'selection' | 'messages' | 'settings';

/** Where categories outlive a page reload, as Outlook keeps them on the server (window.localStorage fits). */
export type CategoryStorage = Pick<Storage, 'getItem' | 'setItem'>;

export type DemoMailboxOptions = {
  messages?: readonly DemoMessage[];
  profile?: UserProfile;
  language?: DemoLanguage;
  theme?: DemoTheme;
  categoryStorage?: CategoryStorage;
};

const CATEGORY_KEY = 'clientbook.demo.categories';

export class DemoMailbox {
  readonly profile: UserProfile;
  /** The message being written (mailings insert templates into it); shared by the page and its pane. */
  readonly compose = new DemoComposeWindow();
  private readonly byId = new Map<string, DemoMessage>();
  private selectedMessageId: string | null = null;
  private currentLanguage: DemoLanguage;
  private currentTheme: DemoTheme;
  private readonly listeners: { [E in DemoMailboxEvent]: Set<() => void> } = {
    selection: new Set(),
    messages: new Set(),
    settings: new Set(),
  };
  private readonly categoryStorage: CategoryStorage | undefined;
  private changes = 0;

  constructor(options: DemoMailboxOptions = {}) {
    this.profile = options.profile ?? demoProfile;
    this.currentLanguage = options.language ?? 'en-US';
    this.currentTheme = options.theme ?? 'light';
    this.categoryStorage = options.categoryStorage;
    const saved = this.savedCategories();
    for (const m of options.messages ?? []) this.byId.set(m.id, { ...m, categories: saved[m.id] ?? [...m.categories] });
  }

  /** Messages of a folder, newest first. */
  messages(folder: DemoFolder = 'inbox'): DemoMessage[] {
    return [...this.byId.values()].filter((m) => m.folder === folder).sort((a, b) => b.date.localeCompare(a.date));
  }

  message(id: string): DemoMessage | null {
    return this.byId.get(id) ?? null;
  }

  get selectedId(): string | null {
    return this.selectedMessageId;
  }

  selected(): DemoMessage | null {
    return this.selectedMessageId ? this.message(this.selectedMessageId) : null;
  }

  /** Selects a message (null: nothing), as clicking in Outlook's list does; fires 'selection'. */
  select(id: string | null): void {
    const next = id && this.byId.has(id) ? id : null;
    if (next === this.selectedMessageId) return;
    this.selectedMessageId = next;
    this.emit('selection');
  }

  /** Adds a message (an opened .eml file) or replaces the one with its id, keeping the categories it had. */
  addMessage(message: DemoMessage): DemoMessage {
    const had = this.byId.get(message.id)?.categories ?? this.savedCategories()[message.id] ?? [];
    const stored = { ...message, categories: [...new Set([...had, ...message.categories])] };
    this.byId.set(stored.id, stored);
    this.emit('messages');
    return stored;
  }

  /** Puts a message in the Sent folder, as sending from Outlook does. */
  send(message: Omit<DemoMessage, 'folder' | 'categories' | 'notification'>): DemoMessage {
    return this.addMessage({ ...message, folder: 'sent', categories: [], notification: '' });
  }

  addCategory(id: string, category: string): void {
    const m = this.byId.get(id);
    if (!m || m.categories.includes(category)) return;
    this.byId.set(id, { ...m, categories: [...m.categories, category] });
    this.saveCategories();
    this.emit('messages');
  }

  removeCategory(id: string, category: string): void {
    const m = this.byId.get(id);
    if (!m?.categories.includes(category)) return;
    this.byId.set(id, { ...m, categories: m.categories.filter((c) => c !== category) });
    this.saveCategories();
    this.emit('messages');
  }

  markLogged(id: string): void {
    this.addCategory(id, LOGGED_CATEGORY);
  }

  isLogged(id: string): boolean {
    return this.byId.get(id)?.categories.includes(LOGGED_CATEGORY) ?? false;
  }

  setNotification(id: string, text: string): void {
    const m = this.byId.get(id);
    if (!m) return;
    this.byId.set(id, { ...m, notification: text });
    this.emit('messages');
  }

  get language(): DemoLanguage {
    return this.currentLanguage;
  }

  get theme(): DemoTheme {
    return this.currentTheme;
  }

  setLanguage(language: DemoLanguage): void {
    if (language === this.currentLanguage) return;
    this.currentLanguage = language;
    this.emit('settings');
  }

  setTheme(theme: DemoTheme): void {
    if (theme === this.currentTheme) return;
    this.currentTheme = theme;
    this.emit('settings');
  }

  /** Subscribes to an event; returns the unsubscribe function. */
  on(event: DemoMailboxEvent, listener: () => void): () => void {
    this.listeners[event].add(listener);
    return () => {
      this.listeners[event].delete(listener);
    };
  }

  /** Grows with every change, so a view can tell whether it shows the latest state. */
  get revision(): number {
    return this.changes;
  }

  private emit(event: DemoMailboxEvent): void {
    this.changes++;
    for (const listener of [...this.listeners[event]]) {
      try {
        listener();
      } catch (error) {
        // A listener of a pane that was reloaded may belong to a dead document: drop it so the
        // page and the live pane keep working, and report the error where the browser shows it.
        this.listeners[event].delete(listener);
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  private savedCategories(): Partial<Record<string, string[]>> {
    const raw = this.categoryStorage?.getItem(CATEGORY_KEY);
    if (!raw) return {};
    try {
      const parsed: unknown = JSON.parse(raw);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string[]>) : {};
    } catch {
      // A corrupt entry only loses the demo's category chips; the history itself is in IndexedDB.
      return {};
    }
  }

  private saveCategories(): void {
    if (!this.categoryStorage) return;
    const map: Record<string, string[]> = {};
    for (const m of this.byId.values()) if (m.categories.length) map[m.id] = m.categories;
    this.categoryStorage.setItem(CATEGORY_KEY, JSON.stringify(map));
  }
}
