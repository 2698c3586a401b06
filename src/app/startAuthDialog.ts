import { runAuthDialog } from '../adapters/auth/runAuthDialog';
import { dialogParent } from '../adapters/office/dialogParent';

/** Runs the sign-in inside the Office dialog at `url` and reports to the pane that opened it. */
export async function startAuthDialog(url: string): Promise<void> {
  const send = await dialogParent();
  await runAuthDialog({ url, send, production: process.env.NODE_ENV === 'production' });
}
