/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { MessagePanel } from '../../../src/taskpane/modules/message/components/MessagePanel';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';
import { aReadItem } from '../../support/builders/aReadItem';

jest.setTimeout(20_000);

/** Outlook refusing the body, in its own English, as Office.js rejects. */
class BodylessHost extends FakeMailHost {
  override async getBody(): Promise<never> {
    throw new Error('getBodyAsync failed: The operation failed because the item is being downloaded.');
  }
}

async function logWithoutBody(language: 'en-GB' | 'uk-UA') {
  const item = aReadItem({ from: { name: 'Taras', email: 'taras@fabrikam.ua' } });
  const { user } = await renderPane(<MessagePanel item={item} />, {
    host: new BodylessHost({ item, displayLanguage: language }),
    seed: async (app) => {
      await app.createClient({ client: { name: 'Fabrikam', domains: ['fabrikam.ua'] }, contacts: [] });
    },
  });
  await user.click(await screen.findByRole('button', { name: language === 'uk-UA' ? 'Записати в історію' : 'Log email' }));
  return user;
}

describe('Log email when Outlook does not give the message’s text', () => {
  it('says so and what to do instead, without Outlook’s English, and logging without the text then works', async () => {
    const user = await logWithoutBody('en-GB');

    const said = await screen.findByText(/^The email could not be logged/);
    expect(said).toHaveTextContent(
      /^The email could not be logged: Outlook did not give its text\. Try again; if it fails again, choose “Who, when and thread only” under What the history keeps and log it without the text\.$/,
    );

    await user.selectOptions(screen.getByLabelText('What the history keeps'), 'Who, when and thread only');
    await user.click(screen.getByRole('button', { name: 'Log email' }));
    expect(await screen.findByText('Logged to Fabrikam')).toBeInTheDocument();
  });

  it('says so in Ukrainian, with no English in it', async () => {
    await logWithoutBody('uk-UA');

    const said = await screen.findByText(/^Не вдалося записати лист/);
    expect(said).toHaveTextContent('Не вдалося записати лист: Outlook не віддав його текст. Спробуйте ще раз; якщо знову не вийде, виберіть «Лише хто, коли і листування» в полі «Що зберігає історія» і запишіть лист без тексту.');
    expect(said.textContent?.replace(/Outlook/g, '')).not.toMatch(/[A-Za-z]/);
  });
});
