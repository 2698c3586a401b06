import { guessCompanyName } from '../../../src/domain/rules/guessCompanyName';

describe('guessCompanyName', () => {
  it('turns a business domain into a company name', () => {
    expect(guessCompanyName('acme-steel.com')).toBe('Acme Steel');
    expect(guessCompanyName('mail.fabrikam.co.uk')).toBe('Fabrikam');
    expect(guessCompanyName('agro-svit.com.ua')).toBe('Agro Svit');
  });

  it('guesses nothing for free-mail domains', () => {
    expect(guessCompanyName('gmail.com')).toBe('');
    expect(guessCompanyName('ukr.net')).toBe('');
  });
});
