import type { Contact } from '../../../src/domain/model/Contact';
import { selectAudience } from '../../../src/domain/rules/selectAudience';
import { aClient, aContact } from '../../support/builders/aClient';

const anyone = { regions: [], industries: [], statuses: [] };

describe('selectAudience', () => {
  const granted = aClient({ name: 'A Granted', mailingConsent: 'granted', region: 'kyiv', industry: 'retail' });
  const optedOut = aClient({ name: 'B Opted out', mailingConsent: 'opted-out', region: 'kyiv' });
  const unknown = aClient({ name: 'C Unknown consent', mailingConsent: 'unknown', region: 'kyiv' });
  const lviv = aClient({ name: 'D Lviv', mailingConsent: 'granted', region: 'lviv' });
  const contacts: Contact[] = [
    aContact({ clientId: granted.id, name: 'Olena', emails: ['olena@a.com'] }),
    aContact({ clientId: granted.id, name: 'No mail', emails: [] }),
    aContact({ clientId: granted.id, name: 'Gov', emails: ['x@rada.gov.ua'] }),
    aContact({ clientId: optedOut.id, name: 'Petro', emails: ['petro@b.com'] }),
    aContact({ clientId: unknown.id, name: 'Ivan', emails: ['ivan@c.com'] }),
    aContact({ clientId: lviv.id, name: 'Olena again', emails: ['OLENA@a.com'] }),
  ];
  const contactsOf = (id: string) => contacts.filter((c) => c.clientId === id);

  it('sends to consenting contacts and says why everyone else is left out', () => {
    const { recipients, excluded } = selectAudience([lviv, unknown, optedOut, granted], contactsOf, anyone, ['gov.ua']);
    expect(recipients.map((r) => r.email)).toEqual(['olena@a.com']);
    expect(excluded.map((e) => [e.name, e.reason])).toEqual([
      ['No mail', 'no-email'],
      ['Gov', 'never-mail-domain'],
      ['Petro', 'opted-out'],
      ['Ivan', 'no-consent'],
      ['Olena again', 'duplicate'],
    ]);
  });

  it('takes only clients of the chosen segment', () => {
    const { recipients, excluded } = selectAudience([granted, lviv], contactsOf, { regions: ['lviv'], industries: [], statuses: [] }, []);
    expect(recipients.map((r) => r.contact.name)).toEqual(['Olena again']);
    expect(excluded).toEqual([]);
  });

  it('lists a client without contacts as having no email', () => {
    const empty = aClient({ name: 'Empty', mailingConsent: 'granted' });
    expect(selectAudience([empty], () => [], anyone, []).excluded.map((e) => e.reason)).toEqual(['no-email']);
  });
});
