import { matchParticipants, type MatchCandidates } from '../../../src/domain/rules/matchParticipants';
import { aClient, aContact } from '../../support/builders/aClient';

const contoso = aClient({ name: 'Contoso', domains: ['contoso.com'] });
const olena = aContact({ clientId: contoso.id, name: 'Olena', emails: ['olena@contoso.com'] });
const candidates: MatchCandidates = {
  contactsByEmail: new Map([['olena@contoso.com', olena]]),
  clientsByDomain: new Map([['contoso.com', contoso]]),
  clientsById: new Map([[contoso.id, contoso]]),
};
const context = { self: 'me@clientbook.example', ownDomains: ['clientbook.example'] };
const p = (email: string, name = '') => ({ email, name });

describe('matchParticipants', () => {
  it('matches a known address to its contact and client', () => {
    const [m] = matchParticipants([p('Olena@Contoso.com')], candidates, context);
    expect(m).toMatchObject({ kind: 'contact', contact: { id: olena.id }, client: { id: contoso.id } });
  });

  it('matches a new colleague of a known client by domain', () => {
    const [m] = matchParticipants([p('taras@contoso.com', 'Taras')], candidates, context);
    expect(m).toMatchObject({ kind: 'domain', client: { id: contoso.id } });
  });

  it('never matches free-mail senders by domain', () => {
    const withGmail = { ...candidates, clientsByDomain: new Map([['gmail.com', contoso]]) };
    const [m] = matchParticipants([p('someone@gmail.com')], withGmail, context);
    expect(m).toMatchObject({ kind: 'unknown', reason: 'free-mail' });
  });

  it('leaves out the user and internal colleagues', () => {
    const matches = matchParticipants([p('me@clientbook.example'), p('boss@clientbook.example')], candidates, context);
    expect(matches).toEqual([]);
  });

  it('reports a malformed address as unknown instead of failing', () => {
    const [m] = matchParticipants([p('not an address')], candidates, context);
    expect(m).toMatchObject({ kind: 'unknown', reason: 'invalid-address' });
  });

  it('lists a participant once even when they appear as from, to and cc', () => {
    const matches = matchParticipants([p('olena@contoso.com'), p('OLENA@contoso.com'), p('new@fabrikam.com')], candidates, context);
    expect(matches.map((m) => m.kind)).toEqual(['contact', 'unknown']);
  });
});
