/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import type { DrillRow } from '../../../src/app/analyticsUseCases';
import { DrillList } from '../../../src/taskpane/modules/analytics/components/DrillList';
import { renderPane } from '../../support/renderPane';

const row = (r: Partial<DrillRow> & Pick<DrillRow, 'id' | 'kind' | 'clientName'>): DrillRow => ({ clientId: `${r.clientName}-id`, title: '', date: '2026-03-01', amount: null, owner: '', dealId: '', ...r });

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
});
