/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoot, type Root } from 'react-dom/client';
import type { FirstCard } from '../../../src/app/firstCard';
import { drawFirstPaint } from '../../../src/taskpane/firstPaint/drawFirstPaint';
import { FirstPaintHandover } from '../../../src/taskpane/firstPaint/FirstPaintHandover';
import { I18nProvider } from '../../../src/taskpane/i18n/I18nProvider';
import { initI18n, type I18n } from '../../../src/taskpane/i18n/i18n';
import { ClientSummaryCard } from '../../../src/taskpane/modules/message/components/ClientSummaryCard';
import { formatDate } from '../../../src/taskpane/ui/localDates';
import { aClient } from '../../support/builders/aClient';
import { drawnByReact, HomeWithCard } from '../../support/homeWithCard';

// What the app's own card says of the next contact: its date is kept whole, and with the dot after it, by non-breaking spaces.
const nextContact = `${formatDate('2099-03-02', 'en-GB')} ·\u00a0Meeting`;

const me = { email: 'me@clientbook.example', displayName: 'Maria Koval' };
const fabrikam = aClient({ name: 'Fabrikam', status: 'customer', owner: 'petro@clientbook.example' });
const card: FirstCard = {
  client: fabrikam,
  next: { due: '2099-03-02', kind: 'meeting', kindLabels: { en: 'Meeting', uk: 'Зустріч' } },
  members: [{ id: 'm1', email: 'petro@clientbook.example', name: 'Petro Bondar', role: 'manager', createdAt: '', updatedAt: '' }],
};

describe('the first paint and its hand-over to the app', () => {
  let container: HTMLElement;
  let appRoot: Root | null = null;
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    act(() => appRoot?.unmount());
    appRoot = null;
    document.body.innerHTML = '';
  });

  const firstPaint = async (i18n: I18n, drawn = card) => new FirstPaintHandover(container, drawFirstPaint({ card: drawn, me, language: i18n.language, locale: i18n.locale, theme: webLightTheme, now: new Date() }));
  /** What the app draws into its frame: the same card once its records are in, with its own button. */
  const drawApp = (frame: HTMLElement, i18n: I18n, nextContact: string | null, onOpen: () => void) =>
    act(() => {
      appRoot ??= createRoot(frame);
      appRoot.render(
        <FluentProvider theme={webLightTheme}>
          <I18nProvider i18n={i18n}>
            <ClientSummaryCard client={fabrikam} owner="Petro Bondar" nextContact={nextContact} onOpen={onOpen} />
          </I18nProvider>
        </FluentProvider>,
      );
    });

  it("draws home's header and the client's card: status, the owner's name from the team, the next contact", async () => {
    await firstPaint(await initI18n('en'));

    expect(screen.getByRole('heading', { level: 1, name: 'Clientbook' })).toBeInTheDocument();
    const drawn = screen.getByRole('group');
    expect(within(drawn).getByRole('heading', { name: 'Fabrikam' })).toBeInTheDocument();
    expect(drawn).toHaveTextContent('Customer');
    expect(drawn).toHaveTextContent('OwnerPetro Bondar');
    expect(drawn).toHaveTextContent('Next contact2 Mar 2099 · Meeting');
    expect(within(drawn).getByRole('button', { name: 'Open card' })).toBeInTheDocument();
  });

  it('says a next contact whose day has passed is overdue, in the words the app’s card uses', async () => {
    const late = { ...card, next: { ...card.next!, due: '2020-01-15' } };
    await firstPaint(await initI18n('en'), late);
    expect(screen.getByRole('group')).toHaveTextContent('Next contactOverdue since 15 Jan 2020 · Meeting');
    document.body.innerHTML = '';
    container = document.body.appendChild(document.createElement('div'));

    await firstPaint(await initI18n('uk'), late);
    expect(screen.getByRole('group')).toHaveTextContent('Наступний контактТермін минув 15 січ. 2020 р. · Зустріч');
  });

  it('speaks Ukrainian in a Ukrainian pane', async () => {
    await firstPaint(await initI18n('uk'));

    expect(screen.getByRole('group')).toHaveTextContent('Зустріч');
    expect(screen.getByRole('button', { name: 'Відкрити картку' })).toBeInTheDocument();
  });

  it('is what the app’s own components draw for that card, to the class', async () => {
    const i18n = await initI18n('en');
    await firstPaint(i18n);
    const app = document.createElement('div');
    app.innerHTML = drawnByReact(<HomeWithCard card={<ClientSummaryCard client={fabrikam} owner="Petro Bondar" nextContact={nextContact} onOpen={() => undefined} />} />, i18n);

    for (const part of ['header', 'main', '[role="group"]']) expect(container.querySelector(part)?.outerHTML).toBe(app.querySelector(part)?.outerHTML);
    // The provider's own class only names the style tag React adds; the first paint sets the theme on the element.
    const classes = (root: Element) => [...(root.querySelector('.fui-FluentProvider')?.classList ?? [])].filter((c) => !c.startsWith('fui-FluentProvider_'));
    expect(classes(container)).toEqual(classes(app));
  });

  it('draws a name that holds markup as text', async () => {
    const hostile = { ...card, client: aClient({ name: '<img src=x onerror="window.pwned=1"> & {{owner}}', status: 'lead', owner: '' }) };
    await firstPaint(await initI18n('en'), hostile);

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('<img src=x onerror="window.pwned=1"> & {{owner}}');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('group')).toHaveTextContent('Lead');
    expect(screen.getByRole('group')).toHaveTextContent('Owner—');
  });

  it('takes Outlook’s theme: its colours are the provider’s variables', () => {
    const drawn = drawFirstPaint({ card, me, language: 'en', locale: 'en-GB', theme: webDarkTheme, now: new Date() });
    const provider = drawn.querySelector<HTMLElement>('.fui-FluentProvider');

    expect(provider?.style.getPropertyValue('--colorNeutralBackground1')).toBe(webDarkTheme.colorNeutralBackground1);
  });

  /** The first paint, and behind it the app, whose card does not show the next contact yet. */
  const handingOver = async () => {
    const i18n = await initI18n('en');
    const handover = await firstPaint(i18n);
    const frame = handover.appFrame();
    const open = jest.fn();
    await drawApp(frame, i18n, null, open);
    return { i18n, handover, frame, open };
  };

  it('keeps the app hidden until it shows the same card, then presses the button pressed meanwhile, once', async () => {
    const { i18n, handover, frame, open } = await handingOver();
    let done = false;
    const handedOver = handover.handOver(frame, 10_000).then(() => (done = true));

    await userEvent.click(screen.getByRole('button', { name: 'Open card' }));
    expect(open).not.toHaveBeenCalled();
    expect(frame).toHaveAttribute('aria-hidden', 'true');
    expect(frame.inert).toBe(true);
    // The app's card still says nothing is planned: showing it now would change what the user sees.
    await act(() => Promise.resolve());
    expect(done).toBe(false);

    await drawApp(frame, i18n, nextContact, open);
    await act(() => handedOver);

    expect(frame).not.toHaveAttribute('aria-hidden');
    expect(frame.inert).toBe(false);
    expect(screen.getAllByRole('group')).toHaveLength(1);
    expect(within(frame).getByRole('button', { name: 'Open card' })).toHaveFocus();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('shows the app after a while even when its card never matches, and then presses nothing not pressed', async () => {
    const { handover, frame, open } = await handingOver();

    await act(() => handover.handOver(frame, 20));

    expect(screen.getAllByRole('group')).toHaveLength(1);
    expect(frame).toHaveTextContent('None planned');
    expect(open).not.toHaveBeenCalled();
  });

  it('shows the app at once when another message is opened while it waits for the card', async () => {
    const { handover, frame } = await handingOver();
    const handedOver = handover.handOver(frame, 10_000);

    handover.outdated();
    await act(() => handedOver);

    expect(frame).not.toHaveAttribute('aria-hidden');
    expect(screen.getAllByRole('group')).toHaveLength(1);
  });

  it('shows the app at once when another message was opened before the hand-over began', async () => {
    const { handover, frame } = await handingOver();

    handover.outdated();
    await act(() => handover.handOver(frame, 10_000));

    expect(frame).not.toHaveAttribute('aria-hidden');
    expect(screen.getAllByRole('group')).toHaveLength(1);
  });
});
