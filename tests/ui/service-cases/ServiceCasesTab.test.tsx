/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { ServiceCasesTab } from '../../../src/taskpane/modules/service-cases/components/ServiceCasesTab';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function TabFor({ get }: { get: () => string }) {
  return <ServiceCasesTab clientId={get()} contacts={[]} />;
}

describe('Service cases tab', () => {
  it('opens a case, takes it through in progress to resolved (dated today) and back, and records a contact for it', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<TabFor get={() => clientId} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Open service case' }));
    const form = screen.getByRole('form', { name: 'New service case' });
    await user.type(within(form).getByRole('textbox', { name: /Title/ }), 'Valve leaks after install');
    await user.type(within(form).getByRole('textbox', { name: 'Description' }), 'Plant 2, line B');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Severity' }), 'High');
    await user.click(within(form).getByRole('button', { name: 'Open service case' }));

    expect(await screen.findByText('Service case opened.')).toBeInTheDocument();
    const item = await screen.findByRole('listitem', { name: 'Valve leaks after install' });
    expect(within(item).getByText('High')).toBeInTheDocument();
    expect(within(item).getByText('Open')).toBeInTheDocument();

    // The toggle shows short words, not the title again; its name read out still says which case.
    const details = within(item).getByRole('button', { name: 'Details of Valve leaks after install' });
    expect(details).toHaveTextContent(/^Details$/);
    await user.click(details);
    expect(within(item).getByRole('button', { name: 'Hide details of Valve leaks after install' })).toHaveTextContent(/^Hide details$/);
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'In progress');
    await user.click(within(item).getByRole('button', { name: 'Change status' }));
    expect(await within(item).findByText('Status: In progress.')).toBeInTheDocument();
    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'Resolved');
    await user.click(within(item).getByRole('button', { name: 'Change status' }));
    expect(await within(item).findByText(/resolved today/)).toBeInTheDocument();
    const [resolved] = await app.deals.queries.serviceCasesOf(clientId);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-03-10', severity: 'high', openedOn: '2026-03-10' });

    await user.selectOptions(within(item).getByRole('combobox', { name: 'Status' }), 'Open');
    await user.click(within(item).getByRole('button', { name: 'Change status' }));
    expect(await within(item).findByText('Status: Open.')).toBeInTheDocument();
    await waitFor(() => expect(within(item).queryByText(/resolved today/)).not.toBeInTheDocument());

    await user.click(within(item).getByRole('button', { name: 'Record contact for this case' }));
    const entry = within(item).getByRole('form', { name: 'Contact for Valve leaks after install' });
    expect(within(entry).getByRole('textbox', { name: 'What happened' })).toBeRequired();
    await user.selectOptions(within(entry).getByRole('combobox', { name: 'Type' }), 'Survey');
    expect(within(entry).getByRole('spinbutton', { name: /Satisfaction score/ })).toBeRequired();
    expect(within(entry).getByText(/^Satisfaction score/).closest('label')).toHaveTextContent('Satisfaction score (0–10)*');
    await user.type(within(entry).getByRole('textbox', { name: 'What happened' }), 'Asked how the fix works');
    await user.type(within(entry).getByRole('spinbutton', { name: /Satisfaction score/ }), '11');
    await user.click(within(entry).getByRole('button', { name: 'Save' }));
    expect(await within(entry).findByText('Enter a score from 0 to 10.')).toBeInTheDocument();
    await user.clear(within(entry).getByRole('spinbutton', { name: /Satisfaction score/ }));
    await user.type(within(entry).getByRole('spinbutton', { name: /Satisfaction score/ }), '9');
    await user.selectOptions(within(entry).getByRole('combobox', { name: 'Department' }), 'After-sales');
    await user.click(within(entry).getByRole('button', { name: 'Save' }));

    expect(await within(item).findByText('Contact recorded.')).toBeInTheDocument();
    expect(await within(item).findByText('Survey: Asked how the fix works')).toBeInTheDocument();
    const { history } = await app.deals.queries.serviceCase(resolved!.id);
    expect(history.find((e) => e.type === 'survey')).toMatchObject({ surveyScore: 9, department: 'after-sales', serviceCaseId: resolved!.id });
  });
});
