/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { SettingsScreen } from '../../../src/taskpane/modules/settings/components/SettingsScreen';
import { cancelAsks } from '../../support/cancelAsks';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const regions = () => screen.getByRole('list', { name: 'Regions' });

describe('SettingsScreen', () => {
  it('renames a region in both languages and the clients in it keep their region', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<SettingsScreen />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso', region: 'kyiv' }, contacts: [] })).id;
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Rename Kyiv' }));
    const en = within(regions()).getByRole('textbox', { name: 'English label' });
    const uk = within(regions()).getByRole('textbox', { name: 'Ukrainian label' });
    expect(en).toHaveValue('Kyiv');
    expect(uk).toHaveValue('Київ');
    await user.clear(en);
    await user.type(en, 'Kyiv city');
    await user.clear(uk);
    await user.type(uk, 'Місто Київ');
    await user.click(within(regions()).getByRole('button', { name: 'Save' }));

    expect(await within(regions()).findByText('Kyiv city')).toBeInTheDocument();
    expect(within(regions()).getByText('Місто Київ')).toBeInTheDocument();
    expect(within(regions()).getAllByText('Code: kyiv')).toHaveLength(1);
    const items = (await app.queries.referenceItems()).filter((i) => i.list === 'region');
    expect(items.find((i) => i.code === 'kyiv')?.labels).toEqual({ en: 'Kyiv city', uk: 'Місто Київ' });
    expect(items).toHaveLength(9);
    expect((await app.queries.clientCard(clientId)).client?.region).toBe('kyiv');
  });

  it('gives the focus back to Rename when Escape closes the rename form, and to Archive when Cancel closes the archive form', async () => {
    const { user } = await renderPane(<SettingsScreen />, {
      seed: async (a) => void (await a.createClient({ client: { name: 'Contoso', region: 'kyiv' }, contacts: [] })),
    });
    (await screen.findByRole('button', { name: 'Rename Kyiv' })).focus();
    await user.keyboard('{Enter}');
    expect(within(regions()).getByRole('textbox', { name: 'English label' })).toHaveFocus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Rename Kyiv' })).toHaveFocus());

    screen.getByRole('button', { name: 'Archive Kyiv' }).focus();
    await user.keyboard('{Enter}');
    const retire = await screen.findByRole('form', { name: /Kyiv/ });
    within(retire).getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Archive Kyiv' })).toHaveFocus());
  });

  it('asks on Cancel once a label was typed in the rename form, as Escape and leaving do', async () => {
    const { user } = await renderPane(<SettingsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Rename Kyiv' }));
    const english = () => within(regions()).getByRole('textbox', { name: 'English label' });
    const form = () => within(regions()).queryByRole('textbox', { name: 'English label' })?.closest('form') ?? null;
    await user.clear(english());
    await cancelAsks(user, form, english, 'Kyiv city');
    expect(within(regions()).getByText('Kyiv')).toBeInTheDocument();
  });

  it('refuses a label the list already has', async () => {
    const { user } = await renderPane(<SettingsScreen />);

    await user.click(await screen.findByRole('button', { name: 'Rename Kyiv' }));
    const en = within(regions()).getByRole('textbox', { name: 'English label' });
    await user.clear(en);
    await user.type(en, 'Other{Enter}');

    expect(await screen.findByText('“Other” is already in this list.')).toBeInTheDocument();
  });

  it('adds a value to another list, archives it and restores it, never deleting it', async () => {
    const { user, app } = await renderPane(<SettingsScreen />);

    await user.selectOptions(await screen.findByRole('combobox', { name: 'List to edit' }), 'Lead sources');
    const add = screen.getByRole('region', { name: 'Add a value' });
    await user.type(within(add).getByRole('textbox', { name: 'English label' }), 'Trade fair in Lviv');
    await user.type(within(add).getByRole('textbox', { name: 'Ukrainian label' }), 'Ярмарок у Львові');
    await user.click(within(add).getByRole('button', { name: 'Add' }));

    const sources = screen.getByRole('list', { name: 'Lead sources' });
    expect(await within(sources).findByText('Trade fair in Lviv')).toBeInTheDocument();
    expect(within(add).getByRole('textbox', { name: 'English label' })).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Archive Trade fair in Lviv' }));
    expect(await screen.findByRole('button', { name: 'Restore Trade fair in Lviv' })).toBeInTheDocument();
    let added = (await app.queries.referenceItems()).find((i) => i.code === 'trade-fair-in-lviv');
    expect(added).toMatchObject({ list: 'leadSource', archived: true, labels: { en: 'Trade fair in Lviv', uk: 'Ярмарок у Львові' } });

    await user.click(screen.getByRole('button', { name: 'Restore Trade fair in Lviv' }));
    expect(await screen.findByRole('button', { name: 'Archive Trade fair in Lviv' })).toBeInTheDocument();
    added = (await app.queries.referenceItems()).find((i) => i.code === 'trade-fair-in-lviv');
    expect(added?.archived).toBe(false);
  });

  it('moves a value up the list', async () => {
    const { user } = await renderPane(<SettingsScreen />);

    await user.click(await screen.findByRole('button', { name: 'Move Western Ukraine up' }));

    await screen.findByText('Saved “Western Ukraine”.');
    // The list re-reads the store after the save says so: on a busy machine a moment later.
    await waitFor(() => {
      const labels = within(regions())
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
      expect(labels[0]).toMatch(/^Western Ukraine/);
      expect(labels[1]).toMatch(/^Kyiv/);
    });
    expect(screen.getByRole('button', { name: 'Move Western Ukraine up' })).toBeDisabled();
  });

  it('shows the profile and the language, in Ukrainian when Outlook speaks it', async () => {
    await renderPane(<SettingsScreen />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA', user: { email: 'maria@clientbook.example', displayName: 'Марія Коваль' } }),
    });

    expect(screen.getByRole('heading', { name: 'Налаштування' })).toBeInTheDocument();
    expect(screen.getByText('Марія Коваль')).toBeInTheDocument();
    expect(screen.getByText('maria@clientbook.example')).toBeInTheDocument();
    expect(screen.getByText('Українська')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Перейменувати: Київ' })).toBeInTheDocument();
  });
});
