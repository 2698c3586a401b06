/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { CampaignsScreen } from '../../../src/taskpane/modules/campaigns/components/CampaignsScreen';
import { CatalogueScreen } from '../../../src/taskpane/modules/catalogue/components/CatalogueScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

describe('editing the catalogue and campaigns while the sync pulls a colleague’s edit', () => {
  it('Edit product keeps the price a colleague changed while the form was open, beside the name typed in it', async () => {
    let id = '';
    const { user, dbName } = await renderPane(<CatalogueScreen />, {
      seed: async (app) => void (id = (await app.deals.saveProduct({ name: 'Control valve DN50', code: 'CV-50', category: 'goods', unitPriceMinor: 1_850_00, currency: 'EUR' })).id),
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Control valve DN50' }));
    const form = screen.getByRole('form', { name: 'Edit Control valve DN50' });
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), ' PN16');

    // The sync pulls the colleague's edit into the store while the form is open.
    const db = new ClientbookDb(dbName);
    await db.products.update(id, { unitPriceMinor: 1_990_00 });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect(await db.products.get(id)).toMatchObject({ name: 'Control valve DN50 PN16', unitPriceMinor: 1_990_00 }));
  });

  it('Edit campaign keeps the end date a colleague set while the form was open, beside the cost typed in it', async () => {
    let id = '';
    const { user, dbName } = await renderPane(<CampaignsScreen />, {
      seed: async (app) => void (id = (await app.deals.saveCampaign({ name: 'Hannover Messe 2026', channel: 'exhibition', startDate: '2026-04-20', costMinor: 12_000_00, currency: 'EUR' })).id),
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Hannover Messe 2026' }));
    const form = screen.getByRole('form', { name: /Hannover Messe 2026/ });
    await user.clear(within(form).getByRole('textbox', { name: 'Cost' }));
    await user.type(within(form).getByRole('textbox', { name: 'Cost' }), '15000');

    const db = new ClientbookDb(dbName);
    await db.campaigns.update(id, { endDate: '2026-04-24' });
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(async () => expect(await db.campaigns.get(id)).toMatchObject({ costMinor: 15_000_00, endDate: '2026-04-24' }));
  });
});
