/** Messages of a Fabrikam contact stored in the Graph emulator, and how Outlook shows one open. */
import type { ReadItem } from '../../../../src/domain/ports';
import type { NewMessage } from '../../../support/graph-emulator/MailMessagesState';
import { maria } from '../../team/support/aTeamPane';

export const olena = { name: 'Olena Bondar', address: 'olena.bondar@fabrikam.com' };
export const me = { name: maria.displayName, address: maria.email };

/** A message from Olena in Maria's inbox, of the conversation "conv-quote" unless `extra` says otherwise. */
export const received = (id: string, at: string, extra: Partial<NewMessage> = {}): NewMessage => ({
  id,
  internetMessageId: `<${id}@fabrikam.com>`,
  conversationId: 'conv-quote',
  subject: 'Quote for 40 licences',
  from: olena,
  to: [me],
  receivedDateTime: at,
  folder: 'inbox',
  body: { contentType: 'text', content: `Olena writes (${id}).` },
  ...extra,
});

/** A message stored in the Graph emulator, as Outlook shows it open in the pane. */
export function openedInOutlook(m: NewMessage): ReadItem {
  return {
    mode: 'read',
    itemId: m.id!,
    internetMessageId: m.internetMessageId,
    conversationId: m.conversationId ?? '',
    subject: m.subject ?? '',
    from: { name: m.from.name, email: m.from.address },
    sender: null,
    to: m.to.map((r) => ({ name: r.name, email: r.address })),
    cc: [],
    date: m.receivedDateTime ?? '',
    attachments: [],
  };
}
