/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { formatMoney } from '../../../src/domain/model/Money';
import { CatalogueScreen } from '../../../src/taskpane/modules/catalogue/components/CatalogueScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

const eur = (minor: number) => formatMoney({ minor, currency: 'EUR' }, 'en-GB').replace(/\s/g, ' ');

describe('Catalogue', () => {
  it('adds a product with its price and properties, refusing an amount that cannot be a price, and edits it', async () => {
    const { user, app } = await renderPane(<CatalogueScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add product' }));
    const form = screen.getByRole('form', { name: 'New product' });
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Control valve DN50');
    await user.type(within(form).getByRole('textbox', { name: 'Code (SKU)' }), 'CV-50');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Category' }), 'Goods');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Currency' }), 'EUR');
    await user.type(within(form).getByRole('textbox', { name: 'Unit price' }), '1 850 EUR');
    await user.click(within(form).getByRole('button', { name: 'Add property' }));
    await user.type(within(form).getByRole('textbox', { name: 'Property 1' }), 'Warranty');
    await user.type(within(form).getByRole('textbox', { name: 'Value 1' }), '24 months');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('Enter an amount like 1 234,50 or 1,234.50.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Property 1' })).toHaveValue('Warranty');

    await user.clear(within(form).getByRole('textbox', { name: 'Unit price' }));
    await user.type(within(form).getByRole('textbox', { name: 'Unit price' }), '1 850,50');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Control valve DN50 saved.')).toBeInTheDocument();
    const item = await screen.findByRole('listitem', { name: 'Control valve DN50' });
    expect(within(item).getByText(eur(185_050))).toBeInTheDocument();
    expect(within(item).getByText('CV-50 · Goods')).toBeInTheDocument();
    expect(within(item).getByText('Warranty: 24 months')).toBeInTheDocument();

    await user.click(within(item).getByRole('button', { name: 'Edit Control valve DN50' }));
    const edit = screen.getByRole('form', { name: 'Edit Control valve DN50' });
    await user.clear(within(edit).getByRole('textbox', { name: 'Unit price' }));
    await user.type(within(edit).getByRole('textbox', { name: 'Unit price' }), '1990');
    await user.click(within(edit).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(eur(199_000))).toBeInTheDocument();
    expect((await app.deals.queries.products())[0]).toMatchObject({ code: 'CV-50', unitPriceMinor: 199_000, currency: 'EUR', properties: [{ name: 'Warranty', value: '24 months' }] });
  });

  it('marks every field that stops the save at once: the empty name, the missing price and a code another product has', async () => {
    const { user, app } = await renderPane(<CatalogueScreen />, {
      seed: async (a) => void (await a.deals.saveProduct({ name: 'Control valve DN50', code: 'CV-50', category: 'goods', unitPriceMinor: 1_850_00, currency: 'EUR' })),
    });
    await user.click(await screen.findByRole('button', { name: 'Add product' }));
    const form = screen.getByRole('form', { name: 'New product' });
    await user.type(within(form).getByRole('textbox', { name: 'Code (SKU)' }), 'cv-50');
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByText('Required.')).toBeInTheDocument();
    expect(within(form).getByText('Enter an amount.')).toBeInTheDocument();
    expect(within(form).getByText('Another product already has this code.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Name/ })).toHaveFocus();
    expect(await app.deals.queries.products()).toHaveLength(1);

    // Each message goes as its field is mended; the others stay.
    await user.type(within(form).getByRole('textbox', { name: 'Code (SKU)' }), '-2');
    expect(within(form).queryByText('Another product already has this code.')).not.toBeInTheDocument();
    expect(within(form).getByText('Required.')).toBeInTheDocument();
    expect(within(form).getByText('Enter an amount.')).toBeInTheDocument();
  });
});
