/* The demo mail client at https://localhost:3000/: a mailbox of its own, and the real pane framed beside it. */
import { createRoot } from 'react-dom/client';
import { DemoMailbox } from '../adapters/office/demo/DemoMailbox';
import { exposeDemoMailbox } from '../adapters/office/demo/connectDemoMailHost';
import { demoMessages } from '../adapters/office/demo/demoMessages';
import { DemoApp } from './DemoApp';
import { loadDemoSettings, saveDemoSettings } from './demoSettings';
import { demoUserFrom } from './demoUser';

function localStorageOrNone(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage blocked by the browser: settings and categories last for this visit only.
    return undefined;
  }
}

const storage = localStorageOrNone();
const settings = loadDemoSettings(storage, window);
const mailbox = new DemoMailbox({ messages: demoMessages(new Date()), categoryStorage: storage, profile: demoUserFrom(window.location.search), ...settings });
// Outlook opens the pane on the message selected in its list: /?message=<id> starts the demo the
// same way (the pane's first paint draws that message's card), for a link or a test.
mailbox.select(new URLSearchParams(window.location.search).get('message'));
// Before the pane's iframe exists: the pane looks for the mailbox on its parent as it starts.
exposeDemoMailbox(mailbox);

const root = document.getElementById('root');
if (!root) throw new Error('The demo page has no #root element.');
createRoot(root).render(<DemoApp mailbox={mailbox} onSettingsSaved={(s) => saveDemoSettings(storage, s)} />);
