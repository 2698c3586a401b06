/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

async function seed(app: App) {
  await app.createClient({
    client: { name: 'Contoso', region: 'kyiv', industry: 'retail', mailingConsent: 'granted', domains: ['contoso.com'] },
    contacts: [{ name: 'Olena Petrenko', position: '', emails: ['olena@contoso.com'], phones: [] }],
  });
}

async function anyOptions(displayLanguage: string, labels: [string, string, string], tab: string) {
  const { user } = await renderPane(<MailingsScreen />, { host: new FakeMailHost({ displayLanguage }), seed });
  await user.click(await screen.findByRole('tab', { name: tab }));
  return labels.map((label) => {
    const select = screen.getByRole('combobox', { name: label }) as HTMLSelectElement;
    return select.options[0]!.textContent;
  });
}

describe('BulkMailing: each filter’s “any” option agrees with its noun', () => {
  it('reads Будь-який for Регіон and Статус, Будь-яка for Галузь', async () => {
    expect(await anyOptions('uk-UA', ['Регіон', 'Галузь', 'Статус'], 'Масова розсилка')).toEqual(['Будь-який', 'Будь-яка', 'Будь-який']);
  });

  it('reads Any for each filter in English', async () => {
    expect(await anyOptions('en-GB', ['Region', 'Industry', 'Status'], 'Bulk mailing')).toEqual(['Any', 'Any', 'Any']);
  });
});
