/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { TeamSection } from '../../../src/taskpane/modules/team/components/TeamSection';
import { FakeMailHost } from '../../support/fakeMailHost';
import { aToken, browserSignIn, FakeMsalClient, msalError } from '../../unit/auth/support/FakeMsalClient';
import { renderTeamPane, typeSettingsAndConnect } from './support/renderTeamPane';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

/** Graph on a hung network: the site check waits until Cancel stops it. */
function hungGraph() {
  const urls: string[] = [];
  globalThis.fetch = ((url: string, init: { signal?: AbortSignal | null } = {}) => {
    urls.push(url);
    return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
  }) as unknown as typeof fetch;
  return urls;
}

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

async function connectWith(client: FakeMsalClient, language: 'en-GB' | 'uk-UA' = 'en-GB') {
  const pane = await renderTeamPane(<TeamSection />, { tokens: browserSignIn(client), online: () => true, host: new FakeMailHost({ displayLanguage: language }) });
  await typeSettingsAndConnect(pane.user, language === 'uk-UA');
  return pane;
}

describe('Settings → Team store: Connect when the sign-in window cannot open', () => {
  it('signs in after a pane reloaded in the middle of a sign-in, where every Connect used to fail at once', async () => {
    const graph = hungGraph();
    const client = new FakeMsalClient().popupAnswers(aToken('token'));
    // MSAL's mark of a sign-in in progress, left in sessionStorage by the sign-in the reload cut short.
    client.interactionInProgress = true;
    const { user } = await connectWith(client);

    expect(await screen.findByText('Checking the lists on the site…')).toBeInTheDocument();
    await waitFor(() => expect(graph).toHaveLength(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
  });

  it('says in Ukrainian that a sign-in window is already open, with no English from the library in it', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('interaction_in_progress'), msalError('interaction_in_progress'));
    await connectWith(client, 'uk-UA');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Вікно входу вже відкрите. Завершіть вхід у ньому або закрийте його, а тоді знову натисніть «Підключити».');
    expect(alert.textContent).not.toMatch(/[A-Za-z]/);
  });

  it('says what to do when the browser blocks the sign-in window', async () => {
    await connectWith(new FakeMsalClient().popupAnswers(msalError('empty_window_error')));

    expect(await screen.findByRole('alert')).toHaveTextContent('The browser blocked the sign-in window. Allow pop-ups for this site, then choose Connect again.');
  });

  it('says in Ukrainian that there is no connection when the sign-in gets no answer', async () => {
    await connectWith(new FakeMsalClient().popupAnswers(msalError('no_network_connectivity')), 'uk-UA');

    expect(await screen.findByRole('alert')).toHaveTextContent('Немає з’єднання з Microsoft 365. Перевірте мережу і підключіть знову.');
  });

  it('gives an unknown sign-in failure its code on a line of its own, never the library’s English sentence', async () => {
    const client = new FakeMsalClient().popupAnswers(msalError('post_request_failed', 'Network request failed: please check network connectivity.'));
    await connectWith(client, 'uk-UA');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Не вдалося підключити\. Спробуйте ще раз; якщо знову не вийде, зверніться до адміністратора Microsoft 365\.Код помилки для адміністратора: post_request_failed$/);
    expect(screen.getByText('Код помилки для адміністратора: post_request_failed')).toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/Network request failed|Sign-in did not finish/);
  });
});
