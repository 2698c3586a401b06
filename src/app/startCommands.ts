import { registerRibbonAction } from '../adapters/office/registerRibbonAction';
import { logFromRibbon } from './logFromRibbon';
import { openApp } from './openApp';

/** The FunctionName of the "Log email" button in manifest.xml. */
export const LOG_EMAIL_ACTION = 'logEmail';

/** Registers the ribbon's function commands; commands.html runs this when Outlook loads it. */
export function startCommands(): void {
  registerRibbonAction(LOG_EMAIL_ACTION, async (host) => {
    await logFromRibbon(await openApp(host));
  });
}
