import { addWorkingDays, formatDate, formatDay, formatWhen, localIsoDate } from '../../../src/taskpane/ui/localDates';

describe('dates as the pane shows them', () => {
  it('plans three working days ahead across a weekend', () => {
    expect(localIsoDate(addWorkingDays(new Date(2026, 2, 13, 17, 0), 3))).toBe('2026-03-18'); // Friday -> Wednesday
    expect(localIsoDate(addWorkingDays(new Date(2026, 2, 10, 9, 0), 3))).toBe('2026-03-13'); // Tuesday -> Friday
    expect(localIsoDate(addWorkingDays(new Date(2026, 2, 14, 9, 0), 1))).toBe('2026-03-16'); // Saturday -> Monday
  });

  it('says today, yesterday and tomorrow in the user’s language, and a date otherwise', () => {
    const now = new Date(2026, 2, 10, 9, 0);
    expect(formatDay('2026-03-10', 'en-GB', now)).toBe('today');
    expect(formatDay('2026-03-09', 'en-GB', now)).toBe('yesterday');
    expect(formatDay('2026-03-11', 'uk-UA', now)).toBe('завтра');
    expect(formatDay('2026-02-01', 'en-GB', now)).toBe('1\u00a0Feb\u00a02026');
  });

  it('keeps a date whole on one line: its spaces do not break, so Ukrainian’s “р.” never wraps alone', () => {
    expect(formatDate('2026-11-28', 'uk-UA')).toBe('28\u00a0лист.\u00a02026\u00a0р.');
    expect(formatDay('2026-11-28', 'uk-UA', new Date(2026, 2, 10, 9, 0))).not.toMatch(/ /);
  });

  it('adds the time of day to an instant and shows nothing for a broken one', () => {
    const now = new Date(2026, 2, 10, 9, 0);
    expect(formatWhen(new Date(2026, 2, 10, 8, 5).toISOString(), 'en-GB', now)).toBe('today, 08:05');
    expect(formatWhen('not a date', 'en-GB', now)).toBe('');
  });
});
