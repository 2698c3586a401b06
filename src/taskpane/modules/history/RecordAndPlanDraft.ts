import type { FormDraft } from '../../ui/FormDraft';
import type { PlanValues } from './components/PlanNextContactForm';
import type { RecordContactValues } from './components/RecordContactForm';

/** What stands in place of the two buttons: a form (with its typing), or the notice after planning. */
export type RecordAndPlanStep =
  | { kind: 'idle' }
  | { kind: 'recording'; form: FormDraft<RecordContactValues> }
  | { kind: 'planning'; afterRecord: boolean; form: FormDraft<PlanValues> }
  | { kind: 'planned'; due: string };

/**
 * Record contact and Plan next contact for one client as they were left: kept with the open
 * message's card (MessageDrafts), so that Outlook moving to another message loses nothing typed.
 */
export class RecordAndPlanDraft {
  private left: { step: RecordAndPlanStep; recorded: boolean } = { step: { kind: 'idle' }, recorded: false };
  private clientId = '';

  /** The step as left, and whether the notice 'Contact recorded.' stood above it. */
  get step(): RecordAndPlanStep {
    return this.left.step;
  }

  get recorded(): boolean {
    return this.left.recorded;
  }

  leave(step: RecordAndPlanStep, recorded: boolean): void {
    this.left = { step, recorded };
  }

  /** This draft for the client now shown: one left for another client (the message was matched anew) starts afresh. */
  forClient(clientId: string): this {
    if (this.clientId && this.clientId !== clientId) this.leave({ kind: 'idle' }, false);
    this.clientId = clientId;
    return this;
  }

  /** The form left open with typing in it, if any: what closing the card would lose. */
  get typedForm(): 'record' | 'plan' | null {
    if (this.step.kind === 'recording' && this.step.form.typing.typed) return 'record';
    if (this.step.kind === 'planning' && this.step.form.typing.typed) return 'plan';
    return null;
  }
}
