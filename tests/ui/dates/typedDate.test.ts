import { formatTypedDate, readTypedDate } from '../../../src/taskpane/ui/typedDate';

const day = (date: Date | null) => date && [date.getFullYear(), date.getMonth() + 1, date.getDate()];

describe('typedDate', () => {
  it('writes a day in digits in the order of the pane’s locale', () => {
    expect(formatTypedDate(new Date(2026, 10, 8), 'uk-UA')).toBe('08.11.2026');
    expect(formatTypedDate(new Date(2026, 10, 8), 'en-GB')).toBe('08/11/2026');
  });

  it('reads day, month and year in the locale’s order with any usual separator, and ISO', () => {
    expect(day(readTypedDate('8.11.2026', 'uk-UA'))).toEqual([2026, 11, 8]);
    expect(day(readTypedDate(' 08/11/2026 ', 'en-GB'))).toEqual([2026, 11, 8]);
    expect(day(readTypedDate('8-11-2026', 'en-GB'))).toEqual([2026, 11, 8]);
    expect(day(readTypedDate('2026-11-08', 'uk-UA'))).toEqual([2026, 11, 8]);
  });

  it('reads no day from a day that does not exist, a short year or words', () => {
    expect(readTypedDate('31.02.2026', 'uk-UA')).toBeNull();
    expect(readTypedDate('8.11.26', 'uk-UA')).toBeNull();
    expect(readTypedDate('2026-13-01', 'en-GB')).toBeNull();
    expect(readTypedDate('tomorrow', 'en-GB')).toBeNull();
    expect(readTypedDate('', 'en-GB')).toBeNull();
  });
});
