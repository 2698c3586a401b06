/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { localIsoDate } from '../../../src/domain/rules/dayPlan';
import type { Role } from '../../../src/domain/model/Member';
import { DayPlan } from '../../../src/taskpane/modules/today/components/DayPlan';
import { NavigationContext } from '../../../src/taskpane/ui/Route';
import { useRouteStack } from '../../../src/taskpane/ui/useRouteStack';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderTeamPane, savedConnection } from '../team/support/renderTeamPane';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const me = { displayName: 'Maria Koval', email: 'maria@clientbook.example' };
const petro = { displayName: 'Petro Ivanenko', email: 'petro@clientbook.example' };
const noTokens = { configured: true, getToken: async () => 'token' };

function Home() {
  return (
    <NavigationContext.Provider value={useRouteStack()}>
      <DayPlan />
    </NavigationContext.Provider>
  );
}

/** A connected team's pane, offline so nothing syncs, where Maria (in `role`) and Petro each have a Next contact due today. */
async function openDayPlan(role: Role) {
  const host = new FakeMailHost({ user: me });
  const pane = await renderTeamPane(<Home />, { tokens: noTokens, online: () => false, connection: savedConnection(), host });
  const at = '2026-03-01T10:00:00.000Z';
  await new ClientbookDb(pane.dbName).members.bulkPut([
    { id: `member:${me.email}`, email: me.email, name: me.displayName, role, createdAt: at, updatedAt: at },
    { id: `member:${petro.email}`, email: petro.email, name: petro.displayName, role: 'manager', createdAt: at, updatedAt: at },
  ]);
  const today = localIsoDate(new Date());
  const contoso = await pane.app.createClient({ client: { name: 'Contoso' }, contacts: [] });
  const fabrikam = await pane.app.createClient({ client: { name: 'Fabrikam' }, contacts: [] });
  await pane.app.planNextContact({ clientId: contoso.id, due: today, kind: 'call', note: 'Mine' });
  host.user = petro;
  await pane.app.planNextContact({ clientId: fabrikam.id, due: today, kind: 'call', note: 'His' });
  host.user = me;
  return pane;
}

describe('the day’s plan in a team', () => {
  it('shows a manager their own Next contacts first, and the team’s on request', async () => {
    const { user } = await openDayPlan('manager');

    expect(await screen.findByRole('button', { name: 'Open the card of Contoso' })).toBeInTheDocument();
    const scope = await screen.findByRole('tablist', { name: 'Whose next contacts' });
    expect(scope).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Mine' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.queryByRole('button', { name: 'Open the card of Fabrikam' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Everyone’s' }));
    expect(await screen.findByRole('button', { name: 'Open the card of Fabrikam' })).toBeInTheDocument();
    expect(screen.getByText('Owner: Petro Ivanenko')).toBeInTheDocument();
  });

  it('shows the head of sales the whole team’s plan first', async () => {
    await openDayPlan('head-of-sales');

    expect(await screen.findByRole('button', { name: 'Open the card of Fabrikam' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the card of Contoso' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Everyone’s' })).toHaveAttribute('aria-selected', 'true'));
  });
});
