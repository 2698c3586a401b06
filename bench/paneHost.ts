/*
 * Bench-only host page: frames a page at 360 px as Outlook's pane would be. For the task pane it
 * first exposes a demo mailbox with one selected message from the given sender, so the pane opens
 * straight on that sender's card; for the blank page it only frames it.
 *   host.html?page=/taskpane.html&from=buyer000042@client000042.example&name=Buyer%20000042
 */
import { DemoMailbox, demoProfile } from '../src/adapters/office/demo/DemoMailbox';
import { exposeDemoMailbox } from '../src/adapters/office/demo/connectDemoMailHost';

const params = new URLSearchParams(location.search);
const from = params.get('from');
if (from) {
  const sender = { name: params.get('name') ?? from, email: from };
  const mailbox = new DemoMailbox({
    messages: [
      {
        id: 'bench-message',
        internetMessageId: '<bench-message@clientbook.example>',
        conversationId: 'bench-conversation',
        subject: 'Spring order',
        from: sender,
        sender,
        to: [{ name: demoProfile.displayName, email: demoProfile.email }],
        cc: [],
        date: new Date().toISOString(),
        body: { kind: 'text', content: 'Hello Maria, could you send the updated price list? Thanks.' },
        attachments: [],
        categories: [],
        folder: 'inbox',
        notification: '',
      },
    ],
  });
  mailbox.select('bench-message');
  exposeDemoMailbox(mailbox);
}

const frame = document.createElement('iframe');
frame.title = 'Pane';
frame.style.cssText = 'width:360px;height:760px;border:1px solid #ccc';
frame.src = params.get('page') ?? '/taskpane.html';
document.body.append(frame);
