/** The Office dialog page that signs in when the pane cannot open a popup; see src/app/startAuthDialog. */
import { startAuthDialog } from '../app/startAuthDialog';
import { errorMessage } from '../domain/errorMessage';

startAuthDialog(window.location.href).catch((error: unknown) => {
  // Office itself is missing (the page was opened outside a dialog): there is no pane to tell.
  const failure = document.getElementById('failure');
  const detail = document.getElementById('failure-detail');
  if (detail) detail.textContent = errorMessage(error);
  if (failure) failure.hidden = false;
});
