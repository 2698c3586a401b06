/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { ClientScreen } from '../../../src/taskpane/modules/client-card/components/ClientScreen';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import { aReadItem } from '../../support/builders/aReadItem';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

// Flows through lazily loaded forms; jsdom on a shared 2-core machine is slow.
jest.setTimeout(20_000);

let clientId = '';
async function fabrikam(app: App) {
  clientId = (
    await app.createClient({
      client: { name: 'Fabrikam', domains: ['fabrikam.ua'] },
      contacts: [
        { name: 'Олена Коваль', position: '', emails: ['olena.koval@fabrikam.ua'], phones: [] },
        { name: 'Taras Shevchuk', position: '', emails: ['Taras.Shevchuk@fabrikam.ua'], phones: [] },
      ],
    })
  ).id;
}

async function recordFromMessage(from: { name: string; email: string }, language: 'en' | 'uk' = 'en') {
  const item = aReadItem({ from });
  const { user } = await renderPane(<MessagePanel item={item} />, { host: new FakeMailHost({ item, displayLanguage: language === 'uk' ? 'uk-UA' : 'en-GB' }), seed: fabrikam });
  await user.click(await screen.findByRole('button', { name: language === 'uk' ? 'Записати контакт' : 'Record contact' }));
  return screen.getByRole('form', { name: language === 'uk' ? 'Записати контакт' : 'Record contact' });
}

describe('Record contact on the open message’s card', () => {
  it('starts with the sender chosen when they are one of the client’s contact persons', async () => {
    const form = await recordFromMessage({ name: 'Taras Shevchuk', email: 'taras.shevchuk@fabrikam.ua' });
    expect(within(form).getByRole('combobox', { name: 'Contact' })).toHaveDisplayValue('Taras Shevchuk');
  });

  it('does so in Ukrainian', async () => {
    const form = await recordFromMessage({ name: 'Олена Коваль', email: 'olena.koval@fabrikam.ua' }, 'uk');
    expect(within(form).getByRole('combobox', { name: 'Контактна особа' })).toHaveDisplayValue('Олена Коваль');
  });

  it('starts with no contact person when the sender is not one (a colleague of theirs matched by domain)', async () => {
    const form = await recordFromMessage({ name: 'Petro Bondar', email: 'petro.bondar@fabrikam.ua' });
    expect(within(form).getByRole('combobox', { name: 'Contact' })).toHaveDisplayValue('No contact person');
  });
});

describe('Record contact on a client’s History, no message at hand', () => {
  it.each([
    ['en-GB', 'Record contact', 'Contact', 'No contact person'],
    ['uk-UA', 'Записати контакт', 'Контактна особа', 'Без контактної особи'],
  ])('starts with no contact person (%s)', async (displayLanguage, record, contact, nobody) => {
    const item = aReadItem({ from: { name: 'Taras Shevchuk', email: 'taras.shevchuk@fabrikam.ua' } });
    const Screen = () => <ClientScreen clientId={clientId} tab="history" />;
    const { user } = await renderPane(<Screen />, { host: new FakeMailHost({ item, displayLanguage }), seed: fabrikam });
    await user.click(await screen.findByRole('button', { name: record }));
    expect(within(screen.getByRole('form', { name: record })).getByRole('combobox', { name: contact })).toHaveDisplayValue(nobody);
  });
});
