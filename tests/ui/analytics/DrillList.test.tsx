/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import type { DrillRow } from '../../../src/app/analyticsUseCases';
import { DrillList } from '../../../src/taskpane/modules/analytics/components/DrillList';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const row = (r: Partial<DrillRow> & Pick<DrillRow, 'id' | 'kind' | 'clientName'>): DrillRow => ({ clientId: `${r.clientName}-id`, title: '', date: '2026-03-01', amount: null, owner: '', dealId: '', dealTitle: '', ...r });
const drillOf = (rows: DrillRow[]) => <DrillList title="Records" list={{ total: rows.length, rows }} error={null} nameOf={(e) => e} onMore={() => undefined} onBack={() => undefined} />;
const halych = 'ПрАТ «Галич Метал»';
const receipt = row({ id: 'i1', kind: 'invoice', clientName: halych, title: 'INV-000193', dealId: 'd1', dealTitle: 'Software support (year)', amount: { minor: 1_200_000, currency: 'UAH' } });

describe('DrillList', () => {
  it('opens each record where it is: a History entry on History, a payment whose deal is gone on the client’s Deals, a service case on Service cases', async () => {
    const rows = [row({ id: 'h1', kind: 'history', clientName: 'Contoso' }), row({ id: 'p1', kind: 'payment', clientName: 'Northwind' }), row({ id: 's1', kind: 'case', clientName: 'Fabrikam' })];
    const { user, route } = await renderPane(<DrillList title="Records" list={{ total: rows.length, rows }} error={null} nameOf={(e) => e} onMore={() => undefined} onBack={() => undefined} />, { route: { screen: 'analytics' } });
    const opens = async (name: string, title: string) => {
      const link = screen.getByRole('button', { name });
      expect(link).toHaveAttribute('title', title);
      await user.click(link);
    };
    await opens('Contoso', 'Open the client’s history');
    await waitFor(() => expect(route()).toEqual({ screen: 'client', clientId: 'Contoso-id', tab: 'history' }));
    await opens('Northwind', 'Open the client’s deals');
    await waitFor(() => expect(route()).toEqual({ screen: 'client', clientId: 'Northwind-id', tab: 'deals' }));
    await opens('Fabrikam', 'Open the client’s service cases');
    await waitFor(() => expect(route()).toEqual({ screen: 'client', clientId: 'Fabrikam-id', tab: 'service-cases' }));
  });

  it('names a record that opens a deal after the deal, its client beside it, and says so to a screen reader', async () => {
    const { user, route } = await renderPane(drillOf([receipt, row({ id: 'c1', kind: 'client', clientName: 'Contoso', title: 'Contoso' })]), { route: { screen: 'analytics' } });
    const deal = screen.getByRole('button', { name: 'Open deal “Software support (year)” of ПрАТ «Галич Метал»' });
    expect(deal).toHaveTextContent(/^Software support \(year\)$/);
    expect(deal.closest('li')).toHaveTextContent(/^Software support \(year\)ПрАТ «Галич Метал» · INV-000193 · /);
    expect(screen.queryByRole('button', { name: halych })).not.toBeInTheDocument();
    await user.click(deal);
    await waitFor(() => expect(route()).toEqual({ screen: 'deal', dealId: 'd1' }));
    // A client is named after itself and opens its card.
    await user.click(screen.getByRole('button', { name: 'Contoso' }));
    await waitFor(() => expect(route()).toEqual({ screen: 'client', clientId: 'Contoso-id', tab: undefined }));
  });

  it('says the same in Ukrainian', async () => {
    await renderPane(drillOf([receipt]), { route: { screen: 'analytics' }, host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    const deal = screen.getByRole('button', { name: 'Відкрити угоду «Software support (year)» клієнта ПрАТ «Галич Метал»' });
    expect(deal.closest('li')).toHaveTextContent(/^Software support \(year\)ПрАТ «Галич Метал» · INV-000193 · /);
  });
});
