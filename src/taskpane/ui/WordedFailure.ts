/**
 * A failure a screen has already worded in the pane's language (a deal move its state refuses, a role
 * the form names): its message is shown as it is, where any other error's English never is (useAppFailureReason).
 */
export class WordedFailure extends Error {
  override readonly name = 'WordedFailure';
}
