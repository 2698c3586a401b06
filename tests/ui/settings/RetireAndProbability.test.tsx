/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { SettingsScreen } from '../../../src/taskpane/modules/settings/components/SettingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { ReferenceSelect } from '../../../src/taskpane/ui/ReferenceSelect';

jest.setTimeout(30_000);

/** Settings with one deal refused for "Price too high", that reason's archive form open. */
async function archivePriceOfRefusedDeal() {
  let dealId = '';
  const pane = await renderPane(<SettingsScreen />, {
    seed: async (a) => {
      const client = await a.createClient({ client: { name: 'Contoso' }, contacts: [] });
      dealId = (await a.deals.create({ clientId: client.id, title: 'Licences', currency: 'UAH' })).id;
      await a.deals.closeAsRefused(dealId, 'price');
    },
  });
  await pane.user.selectOptions(await screen.findByRole('combobox', { name: /Picklist|List/ }), 'Refusal reasons');
  await pane.user.click(await screen.findByRole('button', { name: 'Archive Price too high' }));
  return { ...pane, dealId, form: await screen.findByRole('form', { name: 'Archive “Price too high”' }) };
}

describe('Settings: values in use and stage probabilities', () => {
  it('archiving a region in use keeps its clients on it, says so, and Restore brings it back', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<SettingsScreen />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso', region: 'kyiv' }, contacts: [] })).id;
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Archive Kyiv' }));
    const form = await screen.findByRole('form', { name: 'Archive “Kyiv”' });
    expect(within(form).getByText(/Records using “Kyiv”: 1\. They keep it/)).toBeInTheDocument();
    expect(within(form).getByRole('checkbox', { name: 'Also move the 1 record to another value' })).not.toBeChecked();
    expect(within(form).queryByRole('combobox', { name: 'Move them to' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Archive' }));
    expect(
      await screen.findByText('Archived “Kyiv”: it is no longer offered for new records; records that have it keep it.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Archive “Kyiv”' })).not.toBeInTheDocument();
    expect((await app.queries.clientCard(clientId)).client?.region).toBe('kyiv');
    expect((await app.queries.referenceItems()).find((i) => i.id === 'region:kyiv')?.archived).toBe(true);

    await user.click(await screen.findByRole('button', { name: 'Restore Kyiv' }));
    expect(await screen.findByText('Restored “Kyiv”: it is offered for new records again.')).toBeInTheDocument();
    expect((await app.queries.referenceItems()).find((i) => i.id === 'region:kyiv')?.archived).toBe(false);
    expect((await app.queries.clientCard(clientId)).client?.region).toBe('kyiv');

    await user.click(screen.getByRole('button', { name: 'Archive Other' }));
    expect(await screen.findByText('Archived “Other”: it is no longer offered for new records.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Archive “Other”' })).not.toBeInTheDocument();
    expect((await app.queries.referenceItems()).find((i) => i.id === 'region:other')?.archived).toBe(true);
  });

  it('moves the records to another value only when asked, warning that Restore will not move them back', async () => {
    const { user, app, dealId, form } = await archivePriceOfRefusedDeal();
    await user.click(within(form).getByRole('checkbox', { name: 'Also move the 1 record to another value' }));
    expect(
      within(form).getByText('This rewrites those records: “Price too high” disappears from them and from analytics, and Restore does not move them back.'),
    ).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Archive and move' }));
    expect(within(form).getByText('Choose the value to move them to.')).toBeInTheDocument();
    expect((await app.queries.referenceItems()).find((i) => i.id === 'refusalReason:price')?.archived).toBe(false);

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Move them to' }), 'No budget');
    await user.click(within(form).getByRole('button', { name: 'Archive and move' }));
    expect(await screen.findByText('“Price too high” archived; records moved: 1.')).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).deal).toMatchObject({ refusal: { reason: 'no-budget' } });
  });

  it('archiving without moving leaves a refused deal’s reason, so the refusal counts stay as they were', async () => {
    const { user, app, dealId, form } = await archivePriceOfRefusedDeal();
    await user.click(within(form).getByRole('button', { name: 'Archive' }));
    expect(await screen.findByText(/^Archived “Price too high”/)).toBeInTheDocument();
    expect((await app.deals.queries.dealCard(dealId)).deal).toMatchObject({ refusal: { reason: 'price' } });
    expect(await app.deals.queries.referenceUseCount('refusalReason', 'price')).toBe(1);
  });

  it('a record with an archived value still shows its label; a new choice no longer offers it', async () => {
    await renderPane(
      <>
        <ReferenceSelect list="region" label="Client region" value="kyiv" onChange={() => undefined} />
        <ReferenceSelect list="region" label="New client region" value="" onChange={() => undefined} />
      </>,
      {
        seed: async (a) => {
          await a.createClient({ client: { name: 'Contoso', region: 'kyiv' }, contacts: [] });
          await a.deals.retireReferenceValue({ list: 'region', code: 'kyiv' });
        },
      },
    );
    const kept = await screen.findByRole('combobox', { name: 'Client region' });
    await screen.findByRole('option', { name: 'Kyiv', selected: true });
    expect(within(kept).getByRole('option', { name: 'Kyiv' })).toBeInTheDocument();
    expect(within(screen.getByRole('combobox', { name: 'New client region' })).queryByRole('option', { name: 'Kyiv' })).not.toBeInTheDocument();
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
