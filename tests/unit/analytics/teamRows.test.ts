import { analyticsFigures, settingsWithDefaults } from '../../../src/app/analyticsFigures';
import { defaultAlarmThresholds } from '../../../src/domain/analytics/alarms';
import type { Member } from '../../../src/domain/model/Member';
import { ANNA, BOHDAN, client, data, deal, invoice, payment, wonDeal } from './analyticsBuilders';

const HEAD = 'maria@team.example';
const LEFT = 'oleh@team.example';
const at = '2026-01-01T09:00:00.000Z';
const member = (email: string, role: Member['role']): Member => ({ id: email, email, name: email, role, createdAt: at, updatedAt: at });
const quarter = { from: '2026-01-01', to: '2026-03-31' };

describe('the rows by team member', () => {
  // In the first quarter: Anna (manager) wins 1 deal, Bohdan (manager) 1, Maria (head of sales) 2
  // and receives 1 850.00 on one of them; Oleh, no longer in the team list, wins 1. One client
  // has no owner, with an open deal of no one's. Clients in work: Anna 1, Bohdan 1, Maria 2, Oleh 1,
  // no one's 1: 6 for the team. Won: 1 + 1 + 2 + 1 = 5. Received: Maria's 1 850.00 only.
  const won = (id: string, clientId: string, owner: string) => wonDeal(id, '2026-01-05T09:00:00Z', '2026-02-10T09:00:00Z', { clientId, owner });
  const open = (id: string, clientId: string, owner: string) => deal(id, { clientId, owner });
  const mariasInvoice = invoice('i1', 'dm1', 1850_00, '2026-02-11', '2026-03-31', { clientId: 'm1' });
  const records = data({
    members: [member(ANNA, 'manager'), member(BOHDAN, 'manager'), member(HEAD, 'head-of-sales'), member('mkt@team.example', 'marketing')],
    clients: [client('a1'), client('b1', { owner: BOHDAN }), client('m1', { owner: HEAD }), client('m2', { owner: HEAD }), client('o1', { owner: LEFT }), client('n1', { owner: '' })],
    deals: [
      won('da1', 'a1', ANNA),
      open('da2', 'a1', ANNA),
      won('db1', 'b1', BOHDAN),
      open('db2', 'b1', BOHDAN),
      won('dm1', 'm1', HEAD),
      won('dm2', 'm2', HEAD),
      open('dm3', 'm1', HEAD),
      open('dm4', 'm2', HEAD),
      won('do1', 'o1', LEFT),
      open('do2', 'o1', LEFT),
      open('dn1', 'n1', ''),
    ],
    invoices: [mariasInvoice],
    payments: [payment('p1', mariasInvoice, 1850_00, '2026-03-02')],
  });
  const figures = analyticsFigures(records, settingsWithDefaults(undefined, at), '2026-04-10');

  it('gives everyone who owns records a row, the head of sales too, and the rows add up to the team', () => {
    const board = figures.dashboard(quarter, null);
    expect(board.managers.map((m) => [m.owner, m.results.won.count, m.clientsInWork.count, m.results.received.map((r) => r.minor)])).toEqual([
      [ANNA, 1, 1, []],
      [BOHDAN, 1, 1, []],
      [HEAD, 2, 2, [1850_00]],
      [LEFT, 1, 1, []],
      ['', 0, 1, []],
    ]);
    expect(board.results.won.count).toBe(5);
    expect(board.clientsInWork.count).toBe(6);
    expect(board.results.received).toEqual([{ currency: 'UAH', minor: 1850_00, ids: ['p1'] }]);
    const sum = (pick: (m: (typeof board.managers)[number]) => number) => board.managers.reduce((s, m) => s + pick(m), 0);
    expect(sum((m) => m.results.won.count)).toBe(board.results.won.count);
    expect(sum((m) => m.clientsInWork.count)).toBe(board.clientsInWork.count);
  });

  it('offers the head of sales and a former colleague in the Team member filter and on the Pay tab, not a member who owns nothing', () => {
    expect(figures.owners).toEqual([ANNA, BOHDAN, HEAD, LEFT].sort());
  });

  it('checks the head of sales’ and a former colleague’s own figures against the alarm limits', () => {
    const found = analyticsFigures(records, { ...settingsWithDefaults(undefined, at), thresholds: { ...defaultAlarmThresholds, clientsInWorkMin: 2 } }, '2026-04-10').alarms(quarter);
    // Maria has 2 clients in work, at the limit; the others 1.
    expect(found.filter((a) => a.kind === 'clients-in-work-low').map((a) => [a.owner, a.value])).toEqual([
      [ANNA, 1],
      [BOHDAN, 1],
      [LEFT, 1],
    ]);
    expect(found.find((a) => a.kind === 'stalled-deals' && a.owner === HEAD)?.ids).toEqual(['dm3', 'dm4']);
  });
});
