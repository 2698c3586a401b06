/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { DemoComposeWindow } from '../../../src/adapters/office/demo/DemoComposeWindow';
import type { App } from '../../../src/app/createApp';
import { NewEmailFromTemplate } from '../../../src/taskpane/modules/mailings/components/NewEmailFromTemplate';
import { FakeDocumentLibrary } from '../../support/fakeDocumentLibrary';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/**
 * "New email from template" with the team library out of reach: the terms are kept on this
 * computer, the price list is not, so the new email can carry only the terms.
 */
async function openNewEmail(displayLanguage: string) {
  const library = new FakeDocumentLibrary();
  const compose = new DemoComposeWindow();
  const seed = async (app: App) => {
    const price = await library.upload({ name: 'price-list.pdf', contentType: 'application/pdf', bytes: bytes('%PDF-1.4 price list') });
    const terms = await library.upload({ name: 'terms.txt', contentType: 'text/plain', bytes: bytes('Terms') });
    await app.mailings!.saveTemplate({
      name: 'Autumn offer',
      subject: 'Offer',
      bodyHtml: '<p>Hello</p>',
      attachments: [price, terms].map((d) => ({ documentId: d.id, name: d.name, contentType: d.contentType, size: d.size })),
    });
    library.from = 'cache';
    library.kept.delete(price.id);
  };
  const uk = displayLanguage.startsWith('uk');
  const { user } = await renderPane(<NewEmailFromTemplate clientId="" contact={null} />, { host: new FakeMailHost({ displayLanguage }), mailing: { compose, documents: library }, seed });
  await user.selectOptions(await screen.findByRole('combobox', { name: uk ? 'Новий лист за шаблоном' : 'New email from template' }), 'Autumn offer');
  await user.click(screen.getByRole('button', { name: uk ? 'Відкрити' : 'Open' }));
  return compose;
}

describe('New email from template with a document it cannot read', () => {
  it('opens the email with the rest and says which document is not on it, why, and to attach it by hand', async () => {
    const compose = await openNewEmail('en-GB');
    const list = await screen.findByRole('list', { name: 'New email opened. Some documents are not attached' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['price-list.pdf — the document could not be read (offline, or removed from the library)']);
    expect(screen.getByText('Attach these by hand (Insert › Attach file):')).toBeInTheDocument();
    expect(compose.draft()!.attachments.map((a) => a.name)).toEqual(['terms.txt']);
    // A warning beside an email that did open, not a failure to open it.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says it in Ukrainian', async () => {
    await openNewEmail('uk-UA');
    const list = await screen.findByRole('list', { name: 'Новий лист відкрито. Деякі документи не вкладено' });
    expect(list).toHaveTextContent('price-list.pdf — документ не вдалося прочитати (немає зв’язку або його вилучено з бібліотеки)');
    expect(screen.getByText('Вкладіть їх вручну (Вставлення › Вкласти файл):')).toBeInTheDocument();
  });
});
