/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { useNavigation } from '../../../src/taskpane/ui/Route';
import { layOutPane } from '../../support/layOutPane';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

/** The screens of the stack's top, one at a time as the pane shows them, with the header's Back. */
function Screens({ clientId }: { clientId: () => string }) {
  const { route, go, back } = useNavigation();
  const screenOf = () => {
    if (route.screen === 'client') return <ClientScreen clientId={route.clientId} tab={route.tab} />;
    if (route.screen === 'deal') return <DealScreen dealId={route.dealId} />;
    if (route.screen === 'analytics') return <AnalyticsScreen tab={route.tab} />;
    return <button onClick={() => go({ screen: 'client', clientId: clientId() })}>Open the client</button>;
  };
  return (
    <>
      <button onClick={back}>Back</button>
      {screenOf()}
    </>
  );
}

describe('Back returns to a screen as it was left', () => {
  it('a deal opened from a client’s Deals tab goes Back to that tab, not to the card', async () => {
    layOutPane(600);
    let clientId = '';
    const { user } = await renderPane(<Screens clientId={() => clientId} />, {
      seed: async (app) => {
        clientId = (await app.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await app.deals.create({ clientId, title: 'Valves for Gdańsk', currency: 'UAH', amountMinor: 500_000 });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Open the client' }));
    await user.click(await screen.findByRole('tab', { name: 'Deals' }));
    await user.click(await screen.findByRole('button', { name: /Valves for Gdańsk/ }));
    await screen.findByRole('combobox', { name: 'Move to stage' });

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('tab', { name: 'Deals' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('button', { name: /Valves for Gdańsk/ })).toBeInTheDocument();
  });

  it('a deal opened from the records behind a figure goes Back to that list, with the period picked', async () => {
    layOutPane(600);
    const { user } = await renderPane(<Screens clientId={() => ''} />, {
      route: { screen: 'analytics' },
      seed: async (app) => {
        const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
        const deal = await app.deals.create({ clientId: client.id, title: '40 seats', currency: 'UAH', amountMinor: 1_000_00 });
        await app.deals.closeAsWon(deal.id, '');
      },
    });
    const period = await screen.findByRole('combobox', { name: 'Period' });
    await user.selectOptions(period, within(period).getAllByRole('option')[0]!);
    const picked = (period as HTMLSelectElement).value;
    await user.click(await screen.findByRole('button', { name: /Deals won\s*1/ }));
    const drill = await screen.findByTestId('drill-list');
    // A won deal opens where it is: the deal, not its client's card.
    await user.click(await within(drill).findByRole('button', { name: 'Open deal “40 seats” of Contoso' }));
    await screen.findByRole('heading', { name: /40 seats/ });

    await user.click(screen.getByRole('button', { name: 'Back' }));
    const again = await screen.findByTestId('drill-list');
    expect(await within(again).findByRole('button', { name: 'Open deal “40 seats” of Contoso' })).toBeInTheDocument();
    await user.click(within(again).getByRole('button', { name: 'Back to the figures' }));
    expect(await screen.findByRole('combobox', { name: 'Period' })).toHaveValue(picked);
  });
});
