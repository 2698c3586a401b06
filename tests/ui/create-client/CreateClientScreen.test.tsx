/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import { CreateClientScreen } from '../../../src/taskpane/modules/create-client/components/CreateClientScreen';
import { useNavigation } from '../../../src/taskpane/ui/Route';
import { cancelAsks } from '../../support/cancelAsks';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const draft = {
  name: 'Fabrikam',
  domains: ['fabrikam.ua'],
  website: 'https://fabrikam.ua',
  phone: '',
  contact: { name: 'Taras Shevchuk', email: 'taras@fabrikam.ua', position: 'Buyer', phones: ['+380 44 123 4567'] },
  leadSource: '',
  trigger: '',
};

/** The create-client route as the shell shows it: the form, or where saving or cancelling leads. */
function CreateRoute() {
  const { route } = useNavigation();
  if (route.screen === 'create-client') return <CreateClientScreen draft={route.draft} />;
  return <p>Now on {route.screen}</p>;
}

// Flows that type into many fields; jsdom on a shared 2-core machine is slow.
jest.setTimeout(20_000);

describe('CreateClientScreen', () => {
  it('shows bad input beside its fields, loses nothing, and saves once corrected', async () => {
    const { user, app, route } = await renderPane(<CreateRoute />, { route: { screen: 'create-client', draft } });
    const name = await screen.findByLabelText(/^Client name/);
    expect(screen.getByRole('textbox', { name: 'Contact phones' })).toHaveValue('+380 44 123 4567');
    await user.clear(name);
    await user.clear(screen.getByLabelText('Contact email'));
    await user.type(screen.getByLabelText('Contact email'), 'taras(at)fabrikam');
    await user.click(screen.getByRole('button', { name: 'Add domain' }));
    await user.type(screen.getByRole('textbox', { name: 'Email domains 2' }), 'not a domain');
    await user.selectOptions(await screen.findByLabelText('Lead source'), 'Exhibition');
    await user.click(screen.getByRole('button', { name: 'Save client' }));

    expect(await screen.findByText('Required.')).toBeInTheDocument();
    expect(screen.getByText('This is not a valid domain (example: contoso.com).')).toBeInTheDocument();
    expect(screen.getByText('Some fields need attention; nothing you typed was lost.')).toBeInTheDocument();
    expect(screen.getByLabelText('Contact email')).toHaveValue('taras(at)fabrikam');
    expect(screen.getByLabelText('Lead source')).toHaveValue('exhibition');
    expect(screen.getByLabelText('Position')).toHaveValue('Buyer');
    expect(await app.queries.countClients()).toBe(0);

    // Each message goes as its field is mended; the notice goes with the last.
    await user.type(screen.getByLabelText(/^Client name/), 'Fabrikam Ukraine');
    expect(screen.queryByText('Required.')).not.toBeInTheDocument();
    expect(screen.getByText('This is not a valid domain (example: contoso.com).')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove not a domain' }));
    expect(screen.queryByText('This is not a valid domain (example: contoso.com).')).not.toBeInTheDocument();
    expect(screen.getByText('This is not a valid email address.')).toBeInTheDocument();
    expect(screen.getByText('Some fields need attention; nothing you typed was lost.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save client' }));
    expect(await screen.findByText('This is not a valid email address.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Contact email'));
    await user.type(screen.getByLabelText('Contact email'), 'taras@fabrikam.ua');
    await user.click(screen.getByRole('button', { name: 'Save client' }));

    expect(await screen.findByText('Now on client')).toBeInTheDocument();
    const [hit] = await app.queries.searchClients('Fabrikam Ukraine');
    expect(hit?.client).toMatchObject({ name: 'Fabrikam Ukraine', domains: ['fabrikam.ua'], leadSource: 'exhibition', website: 'https://fabrikam.ua', status: 'lead' });
    expect(hit?.contacts[0]).toMatchObject({ name: 'Taras Shevchuk', emails: ['taras@fabrikam.ua'], position: 'Buyer', phones: ['+380 44 123 4567'] });
    expect(route()).toEqual({ screen: 'client', clientId: hit?.client.id });
  });

  it('refuses a phone that is no number, and the address of another client’s contact, beside their fields', async () => {
    const { user, app } = await renderPane(<CreateRoute />, {
      route: { screen: 'create-client', draft },
      seed: async (seeded) => {
        await seeded.createClient({ client: { name: 'Contoso Ltd' }, contacts: [{ name: 'Olena Petrenko', position: '', emails: ['taras@fabrikam.ua'], phones: [] }] });
      },
    });
    await screen.findByLabelText(/^Client name/);
    await user.type(screen.getByLabelText('Phone'), 'reception');
    await user.clear(screen.getByRole('textbox', { name: 'Contact phones' }));
    await user.type(screen.getByRole('textbox', { name: 'Contact phones' }), 'abc');
    await user.click(screen.getByRole('button', { name: 'Save client' }));

    expect(await screen.findAllByText(/This is not a phone number/)).toHaveLength(2);
    expect(screen.getByText('This address is already Olena Petrenko’s, at Contoso Ltd.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Contact phones' })).toHaveAttribute('aria-invalid', 'true');
    expect(await app.queries.countClients()).toBe(1);
  });

  it('returns to where it came from on Cancel without saving', async () => {
    const { user, app } = await renderPane(<CreateRoute />, { route: { screen: 'create-client', draft } });
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Now on home')).toBeInTheDocument();
    expect(await app.queries.countClients()).toBe(0);
  });

  it('asks on Cancel once something was typed, and returns where it came from only when told to lose it', async () => {
    const { user, app } = await renderPane(<CreateRoute />, { route: { screen: 'create-client', draft } });
    const form = () => screen.queryByRole('form', { name: 'New client' });
    await cancelAsks(user, form, () => screen.getByRole('textbox', { name: 'Phone' }), '+380 44 765 4321');
    expect(await screen.findByText('Now on home')).toBeInTheDocument();
    expect(await app.queries.countClients()).toBe(0);
  });

  it('is in Ukrainian when Outlook is', async () => {
    await renderPane(<CreateRoute />, { route: { screen: 'create-client', draft }, host: new FakeMailHost({ displayLanguage: 'uk' }) });
    expect(await screen.findByRole('heading', { name: 'Новий клієнт' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Зберегти клієнта' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Перша контактна особа' })).toBeInTheDocument();
  });
});
