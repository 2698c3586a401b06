/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { SettingsScreen } from '../../../src/taskpane/modules/settings/components/SettingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

describe('Settings: values in use and stage probabilities', () => {
  it('archiving a region in use asks for a replacement and moves its clients; an unused one is archived at once', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<SettingsScreen />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso', region: 'kyiv' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Archive Kyiv' }));
    const form = await screen.findByRole('form', { name: 'Replace Kyiv' });
    expect(within(form).getByText(/Records using “Kyiv”: 1\./)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Replace and archive' }));
    expect(within(form).getByText('Choose a value to replace it with.')).toBeInTheDocument();
    expect((await app.queries.referenceItems()).find((i) => i.id === 'region:kyiv')?.archived).toBe(false);

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Replace with' }), 'Central Ukraine');
    await user.click(within(form).getByRole('button', { name: 'Replace and archive' }));
    expect(await screen.findByText('“Kyiv” archived; records moved: 1.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Replace Kyiv' })).not.toBeInTheDocument();
    expect((await app.queries.clientCard(clientId)).client?.region).toBe('central');
    expect((await app.queries.referenceItems()).find((i) => i.id === 'region:kyiv')?.archived).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Archive Other' }));
    expect(await screen.findByText('Saved “Other”.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Replace Other' })).not.toBeInTheDocument();
    expect((await app.queries.referenceItems()).find((i) => i.id === 'region:other')?.archived).toBe(true);
  });

  it('edits a deal stage’s default probability, refusing one above 100', async () => {
    const { user, app } = await renderPane(<SettingsScreen />);
    await user.selectOptions(await screen.findByRole('combobox', { name: /Picklist|List/ }), 'Deal stages');
    const field = await screen.findByRole('textbox', { name: 'Default probability of Proposal' });
    expect(field).toHaveValue('40');
    await user.clear(field);
    await user.type(field, '140');
    await user.click(screen.getByRole('button', { name: 'Save probability of Proposal' }));
    expect(await screen.findByText('Enter a number from 0 to 100.')).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '45');
    await user.click(screen.getByRole('button', { name: 'Save probability of Proposal' }));
    expect(await screen.findByText('Proposal: deals entering this stage get 45%.')).toBeInTheDocument();
    expect((await app.deals.queries.dealStages()).find((s) => s.code === 'proposal')?.probability).toBe(45);
  });

  it('shows a stage’s probability in its box with the pane’s decimal separator (uk)', async () => {
    const { user } = await renderPane(<SettingsScreen />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (a) => {
        await a.deals.setStageProbability('proposal', 7.5);
      },
    });
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Довідник для редагування' }), 'Етапи угод');
    // "7,5" as the Ukrainian pane writes it and reads it back, not "7.5".
    expect(await screen.findByRole('textbox', { name: 'Типова ймовірність: Комерційна пропозиція' })).toHaveValue('7,5');
  });
});
