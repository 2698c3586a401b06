/* Entry of commands.html: the ribbon's function commands, bound when Outlook loads the page. */
import { startCommands } from '../app/startCommands';

startCommands();
