import type { PlannedContact } from '../../../src/domain/model/PlannedContact';
import { dayPlan } from '../../../src/domain/rules/dayPlan';
import { aClient } from '../../support/builders/aClient';

const plan = (clientId: string, due: string, status: PlannedContact['status'] = 'open'): PlannedContact => ({
  id: `${clientId}-${due}`, clientId, due, kind: 'call', note: '', owner: 'me@x.com', status, doneAt: '', doneByEntryId: '',
  createdAt: '', updatedAt: '',
});

describe('dayPlan', () => {
  const a = aClient({ name: 'Alpha' });
  const b = aClient({ name: 'Beta' });
  const clients = new Map([a, b].map((c) => [c.id, c]));

  it('groups today’s and overdue plans per client, the longest overdue first', () => {
    const rows = dayPlan([plan(a.id, '2026-11-27'), plan(b.id, '2026-11-20'), plan(a.id, '2026-11-25')], clients, '2026-11-27');
    expect(rows.map((r) => [r.client.name, r.overdue, r.dueToday])).toEqual([
      ['Beta', 1, 0],
      ['Alpha', 1, 1],
    ]);
    expect(rows[1]?.plans.map((p) => p.due)).toEqual(['2026-11-25', '2026-11-27']);
  });

  it('leaves out future and done plans', () => {
    expect(dayPlan([plan(a.id, '2026-11-28'), plan(b.id, '2026-11-01', 'done')], clients, '2026-11-27')).toEqual([]);
  });
});
