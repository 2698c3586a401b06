import { periodFor, periodOf } from '../../../src/taskpane/modules/analytics/formatting';

describe('analytics periods', () => {
  it('gives last month as whole calendar days, across a year end and a leap February', () => {
    expect(periodFor('periodLastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(periodFor('periodLastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodFor('periodMonth', '2026-11-27')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('keeps days of the user’s own as they are, whatever the day', () => {
    expect(periodOf({ preset: 'custom', period: { from: '2026-03-01', to: '2026-03-31' } }, '2026-11-27')).toEqual({ from: '2026-03-01', to: '2026-03-31' });
    expect(periodOf({ preset: 'periodLast12' }, '2026-11-27')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
  });
});
