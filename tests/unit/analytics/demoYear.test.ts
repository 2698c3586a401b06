import { analyticsFigures, settingsWithDefaults } from '../../../src/app/analyticsFigures';
import { demoManagers, demoYear } from '../../../src/app/demoYear';
import { emptyAnalyticsData } from '../../../src/domain/analytics/AnalyticsData';

const now = new Date('2026-11-27T09:00:00Z');

describe('demoYear', () => {
  const year = demoYear({ now });

  it('gives the same records for the same seed', () => {
    expect(JSON.stringify(demoYear({ now }))).toBe(JSON.stringify(year));
    expect(demoYear({ now, seed: 7 }).deals[0]).not.toEqual(year.deals[0]);
  });

  it('names every client once, as a company is named, without a number after it', () => {
    const names = year.clients.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /\d$/.test(n))).toEqual([]);
  });

  it('shows five managers a year of won, refused and open deals with money received', () => {
    const session = analyticsFigures({ ...emptyAnalyticsData(), ...year }, settingsWithDefaults(undefined, now.toISOString()), '2026-11-27');
    const board = session.dashboard({ from: '2025-12-01', to: '2026-11-30' }, null);
    expect(session.owners).toEqual(demoManagers.map((m) => m.email).sort());
    expect(board.results.won.count).toBeGreaterThan(100);
    expect(board.results.received[0]!.minor).toBeGreaterThan(0);
    expect(board.refusals.total).toBeGreaterThan(50);
    expect(board.dynamics.months).toHaveLength(12);
    expect(board.forecast.length).toBeGreaterThan(0);
    // The head of sales has something to act on: stalled deals and too few clients in work for one manager.
    expect(board.alarms.map((a) => a.kind)).toEqual(expect.arrayContaining(['stalled-deals', 'clients-in-work-low']));
    // No planned contact of the sample year is due by today: the user's day plan stays their own.
    expect(year.plannedContacts.filter((p) => p.status === 'open' && p.due <= '2026-11-27')).toEqual([]);
  });
});
