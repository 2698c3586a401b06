/**
 * The merge fields a template can use and the values they take for one recipient. Values are
 * plain text; renderTemplate escapes them for HTML.
 */
import type { Client } from '../model/Client';
import type { Contact } from '../model/Contact';

export const mergeFields = [
  'client.name',
  'client.city',
  'client.website',
  'client.phone',
  'contact.name',
  'contact.firstName',
  'contact.lastName',
  'contact.position',
  'contact.email',
  'manager.name',
  'manager.email',
  'manager.phone',
  'manager.signature',
  'deal.title',
  'deal.amount',
] as const;
export type MergeField = (typeof mergeFields)[number];

export type MergeValues = { [F in MergeField]?: string };

/** The manager who sends: name, address, phone and a plain-text signature (lines kept). */
export type MergeManager = { name: string; email: string; phone: string; signature: string };

/** The deal a message is about (the client's latest open one): its title and formatted amount. */
export type MergeDeal = { title: string; amountText: string };

export type MergeSubject = { client: Client | null; contact: Contact | null; manager: MergeManager; deal: MergeDeal | null };

/** The values of every field for one recipient; '' where the record has nothing. */
export function mergeValues({ client, contact, manager, deal }: MergeSubject): MergeValues {
  const words = (contact?.name ?? '').trim().split(/\s+/).filter(Boolean);
  return {
    'client.name': client?.name ?? '',
    'client.city': client?.address.city ?? '',
    'client.website': client?.website ?? '',
    'client.phone': client?.phone ?? '',
    'contact.name': contact?.name.trim() ?? '',
    'contact.firstName': words[0] ?? '',
    'contact.lastName': words.length > 1 ? words.slice(1).join(' ') : '',
    'contact.position': contact?.position ?? '',
    'contact.email': contact?.emails[0] ?? '',
    'manager.name': manager.name,
    'manager.email': manager.email,
    'manager.phone': manager.phone,
    'manager.signature': manager.signature,
    'deal.title': deal?.title ?? '',
    'deal.amount': deal?.amountText ?? '',
  };
}

export function isMergeField(name: string): name is MergeField {
  return (mergeFields as readonly string[]).includes(name);
}
