/**
 * Undo of an automatic log refused, and why: 'gone', the entry is no longer in the history (undone in
 * another pane, or its deletion pulled in); 'not-own', it is a colleague's, or was logged by hand,
 * which only its author's own History may delete. The UI words the reason in the pane's language.
 */
export class UndoAutoLogError extends Error {
  override readonly name = 'UndoAutoLogError';

  constructor(readonly reason: 'gone' | 'not-own') {
    super(reason === 'gone' ? 'The entry is no longer in the history' : 'Only the author’s own automatic entries can be undone');
  }
}
