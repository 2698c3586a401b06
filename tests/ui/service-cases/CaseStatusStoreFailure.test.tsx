/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { ServiceCasesTab } from '../../../src/taskpane/modules/service-cases/components/ServiceCasesTab';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { writeFailsAt } from '../../support/writeFailsAt';

jest.setTimeout(30_000);

const refused = 'Clientbook could not read or write its data on this device; if it happens again, tell your administrator.';
const refusedUk = 'Clientbook не зміг прочитати чи записати дані на цьому пристрої; якщо це повториться, зверніться до адміністратора.';
const code = 'Error code for your administrator: UnknownError';
const codeUk = 'Код помилки для адміністратора: UnknownError';

/** The failure shown, its code on a line of its own; none of "Could not save" nor "still in the form": no form was being saved. */
async function expectSaid(sentence: string, codeLine: string) {
  const alert = await screen.findByText(sentence, { exact: false });
  expect(alert).toHaveTextContent(`${sentence}${codeLine}`, { normalizeWhitespace: false });
  expect(within(alert).getByText(codeLine)).toBeInTheDocument();
  expect(document.body).not.toHaveTextContent(/Could not save|still in the form|Не вдалося зберегти|лишилися у формі|Disk I\/O/);
}

function CasesFor({ get }: { get: () => string }) {
  return <ServiceCasesTab clientId={get()} contacts={[]} />;
}

describe('a service case’s status change the local store refuses', () => {
  it('says the status could not be changed, the code on a line of its own, in English and in Ukrainian', async () => {
    for (const [host, words] of [
      [undefined, { details: 'Details of Pump noise', status: 'Status', resolved: 'Resolved', change: 'Change status', said: `The status could not be changed: ${refused}`, code }],
      [new FakeMailHost({ displayLanguage: 'uk-UA' }), { details: 'Подробиці: Pump noise', status: 'Стан', resolved: 'Вирішене', change: 'Змінити стан', said: `Не вдалося змінити стан: ${refusedUk}`, code: codeUk }],
    ] as const) {
      let clientId = '';
      const { user, unmount } = await renderPane(<CasesFor get={() => clientId} />, {
        host,
        seed: async (a) => {
          clientId = (await a.createClient({ client: { name: 'Contoso' }, contacts: [] })).id;
          await a.deals.openServiceCase({ clientId, title: 'Pump noise', description: '', severity: 'normal', openedOn: '2026-03-02' });
        },
      });
      const item = await screen.findByRole('listitem', { name: 'Pump noise' });
      await user.click(within(item).getByRole('button', { name: words.details }));
      await user.selectOptions(within(item).getByRole('combobox', { name: words.status }), words.resolved);
      const broken = writeFailsAt('serviceCases', 'UnknownError');
      try {
        await user.click(within(item).getByRole('button', { name: words.change }));
        await expectSaid(words.said, words.code);
      } finally {
        broken.mend();
      }
      unmount();
    }
  });
});
