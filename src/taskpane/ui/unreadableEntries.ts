import { createContext, useContext, useEffect, type RefObject } from 'react';

/**
 * The boxes of one form that hold text they could not read, such as a date typed as 31.02.2026. The
 * form saves nothing while one does: the field still holds the value it had before, and saving that
 * would silently drop what the user typed.
 */
export class UnreadableEntries {
  private readonly boxes = new Set<HTMLInputElement>();

  mark(box: HTMLInputElement, unreadable: boolean): void {
    if (unreadable) this.boxes.add(box);
    else this.boxes.delete(box);
  }

  /**
   * Focuses the first such box in the form, where the user reads on from, with its text selected
   * so that what is typed next replaces it. False when every box was read.
   */
  focusFirst(): boolean {
    const [first] = [...this.boxes]
      .filter((box) => box.isConnected)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    first?.focus();
    first?.select();
    return first !== undefined;
  }
}

export const UnreadableEntriesContext = createContext<UnreadableEntries | undefined>(undefined);

/**
 * How a field tells its form that its box holds text it could not read, or no longer does. It tells
 * at once, not on its next render: a click on Save blurs the box and submits the form in one go.
 * A field outside a form has no one to tell.
 */
export function useUnreadableMark(box: RefObject<HTMLInputElement | null>) {
  const entries = useContext(UnreadableEntriesContext);
  useEffect(() => {
    const element = box.current;
    return () => {
      if (element) entries?.mark(element, false);
    };
  }, [entries, box]);
  return (unreadable: boolean) => {
    if (box.current) entries?.mark(box.current, unreadable);
  };
}
