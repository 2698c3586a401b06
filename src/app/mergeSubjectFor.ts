import { formatMoney } from '../domain/model/Money';
import type { MergeSubject } from '../domain/rules/mergeFields';
import type { MailingDeps } from './MailingDeps';

/**
 * Everything merge fields read for one recipient: the client, the contact, the client's latest
 * open deal and the sending manager (signature and phone from this mailbox's mailing settings).
 */
export async function mergeSubjectFor(deps: MailingDeps, clientId: string | null, contactId: string | null, locale: string): Promise<MergeSubject> {
  const { store, deals, mailHost, mailings } = deps;
  const client = clientId ? ((await store.getClient(clientId)) ?? null) : null;
  const contact = clientId && contactId ? ((await store.contactsOf(clientId)).find((c) => c.id === contactId) ?? null) : null;
  const open = clientId ? (await deals.dealsOf(clientId)).filter((d) => d.status === 'open') : [];
  const deal = open[open.length - 1];
  const profile = mailHost.userProfile();
  const settings = await mailings.settings();
  const name = profile.displayName || profile.email;
  return {
    client,
    contact,
    deal: deal ? { title: deal.title, amountText: formatMoney({ minor: deal.amountMinor, currency: deal.currency }, locale) } : null,
    manager: {
      name,
      email: profile.email,
      phone: settings.phone,
      // Without a saved signature the manager signs with name, phone and address.
      signature: settings.signature.trim() || [name, settings.phone, profile.email].filter(Boolean).join('\n'),
    },
  };
}
