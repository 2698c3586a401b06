/**
 * Editing a catalogue product or a campaign saves only what was changed in the form: a colleague's
 * edit to another field, pulled while the form was open, stays (written back whole, the form's copy
 * would have undone it with no 412 and nothing in the conflict log). Where both changed one field,
 * the save wins and the colleague's value goes to the conflict log.
 */
import { appWithPullHandle } from '../../support/appWithPullHandle';

describe('saving a catalogue or campaign form over a colleague’s pulled edit', () => {
  it('keeps the colleague’s price and properties on a product when my form changed the name', async () => {
    const { app, db } = await appWithPullHandle('catalogue-edit-pulled');
    const opened = await app.deals.saveProduct({ name: 'Valve DN50', code: 'V-50', category: 'goods', unitPriceMinor: 120_000, currency: 'UAH', properties: [{ name: 'Body', value: 'Steel' }] });
    const properties = [{ name: 'Body', value: 'Cast iron' }];
    await db.products.update(opened.id, { unitPriceMinor: 135_000, properties, updatedAt: '2026-11-27T09:30:00.000Z' });

    // What ProductForm sends: every field it shows, its own copy of the properties included.
    const { id, code, category, unitPriceMinor, currency, archived } = opened;
    await app.deals.saveProduct({ id, name: 'Valve DN50 PN16', code, category, unitPriceMinor, currency, properties: structuredClone(opened.properties), archived }, opened);

    expect(await db.products.get(opened.id)).toMatchObject({ name: 'Valve DN50 PN16', unitPriceMinor: 135_000, properties });
    expect(await db.syncConflicts.count()).toBe(0);
  });

  it('keeps the colleague’s end date and notes on a campaign when my form changed the cost', async () => {
    const { app, db } = await appWithPullHandle('catalogue-edit-pulled');
    const opened = await app.deals.saveCampaign({ name: 'Spring mailing', channel: 'email', startDate: '2026-11-01', costMinor: 50_000, currency: 'UAH', notes: '' });
    await db.campaigns.update(opened.id, { endDate: '2026-12-31', notes: 'Extended to the year end', updatedAt: '2026-11-27T09:30:00.000Z' });

    // What CampaignForm sends: every field it shows.
    const { id, name, channel, startDate, endDate, currency, targetRegions, targetIndustries, notes, archived } = opened;
    await app.deals.saveCampaign({ id, name, channel, startDate, endDate, costMinor: 65_000, currency, targetRegions: [...targetRegions], targetIndustries: [...targetIndustries], notes, archived }, opened);

    expect(await db.campaigns.get(opened.id)).toMatchObject({ endDate: '2026-12-31', notes: 'Extended to the year end', costMinor: 65_000 });
    expect(await db.syncConflicts.count()).toBe(0);
  });

  it('lets my product price win where the colleague changed it too, and keeps theirs in the conflict log', async () => {
    const { app, db } = await appWithPullHandle('catalogue-edit-pulled');
    const opened = await app.deals.saveProduct({ name: 'Valve DN50', code: 'V-50', category: 'goods', unitPriceMinor: 120_000, currency: 'UAH' });
    await db.products.update(opened.id, { unitPriceMinor: 135_000, updatedAt: '2026-11-27T09:30:00.000Z' });

    const { id, name, code, category, currency, properties, archived } = opened;
    await app.deals.saveProduct({ id, name, code, category, unitPriceMinor: 140_000, currency, properties, archived }, opened);

    expect((await db.products.get(opened.id))?.unitPriceMinor).toBe(140_000);
    expect(await db.syncConflicts.toArray()).toEqual([expect.objectContaining({ table: 'products', key: opened.id, field: 'unitPriceMinor', kept: 140_000, lost: 135_000, restoredAt: null })]);
  });
});
