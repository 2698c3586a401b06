/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { CampaignsScreen } from '../../../src/taskpane/modules/campaigns/components/CampaignsScreen';
import { CatalogueScreen } from '../../../src/taskpane/modules/catalogue/components/CatalogueScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

/** The catalogue with Control valve DN50, its Edit product form open. */
async function editProduct() {
  let id = '';
  const { user, dbName } = await renderPane(<CatalogueScreen />, {
    seed: async (app) => void (id = (await app.deals.saveProduct({ name: 'Control valve DN50', code: 'CV-50', category: 'goods', unitPriceMinor: 1_850_00, currency: 'EUR' })).id),
  });
  await user.click(await screen.findByRole('button', { name: 'Edit Control valve DN50' }));
  return { user, id, db: new ClientbookDb(dbName), form: screen.getByRole('form', { name: 'Edit Control valve DN50' }) };
}

/** Campaigns with Hannover Messe 2026, its Edit campaign form open and 15000 typed as its cost. */
async function editCampaign() {
  let id = '';
  const { user, dbName } = await renderPane(<CampaignsScreen />, {
    seed: async (app) => void (id = (await app.deals.saveCampaign({ name: 'Hannover Messe 2026', channel: 'exhibition', startDate: '2026-04-20', costMinor: 12_000_00, currency: 'EUR' })).id),
  });
  await user.click(await screen.findByRole('button', { name: 'Edit Hannover Messe 2026' }));
  const form = screen.getByRole('form', { name: /Hannover Messe 2026/ });
  await user.clear(within(form).getByRole('textbox', { name: 'Cost' }));
  await user.type(within(form).getByRole('textbox', { name: 'Cost' }), '15000');
  return { user, id, db: new ClientbookDb(dbName), form };
}

/** Lets a deletion pulled into the store reach the list, as the live query does after a sync. */
const pulled = () => new Promise((settled) => setTimeout(settled, 200));

describe('editing the catalogue and campaigns while the sync pulls a colleague’s edit', () => {
  it('Edit product keeps the price a colleague changed while the form was open, beside the name typed in it', async () => {
    const { user, id, db, form } = await editProduct();
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), ' PN16');

    // The sync pulls the colleague's edit into the store while the form is open.
    await db.products.update(id, { unitPriceMinor: 1_990_00 });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect(await db.products.get(id)).toMatchObject({ name: 'Control valve DN50 PN16', unitPriceMinor: 1_990_00 }));
  });

  it('Edit campaign keeps the end date a colleague set while the form was open, beside the cost typed in it', async () => {
    const { user, id, db, form } = await editCampaign();

    await db.campaigns.update(id, { endDate: '2026-04-24' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect(await db.campaigns.get(id)).toMatchObject({ costMinor: 15_000_00, endDate: '2026-04-24' }));
  });
});

describe('editing the catalogue and campaigns while the sync pulls a colleague’s deletion', () => {
  it('Edit product stays, says the product was deleted, saves nothing and keeps the typing', async () => {
    const { user, id, db, form } = await editProduct();
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), ' PN16');

    await db.products.delete(id);
    const queued = await db.outbox.count();
    await pulled();
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Product “Control valve DN50” was deleted by a colleague while you were editing it. Nothing was saved; your changes are still in the form.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Name/ })).toHaveValue('Control valve DN50 PN16');
    expect(await db.products.get(id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });

  it('Edit product with nothing typed goes with the product at once', async () => {
    const { id, db } = await editProduct();

    await db.products.delete(id);

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit Control valve DN50' })).not.toBeInTheDocument());
    expect(screen.queryByText('Control valve DN50')).not.toBeInTheDocument();
  });

  it('Edit campaign stays, says the campaign was deleted, saves nothing and keeps the typing', async () => {
    const { user, id, db, form } = await editCampaign();

    await db.campaigns.delete(id);
    const queued = await db.outbox.count();
    await pulled();
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Campaign “Hannover Messe 2026” was deleted by a colleague while you were editing it. Nothing was saved; your changes are still in the form.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Cost' })).toHaveValue('15000');
    expect(await db.campaigns.get(id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(queued);
  });
});
