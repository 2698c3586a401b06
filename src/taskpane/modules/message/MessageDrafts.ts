import type { ReadItem } from '../../../domain/ports';
import type { RecordAndPlanDraft } from '../history/RecordAndPlanDraft';

/** A draft left with another message: which, and which form it holds typing in. */
export type KeptDraft = { itemId: string; subject: string; form: 'record' | 'plan' };

/**
 * Record contact and Plan next contact as left on each message's card, by the message's item id,
 * for the life of the pane: Outlook moves to another message without asking (ItemChanged), which
 * rebuilds the card, and coming back to the message finds the form as it was left.
 */
export class MessageDrafts {
  private readonly drafts = new Map<string, { subject: string; draft: RecordAndPlanDraft }>();

  /** The draft a message's card left, if it left one. */
  of(itemId: string): RecordAndPlanDraft | undefined {
    return this.drafts.get(itemId)?.draft;
  }

  /** Keeps `draft` as the message's, for its card to find when the message is open again. */
  hold(item: ReadItem, draft: RecordAndPlanDraft): void {
    this.drafts.set(item.itemId, { subject: item.subject.trim(), draft });
  }

  drop(itemId: string): void {
    this.drafts.delete(itemId);
  }

  /** The drafts holding typing that other messages' cards left, for the card of `itemId` to mention. */
  typedElsewhere(itemId: string): KeptDraft[] {
    return [...this.drafts].flatMap(([id, { subject, draft }]) => {
      const form = draft.typedForm;
      return id !== itemId && form ? [{ itemId: id, subject, form }] : [];
    });
  }
}
