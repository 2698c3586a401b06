import { FormTyping } from './LeaveGuard';

/**
 * A form's typing held outside the form, so that the form can be drawn again as it was left (Record
 * contact on a message Outlook has moved away from): the values its owner keeps here, whether they
 * hold typing no save kept (leaving asks again), and the field the focus was in.
 */
export class FormDraft<V> {
  private kept: V | undefined = undefined;
  readonly typing = new FormTyping();
  /** The place among the form's fields of the one last focused. */
  field: number | undefined = undefined;

  /** The values as last kept: undefined for a form not drawn before. */
  get values(): V | undefined {
    return this.kept;
  }

  keep(values: V): void {
    this.kept = values;
  }
}
