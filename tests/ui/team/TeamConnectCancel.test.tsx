/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import type { AccessTokenSource } from '../../../src/adapters/auth/AccessTokenSource';
import { TeamSection } from '../../../src/taskpane/modules/team/components/TeamSection';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderTeamPane } from './support/renderTeamPane';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const signedIn: AccessTokenSource = { configured: true, getToken: async () => 'token' };

type Call = { url: string; signal: AbortSignal | null | undefined };

/**
 * Graph on a hung network: each call waits until its signal stops it, as fetch does; `answer`, when
 * given, answers instead (a throttled or unavailable site).
 */
function hungGraph(answer?: () => unknown) {
  const calls: Call[] = [];
  const fetch = (url: string, init: { signal?: AbortSignal | null } = {}) => {
    calls.push({ url, signal: init.signal });
    if (answer) return Promise.resolve(answer());
    return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
  };
  return { calls, fetch };
}

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

async function connectTo(graph: ReturnType<typeof hungGraph>, host?: FakeMailHost) {
  globalThis.fetch = graph.fetch as unknown as typeof fetch;
  const pane = await renderTeamPane(<TeamSection />, { tokens: signedIn, online: () => true, host });
  const uk = host?.displayLanguage() === 'uk-UA';
  await pane.user.type(screen.getByRole('textbox', { name: uk ? /Адреса сайту SharePoint/ : /SharePoint site address/ }), 'https://contoso.sharepoint.com/sites/sales');
  await pane.user.type(screen.getByRole('textbox', { name: uk ? /Ідентифікатор реєстрації/ : /App registration \(client\) id/ }), '11111111-2222-3333-4444-555555555555');
  await pane.user.type(screen.getByRole('textbox', { name: uk ? /Тенант/ : /Tenant/ }), 'contoso.onmicrosoft.com');
  await pane.user.click(screen.getByRole('button', { name: uk ? 'Підключити' : 'Connect' }));
  await waitFor(() => expect(graph.calls).toHaveLength(1));
  return pane;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Settings → Team store: cancelling Connect', () => {
  it('stops a check the site never answers at once, keeping what was typed and writing nothing', async () => {
    const graph = hungGraph();
    const { user, app } = await connectTo(graph);
    expect(screen.getByText('Checking the lists on the site…')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Connecting was cancelled.');
    expect(screen.queryByText('Checking the lists on the site…')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Connect' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: /SharePoint site address/ })).toHaveValue('https://contoso.sharepoint.com/sites/sales');
    expect(screen.getByRole('textbox', { name: /App registration \(client\) id/ })).toHaveValue('11111111-2222-3333-4444-555555555555');
    expect(screen.getByRole('textbox', { name: /Tenant/ })).toHaveValue('contoso.onmicrosoft.com');

    // The hung request itself was stopped, and nothing tries again behind the user's back.
    expect(graph.calls[0]!.signal?.aborted).toBe(true);
    await wait(600);
    expect(graph.calls).toHaveLength(1);
    expect(app.team!.connection()).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when it tries again, and Cancel ends the wait before the next try, in Ukrainian too', async () => {
    const unavailable = { ok: false, status: 503, statusText: 'Service Unavailable', headers: { get: (name: string) => (name.toLowerCase() === 'retry-after' ? '1' : null) }, text: async () => '' };
    const graph = hungGraph(() => unavailable);
    const { user, app } = await connectTo(graph, new FakeMailHost({ displayLanguage: 'uk-UA' }));
    expect(await screen.findByText('Спільне сховище не відповіло — пробуємо ще раз (2 з 5)…')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Скасувати' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Підключення скасовано.');
    expect(screen.getByRole('button', { name: 'Підключити' })).toHaveFocus();
    // The site asked for a second's pause: past it, no second try went out.
    await wait(1300);
    expect(graph.calls).toHaveLength(1);
    expect(app.team!.connection()).toBeNull();
  });
});
