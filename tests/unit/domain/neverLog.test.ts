import { neverLogReason, normaliseNeverLogRule, type NeverLogRules } from '../../../src/domain/rules/neverLog';

const rules = (overrides: Partial<NeverLogRules> = {}): NeverLogRules => ({ self: 'maria@clientbook.example', ownDomains: ['clientbook.example'], teamRules: [], myRules: [], ...overrides });
const p = (email: string) => ({ name: '', email });

describe('neverLogReason', () => {
  it('calls mail only among the team internal, and mail with anyone outside it not', () => {
    expect(neverLogReason([p('maria@clientbook.example'), p('oksana@clientbook.example')], rules())).toEqual({ kind: 'internal' });
    expect(neverLogReason([p('oksana@clientbook.example'), p('olivia@contoso.com')], rules())).toBeNull();
  });

  it('matches a domain rule for its subdomains and an address rule exactly', () => {
    const teamRules = ['lawfirm.example', 'ceo@contoso.com'];
    expect(neverLogReason([p('partner@eu.lawfirm.example')], rules({ teamRules }))).toEqual({ kind: 'team-rule', rule: 'lawfirm.example', address: 'partner@eu.lawfirm.example' });
    expect(neverLogReason([p('CEO@Contoso.com')], rules({ teamRules }))).toMatchObject({ kind: 'team-rule', rule: 'ceo@contoso.com' });
    expect(neverLogReason([p('buyer@contoso.com'), p('x@notlawfirm.example')], rules({ teamRules }))).toBeNull();
  });

  it('blocks a whole message when anyone in it is on a list, and names the team rule before the personal one', () => {
    const reason = neverLogReason([p('olivia@contoso.com'), p('doctor@clinic.example')], rules({ teamRules: ['clinic.example'], myRules: ['clinic.example'] }));
    expect(reason).toMatchObject({ kind: 'team-rule' });
    expect(neverLogReason([p('olivia@contoso.com'), p('sister@gmail.com')], rules({ myRules: ['sister@gmail.com'] }))).toMatchObject({ kind: 'my-rule' });
  });

  it('never matches the user themself', () => {
    expect(neverLogReason([p('maria@clientbook.example'), p('olivia@contoso.com')], rules({ myRules: ['maria@clientbook.example'] }))).toBeNull();
  });
});

describe('normaliseNeverLogRule', () => {
  it('accepts addresses, domains and @domains, lower case, and refuses anything else', () => {
    expect(normaliseNeverLogRule(' @LawFirm.Example ')).toBe('lawfirm.example');
    expect(normaliseNeverLogRule('CEO@Contoso.com')).toBe('ceo@contoso.com');
    expect(normaliseNeverLogRule('полісся-агро.укр')).toBe('полісся-агро.укр');
    expect(normaliseNeverLogRule('not a rule')).toBe('');
    expect(normaliseNeverLogRule('nodot')).toBe('');
  });
});
