/**
 * Opens the Office dialog (displayDialogAsync) at a page of the pane's own origin and settles with
 * the first message that page sends, or 'closed' when the user closes the dialog first. It rejects
 * when Office cannot open the dialog; the rejection carries Office's numeric `code` (e.g. 12009 when
 * the user chose to ignore it). Implemented in src/adapters/office, the only layer touching Office.
 */
export type AuthDialogOutcome = { kind: 'message'; message: string } | { kind: 'closed' };

export type AuthDialogOpener = (url: string) => Promise<AuthDialogOutcome>;
