/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { ServiceCasesTab } from '../../../src/taskpane/modules/service-cases/components/ServiceCasesTab';
import { LoggingRulesSection } from '../../../src/taskpane/modules/settings/components/LoggingRulesSection';
import { SettingsScreen } from '../../../src/taskpane/modules/settings/components/SettingsScreen';
import { renderPane } from '../../support/renderPane';

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

function CasesFor({ get }: { get: () => string }) {
  return <ServiceCasesTab clientId={get()} contacts={[]} />;
}

describe('Only the latest outcome shows', () => {
  it('a picklist: a refused value takes the green notice of the one added before away, and a value then added takes the refusal away', async () => {
    const { user } = await renderPane(<SettingsScreen />);
    const add = await screen.findByRole('region', { name: 'Add a value' });
    const english = within(add).getByRole('textbox', { name: 'English label' });
    const ukrainian = within(add).getByRole('textbox', { name: 'Ukrainian label' });
    await user.type(english, 'Moldova');
    await user.type(ukrainian, 'Молдова');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Saved “Moldova”.')).toBeInTheDocument();

    await user.type(english, 'moldova');
    await user.type(ukrainian, 'молдова');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await within(add).findByText(/already/)).toBeInTheDocument();
    expect(screen.queryByText('Saved “Moldova”.')).not.toBeInTheDocument();

    await user.clear(english);
    await user.clear(ukrainian);
    await user.type(english, 'Benelux');
    await user.type(ukrainian, 'Бенілюкс');
    await user.click(within(add).getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('Saved “Benelux”.')).toBeInTheDocument();
    expect(within(add).queryByText(/already/)).not.toBeInTheDocument();
  });

  it('a deal’s planned receipts: the add form refusing the next one takes “added” away', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      seed: async (a) => {
        const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await a.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 100_000 })).id;
      },
    });
    const receipt = await screen.findByRole('form', { name: 'Add planned receipt' });
    await user.type(within(receipt).getByRole('textbox', { name: 'Invoice or contract number' }), 'INV-1');
    await user.type(within(receipt).getByRole('textbox', { name: 'Amount' }), '500');
    await user.type(within(receipt).getByLabelText('Due date'), '2026-04-10');
    await user.click(within(receipt).getByRole('button', { name: 'Add planned receipt' }));
    expect(await screen.findByText('Planned receipt INV-1 added.')).toBeInTheDocument();

    await user.click(within(receipt).getByRole('button', { name: 'Add planned receipt' }));
    expect(await within(receipt).findByText('Some fields need attention; nothing was lost.')).toBeInTheDocument();
    expect(screen.queryByText('Planned receipt INV-1 added.')).not.toBeInTheDocument();
  });

  it('the logging rules: “Saved.” goes once the next save is refused', async () => {
    const { user } = await renderPane(<LoggingRulesSection />);
    await user.click(await screen.findByRole('button', { name: 'Save team rules' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();

    const mine = screen.getByRole('group', { name: 'Never log my mail with these addresses or domains' });
    await user.type(within(mine).getByRole('textbox'), 'not a rule');
    await user.click(screen.getByRole('button', { name: 'Save my rules' }));
    expect(await screen.findByText('Enter an address or a domain.')).toBeInTheDocument();
    expect(screen.queryByText('Saved.')).not.toBeInTheDocument();
  });

  it('service cases: a contact refused for a case takes “opened” away', async () => {
    let clientId = '';
    const { user } = await renderPane(<CasesFor get={() => clientId} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Open service case' }));
    const form = screen.getByRole('form', { name: 'New service case' });
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Valve leaks');
    await user.click(within(form).getByRole('button', { name: 'Open service case' }));
    expect(await screen.findByText('Service case opened.')).toBeInTheDocument();

    const item = await screen.findByRole('listitem', { name: 'Valve leaks' });
    await user.click(within(item).getByRole('button', { name: 'Details of Valve leaks' }));
    await user.click(within(item).getByRole('button', { name: 'Record contact for this case' }));
    const entry = within(item).getByRole('form', { name: 'Contact for Valve leaks' });
    await user.click(within(entry).getByRole('button', { name: 'Save' }));
    expect(await within(entry).findByText(/need attention/)).toBeInTheDocument();
    expect(screen.queryByText('Service case opened.')).not.toBeInTheDocument();
  });
});
