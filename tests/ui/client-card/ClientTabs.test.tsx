/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { layOutPane } from '../../support/layOutPane';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(20_000);

afterEach(() => jest.restoreAllMocks());

async function openCard(host?: FakeMailHost) {
  let id = '';
  const rendered = await renderPane(<ClientScreenFor get={() => id} />, {
    host,
    seed: async (seeded) => {
      id = (await seeded.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
      await seeded.recordContact({ clientId: id, type: 'call', at: '2026-03-09T10:00:00.000Z', text: 'Asked for a quote', outcome: '' });
    },
  });
  await screen.findByRole('heading', { name: 'Contoso' });
  return rendered;
}

describe('the client sections in a narrow pane', () => {
  it('keeps the sections in one row and puts those that do not fit under More', async () => {
    layOutPane(320);
    const { user } = await openCard();

    const row = screen.getByRole('tablist', { name: 'Client sections' });
    expect(within(row).getByRole('tab', { name: 'Card' })).toHaveAttribute('aria-selected', 'true');
    const more = await within(row).findByRole('tab', { name: /^More sections: \d$/ });
    expect(within(row).queryByRole('tab', { name: 'Service cases' })).not.toBeInTheDocument();

    await user.click(more);
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: 'Service cases' })).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: 'Card' })).not.toBeInTheDocument();
  });

  it('opens a section from the More menu with the keyboard, and that section joins the row selected', async () => {
    layOutPane(320);
    const { user } = await openCard();
    const row = screen.getByRole('tablist', { name: 'Client sections' });

    (await within(row).findByRole('tab', { name: /^More sections/ })).focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    within(menu).getByRole('menuitem', { name: 'Next contacts' }).focus();
    await user.keyboard('{Enter}');

    expect(await within(row).findByRole('tab', { name: 'Next contacts' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('button', { name: 'Plan next contact' })).toBeInTheDocument();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('shows every section as a tab, and no More, where the pane is wide enough', async () => {
    layOutPane(600);
    await openCard();
    const row = screen.getByRole('tablist', { name: 'Client sections' });

    for (const name of ['Card', 'Contacts', 'History', 'Next contacts', 'Deals', 'Service cases']) expect(within(row).getByRole('tab', { name })).toBeVisible();
    expect(within(row).queryByRole('tab', { name: /^More/ })).not.toBeInTheDocument();
  });

  it('names the More menu and its sections in Ukrainian', async () => {
    layOutPane(320);
    const { user } = await openCard(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    const row = screen.getByRole('tablist', { name: 'Розділи клієнта' });

    await user.click(await within(row).findByRole('tab', { name: /^Ще розділів: \d$/ }));
    expect(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Звернення' })).toBeInTheDocument();
  });
});

function ClientScreenFor({ get }: { get: () => string }) {
  return <ClientScreen clientId={get()} />;
}
