/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { App } from '../../../src/taskpane/App';
import { renderPane } from '../../support/renderPane';

// jsdom has no layout: ProseMirror (the template's body) measures the selection to scroll it into view.
const noRect = () => ({ x: 0, y: 0, width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0, toJSON: () => ({}) });
Object.assign(Range.prototype, { getClientRects: () => [], getBoundingClientRect: noRect });
if (!document.elementFromPoint) Object.assign(document, { elementFromPoint: () => null });

jest.setTimeout(30_000);

/** Search › Contoso › Deals › Valves: a deal at Negotiation. */
async function openDeal() {
  const rendered = await renderPane(<App />, {
    seed: async (app) => {
      const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
      const deal = await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 100_000 });
      await app.deals.moveToStage(deal.id, 'negotiation');
    },
  });
  const { user } = rendered;
  await user.click(await screen.findByRole('button', { name: 'Search clients' }));
  await user.click(await screen.findByRole('button', { name: 'Contoso' }));
  await user.click(await screen.findByRole('tab', { name: 'Deals' }));
  await user.click(await screen.findByRole('button', { name: /Valves/ }));
  return rendered;
}

describe('Leaving a form whose own save failed', () => {
  it('a template whose save stopped on its missing subject still asks before Back throws it away', async () => {
    const { user } = await renderPane(<App />);
    await user.click(await screen.findByRole('button', { name: 'Mailings' }));
    await user.click(await screen.findByRole('button', { name: 'New template' }));
    await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Spring offer');
    // No subject: the save stops on it, keeping nothing.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Spring offer');

    // Stopped again on the same field, after more typing: still asks.
    await user.type(screen.getByRole('textbox', { name: /Name/ }), ' 2027');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
  });

  it('a refusal recorded without its reason still asks before Back throws its note away', async () => {
    const { user } = await openDeal();
    await user.click(await screen.findByRole('button', { name: 'Close as Refusal' }));
    const refusal = screen.getByRole('form', { name: 'Close as Refusal' });
    await user.type(within(refusal).getByRole('textbox', { name: /Note/ }), 'Chose the cheaper supplier');
    await user.click(within(refusal).getByRole('button', { name: 'Record refusal' }));
    expect(await within(refusal).findByText('Required.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('dialog', { name: 'Close without saving?' })).toBeInTheDocument();
  });
});
