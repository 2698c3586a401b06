import { quotedName } from '../../../src/taskpane/ui/quotedName';

describe('quotedName', () => {
  it('quotes a plain name in the language’s own marks', () => {
    expect(quotedName('Fabrikam Logistics', 'en')).toBe('“Fabrikam Logistics”');
    expect(quotedName('Fabrikam Logistics', 'uk')).toBe('«Fabrikam Logistics»');
  });

  it('leaves a name that carries its own quotes as it is, in either language', () => {
    expect(quotedName('ТОВ «Полісся Агро»', 'uk')).toBe('ТОВ «Полісся Агро»');
    expect(quotedName('ТОВ «Полісся Агро»', 'en')).toBe('ТОВ «Полісся Агро»');
    expect(quotedName('«Полісся Агро»', 'uk')).toBe('«Полісся Агро»');
    expect(quotedName('ПП "Світанок"', 'uk')).toBe('ПП "Світанок"');
    expect(quotedName('“Contoso” Ltd', 'en')).toBe('“Contoso” Ltd');
  });

  it('trims, and quotes nothing when there is no name', () => {
    expect(quotedName('  Contoso  ', 'en')).toBe('“Contoso”');
    expect(quotedName('  ', 'uk')).toBe('');
  });
});
