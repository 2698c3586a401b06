/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { DealScreen } from '../../../src/taskpane/modules/deals/components/DealScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { writeFailsAt } from '../../support/writeFailsAt';

// Whole-screen flows; jsdom on a shared 2-core machine is slow.
jest.setTimeout(30_000);

const refused = 'Clientbook could not read or write its data on this device; if it happens again, tell your administrator.';
const refusedUk = 'Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора.';
const code = 'Error code for your administrator: UnknownError';
const codeUk = 'Код помилки для адміністратора: UnknownError';

function DealFor({ get }: { get: () => string }) {
  return <DealScreen dealId={get()} />;
}

/** Contoso's deal "Valves" with planned receipt INV-7, 400.00 of it paid on 5 March. */
async function valvesDeal(host?: FakeMailHost) {
  let dealId = '';
  const seed = async (app: App) => {
    const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
    dealId = (await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 200_000 })).id;
    const receipt = await app.deals.savePlannedReceipt({ dealId, number: 'INV-7', amountMinor: 100_000, issueDate: '2026-03-01', dueDate: '2026-03-31' });
    await app.deals.recordPayment({ invoiceId: receipt.id, amountMinor: 40_000, date: '2026-03-05' });
  };
  const pane = await renderPane(<DealFor get={() => dealId} />, { seed, host });
  await screen.findByRole('heading', { level: 1, name: 'Valves' });
  return pane;
}

/** The failure shown, its code on a line of its own; none of "Could not save" nor "still in the form": nothing was being edited. */
async function expectSaid(sentence: string, codeLine: string | null) {
  const alert = await screen.findByText(sentence, { exact: false });
  expect(alert).toHaveTextContent(codeLine ? `${sentence}${codeLine}` : sentence, { normalizeWhitespace: false });
  if (codeLine) expect(within(alert).getByText(codeLine)).toBeInTheDocument();
  expect(document.body).not.toHaveTextContent(/Could not save|still in the form|Не вдалося зберегти|лишилися у формі|Disk I\/O|QuotaExceeded/);
}

async function whileRefused(table: string, reason: 'QuotaExceededError' | 'UnknownError', act: () => Promise<void>) {
  const broken = writeFailsAt(table, reason);
  try {
    await act();
  } finally {
    broken.mend();
  }
}

describe('a deal card’s act the local store refuses says that act, with the code on a line of its own', () => {
  it('deleting a payment', async () => {
    const { user } = await valvesDeal();
    await whileRefused('payments', 'UnknownError', async () => {
      await user.click(screen.getByRole('button', { name: /^Delete payment / }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
      await expectSaid(`The payment could not be deleted: ${refused}`, code);
    });
  });

  it('deleting a planned receipt, in Ukrainian, full storage', async () => {
    const { user } = await valvesDeal(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    // Its payment first: a receipt with payments is kept for them.
    await user.click(screen.getByRole('button', { name: /^Видалити оплату / }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Видалити' }));
    await screen.findByText('Видалено.');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await whileRefused('invoices', 'QuotaExceededError', async () => {
      await user.click(screen.getByRole('button', { name: 'Видалити планове надходження INV-7' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Видалити' }));
      await expectSaid('Не вдалося видалити планове надходження: на пристрої закінчилося місце. Звільніть місце й спробуйте ще раз.', null);
    });
  });

  it('deleting the deal, in Ukrainian', async () => {
    let dealId = '';
    const { user } = await renderPane(<DealFor get={() => dealId} />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      seed: async (app) => {
        const client = await app.createClient({ client: { name: 'Contoso' }, contacts: [] });
        dealId = (await app.deals.create({ clientId: client.id, title: 'Valves', currency: 'UAH', amountMinor: 200_000 })).id;
      },
    });
    await whileRefused('deals', 'UnknownError', async () => {
      await user.click(await screen.findByRole('button', { name: 'Видалити угоду' }));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Видалити угоду' }));
      await expectSaid(`Не вдалося видалити угоду: ${refusedUk}`, codeUk);
    });
  });

  it('moving the deal to another stage, and closing it as Success in Ukrainian', async () => {
    const { user } = await valvesDeal();
    await whileRefused('deals', 'UnknownError', async () => {
      await screen.findByRole('option', { name: 'Proposal (40%)' });
      await user.selectOptions(screen.getByRole('combobox', { name: 'Move to stage' }), 'Proposal (40%)');
      await user.click(screen.getByRole('button', { name: 'Move' }));
      await expectSaid(`The deal could not be moved to another stage: ${refused}`, code);
      await user.click(screen.getByRole('button', { name: 'Close as Success' }));
      await user.click(within(screen.getByRole('form', { name: 'Close this deal as Success?' })).getByRole('button', { name: 'Close as Success' }));
      await expectSaid(`The deal could not be closed as Success: ${refused}`, code);
    });
  });

  it('recording a refusal, and reopening, in Ukrainian', async () => {
    const { user } = await valvesDeal(new FakeMailHost({ displayLanguage: 'uk-UA' }));
    await whileRefused('deals', 'UnknownError', async () => {
      await user.click(screen.getByRole('button', { name: 'Закрити з відмовою' }));
      const refusal = screen.getByRole('form', { name: 'Закрити з відмовою' });
      await user.selectOptions(within(refusal).getByRole('combobox', { name: 'Причина' }), 'Зависока ціна');
      await user.click(within(refusal).getByRole('button', { name: 'Записати відмову' }));
      await expectSaid(`Не вдалося записати відмову: ${refusedUk}`, codeUk);
    });
    await user.click(within(screen.getByRole('form', { name: 'Закрити з відмовою' })).getByRole('button', { name: 'Записати відмову' }));
    await screen.findByRole('button', { name: 'Відкрити знову' });
    await whileRefused('deals', 'UnknownError', async () => {
      await user.click(screen.getByRole('button', { name: 'Відкрити знову' }));
      await user.click(within(screen.getByRole('form', { name: 'Відкрити знову' })).getByRole('button', { name: 'Відкрити' }));
      await expectSaid(`Не вдалося відкрити угоду знову: ${refusedUk}`, codeUk);
    });
  });
});
