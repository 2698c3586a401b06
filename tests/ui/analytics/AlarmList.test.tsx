/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { Alarm, Wire } from '../../../src/app/analyticsTypes';
import { AlarmList } from '../../../src/taskpane/modules/analytics/components/AlarmList';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const alarm = (kind: Alarm['kind'], detail: string): Wire<Alarm> => ({ kind, owner: null, value: 0.6, threshold: 0.5, detail, recordKind: 'deal', ids: { count: 3, ref: '[]' } });

describe('AlarmList', () => {
  it('words a refusal or stage alarm whose reason or stage came without a code', async () => {
    await renderPane(<AlarmList alarms={[alarm('refusals-high', ''), alarm('stage-completion-low', '')]} nameOf={(e) => e} onOpen={() => undefined} />);
    expect(await screen.findByRole('button', { name: 'Whole team: 60% of closed deals refused (limit 50%), most often: —' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Whole team: only 60% of deals get past — (at least 50%)' })).toBeInTheDocument();
  });

  it('says which data client cards miss as a sentence, in English and Ukrainian', async () => {
    const missing: Wire<Alarm> = { kind: 'missing-data', owner: 'iryna@team.example', value: 0.22, threshold: 0.2, detail: 'nextContact', recordKind: 'client', ids: { count: 5, ref: '[]' } };
    const { unmount } = await renderPane(<AlarmList alarms={[missing]} nameOf={() => 'Iryna Shevchenko'} onOpen={() => undefined} />);
    expect(await screen.findByRole('button', { name: 'Iryna Shevchenko: 22% of client cards miss a next contact (limit 20%)' })).toBeInTheDocument();
    unmount();
    await renderPane(<AlarmList alarms={[missing]} nameOf={() => 'Ірина Шевченко'} onOpen={() => undefined} />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    expect(await screen.findByRole('button', { name: 'Ірина Шевченко: у 22% карток клієнтів немає наступного контакту (межа 20%)' })).toBeInTheDocument();
  });

  it('names planned receipts by the glossary’s «планове надходження» in each plural form a count takes', async () => {
    const overdue = (value: number): Wire<Alarm> => ({ kind: 'receivables-overdue', owner: `${value}`, value, threshold: 30, detail: '', recordKind: 'invoice', ids: { count: 1, ref: '[]' } });
    await renderPane(<AlarmList alarms={[1, 3, 13].map(overdue)} nameOf={() => 'Петро'} onOpen={() => undefined} />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const unpaid = ' не сплачено понад 30 дн. після строку';
    expect(await screen.findByRole('button', { name: `Петро: 1 планове надходження${unpaid}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Петро: 3 планові надходження${unpaid}` })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Петро: 13 планових надходжень${unpaid}` })).toBeInTheDocument();
  });

  it('words counts as the language agrees them: «3 угоди», «5 угод», “1 overdue next contact”', async () => {
    const counted = (kind: Alarm['kind'], value: number, owner: string | null = null): Wire<Alarm> => ({ kind, owner, value, threshold: 30, detail: '', recordKind: 'deal', ids: { count: value, ref: '[]' } });
    const alarms = [counted('stalled-deals', 3), counted('stalled-deals', 5, 'Петро'), counted('receivables-overdue', 3), counted('overdue-contacts', 1)];
    const { unmount } = await renderPane(<AlarmList alarms={alarms} nameOf={(e) => e} onOpen={() => undefined} />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    expect(await screen.findByRole('button', { name: 'Уся команда: 3 угоди без руху понад 30 дн.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Петро: 5 угод без руху понад 30 дн.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Уся команда: 3 планові надходження не сплачено понад 30 дн. після строку' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Уся команда: 1 прострочений наступний контакт (межа 30)' })).toBeInTheDocument();
    unmount();
    await renderPane(<AlarmList alarms={alarms.slice(3)} nameOf={(e) => e} onOpen={() => undefined} />);
    expect(await screen.findByRole('button', { name: 'Whole team: 1 overdue next contact (limit 30)' })).toBeInTheDocument();
  });
});
