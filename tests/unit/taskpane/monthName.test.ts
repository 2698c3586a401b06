import { formatMonthName } from '../../../src/taskpane/modules/analytics/formatting';

describe('a month standing alone, as the pay statement’s month picker lists it', () => {
  it('names the month in full and in the nominative, with the year and no "р."', () => {
    expect(formatMonthName('2026-10', 'uk-UA')).toBe('жовтень 2026');
    expect(formatMonthName('2026-03', 'uk-UA')).toBe('березень 2026');
    expect(formatMonthName('2026-09', 'en-GB')).toBe('September 2026');
    expect(formatMonthName('2027-01', 'en-GB')).toBe('January 2027');
  });
});
