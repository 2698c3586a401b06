/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { SettingsScreen } from '../../../src/taskpane/modules/settings/components/SettingsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

describe('Settings: a picklist change the role check refuses', () => {
  it.each([
    ['en', undefined, 'Move Kyiv down', 'The change was not saved: your role in the team does not allow this; ask the head of sales.'],
    ['uk', new FakeMailHost({ displayLanguage: 'uk-UA' }), 'Перемістити вниз: Київ', 'Зміну не збережено: ваша роль у команді цього не дозволяє; зверніться до керівника відділу продажів.'],
  ])('says why in the pane’s language (%s), never the role check’s English', async (_, host, move, said) => {
    const { user, dbName } = await renderPane(<SettingsScreen />, { host });
    const button = await screen.findByRole('button', { name: move });
    // Made a sales manager by the head of sales while Settings was open.
    await new ClientbookDb(dbName).members.put({ id: 'm-1', email: 'me@clientbook.example', name: 'Maria Koval', role: 'manager', createdAt: '', updatedAt: '' });
    await user.click(button);
    expect((await screen.findAllByText(said)).length).toBeGreaterThan(0);
    expect(document.body).not.toHaveTextContent(/cannot do this|head-of-sales|NotAllowed/);
  });
});
