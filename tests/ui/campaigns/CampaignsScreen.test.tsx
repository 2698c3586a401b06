/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { ClientCampaignField } from '../../../src/taskpane/modules/campaigns/components/ClientCampaignField';
import { CampaignsScreen } from '../../../src/taskpane/modules/campaigns/components/CampaignsScreen';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

describe('Campaigns', () => {
  it('adds a campaign with its target segment, refusing an end before the start', async () => {
    const { user, app } = await renderPane(<CampaignsScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add campaign' }));
    const form = screen.getByRole('form', { name: 'New campaign' });
    // Marked before saving, as Name is, rather than found out from the message after it.
    expect(within(form).getByRole('combobox', { name: 'Channel' })).toBeRequired();
    expect(within(form).getByText('Channel').closest('label')).toHaveTextContent('Channel*');
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Hannover Messe 2026');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Channel' }), 'Exhibition');
    await user.clear(within(form).getByLabelText('Start date'));
    await user.type(within(form).getByLabelText('Start date'), '2026-04-20');
    await user.type(within(form).getByRole('combobox', { name: /End date/ }), '2026-04-10');
    await user.type(within(form).getByRole('textbox', { name: 'Cost' }), '12 000');
    await user.click(await within(form).findByRole('checkbox', { name: 'Kyiv' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Manufacturing' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByText('This date cannot be before the start date.')).toBeInTheDocument();

    await user.clear(within(form).getByRole('combobox', { name: /End date/ }));
    await user.type(within(form).getByRole('combobox', { name: /End date/ }), '2026-04-24');
    // Mended (a typed date counts once the box is left), the date loses its message before the next Save.
    await user.tab();
    expect(within(form).queryByText('This date cannot be before the start date.')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Hannover Messe 2026 saved.')).toBeInTheDocument();
    const item = await screen.findByRole('listitem', { name: 'Hannover Messe 2026' });
    expect(within(item).getByText('Kyiv, Manufacturing')).toBeInTheDocument();
    const [campaign] = await app.deals.queries.campaigns();
    expect(campaign).toMatchObject({ channel: 'exhibition', startDate: '2026-04-20', endDate: '2026-04-24', costMinor: 1_200_000, targetRegions: ['kyiv'], targetIndustries: ['manufacturing'] });
  });

  it('ties a client to the campaign that brought it', async () => {
    let clientId = '';
    const { user, app } = await renderPane(<FieldFor get={() => clientId} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await a.deals.saveCampaign({ name: 'Spring webinar', channel: 'webinar', startDate: '2026-03-01', costMinor: 0, currency: 'UAH' });
      },
    });
    await screen.findByRole('option', { name: 'Spring webinar' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Came from campaign' }), 'Spring webinar');
    expect(await screen.findByText('Tied to Spring webinar.')).toBeInTheDocument();
    const [campaign] = await app.deals.queries.campaigns();
    expect((await app.queries.clientCard(clientId)).client?.campaignId).toBe(campaign?.id);
  });

  it('says in words that the client was not tied to the campaign because the device’s storage is full, not Dexie’s English', async () => {
    let clientId = '';
    const { user } = await renderPane(<FieldFor get={() => clientId} />, {
      seed: async (a) => {
        clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
        await a.deals.saveCampaign({ name: 'Spring webinar', channel: 'webinar', startDate: '2026-03-01', costMinor: 0, currency: 'UAH' });
      },
    });
    await screen.findByRole('option', { name: 'Spring webinar' });
    const disk = diskFullAt('Contoso');
    try {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Came from campaign' }), 'Spring webinar');
      expect(await screen.findByText(/^Could not save: /)).toHaveTextContent(/^Could not save: the device’s storage is full\. Free some space, then try again\.$/);
      expect(screen.queryByText(/QuotaExceeded|disk is full/)).not.toBeInTheDocument();
    } finally {
      disk.free();
    }
  });

  it('calls them «маркетингові акції» in Ukrainian, the glossary’s word (DESIGN.md)', async () => {
    const { user } = await renderPane(<CampaignsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    expect(await screen.findByRole('heading', { name: 'Маркетингові акції' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Додати акцію' }));
    expect(screen.getByRole('form', { name: 'Нова акція' })).toBeInTheDocument();
  });
});

function FieldFor({ get }: { get: () => string }) {
  return <ClientCampaignField clientId={get()} />;
}
