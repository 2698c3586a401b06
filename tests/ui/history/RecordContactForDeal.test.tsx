/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import type { HistoryEntry } from '../../../src/domain/model/HistoryEntry';
import { RecordContactForm } from '../../../src/taskpane/modules/history/components/RecordContactForm';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

function FormFor({ get, onRecorded }: { get: () => string; onRecorded: (e: HistoryEntry) => void }) {
  return <RecordContactForm clientId={get()} contacts={[]} plans={[]} onRecorded={onRecorded} onCancel={() => undefined} />;
}

describe('Record contact: deal and survey', () => {
  it('links a call to one of the client’s deals, and the deal’s timeline shows it', async () => {
    let clientId = '';
    let dealId = '';
    const recorded = jest.fn();
    const { user, app } = await renderPane(<FormFor get={() => clientId} onRecorded={recorded} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        dealId = (await a.deals.create({ clientId, title: 'Valves', currency: 'UAH', amountMinor: 0 })).id;
      },
    });
    await screen.findByRole('option', { name: 'Valves' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Deal' }), 'Valves');
    await user.type(screen.getByRole('textbox', { name: 'What happened' }), 'Discussed the discount');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(recorded).toHaveBeenCalled());
    const { timeline } = await app.deals.queries.dealCard(dealId);
    expect(timeline.find((i) => i.kind === 'history')).toMatchObject({ entry: { text: 'Discussed the discount', dealId, type: 'call' } });
  });

  it('a survey asks for its score (0–10) and records it with the department', async () => {
    let clientId = '';
    const recorded = jest.fn();
    const { user } = await renderPane(<FormFor get={() => clientId} onRecorded={recorded} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      },
    });
    await screen.findByRole('option', { name: 'Survey' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Survey');
    await user.type(screen.getByRole('textbox', { name: 'What happened' }), 'Quarterly satisfaction call');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Department' }), 'Marketing');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(recorded).not.toHaveBeenCalled();

    await user.type(screen.getByRole('spinbutton', { name: /Satisfaction score/ }), '8');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(recorded).toHaveBeenCalledWith(expect.objectContaining({ type: 'survey', surveyScore: 8, department: 'marketing' })));
  });
});
