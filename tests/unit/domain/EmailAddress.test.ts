import { domainOf, parseEmailAddress } from '../../../src/domain/model/EmailAddress';

describe('parseEmailAddress', () => {
  it('normalises case, angle brackets and mailto:', () => {
    expect(parseEmailAddress(' <Olena.Petrenko@Contoso.COM> ')).toEqual({
      ok: true,
      value: { address: 'olena.petrenko@contoso.com', local: 'olena.petrenko', domain: 'contoso.com' },
    });
    expect(parseEmailAddress('mailto:a@b.ua')).toMatchObject({ ok: true, value: { address: 'a@b.ua' } });
  });

  it.each([
    ['', 'empty'],
    ['olena', 'no-at'],
    ['@contoso.com', 'bad-local'],
    ['olena..p@contoso.com', 'bad-local'],
    ['olena@contoso', 'bad-domain'],
    ['olena@-contoso.com', 'bad-domain'],
    [`${'a'.repeat(250)}@b.com`, 'too-long'],
  ])('refuses %j with reason %s instead of throwing', (input, reason) => {
    expect(parseEmailAddress(input)).toMatchObject({ ok: false, reason });
  });

  it('accepts internationalised domains such as Ukrainian ones', () => {
    expect(parseEmailAddress('info@приклад.укр')).toMatchObject({ ok: true, value: { domain: 'приклад.укр' } });
  });

  it('gives no domain for a malformed address', () => {
    expect(domainOf('not an address')).toBe('');
    expect(domainOf('Taras@Fabrikam.com.ua')).toBe('fabrikam.com.ua');
  });
});
