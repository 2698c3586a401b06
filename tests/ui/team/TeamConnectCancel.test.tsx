/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AccessTokenSource } from '../../../src/adapters/auth/AccessTokenSource';
import { TeamSection } from '../../../src/taskpane/modules/team/components/TeamSection';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderTeamPane, typeSettingsAndConnect } from './support/renderTeamPane';

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

async function connectTo(graph: ReturnType<typeof hungGraph>, { host, tokens = signedIn, ui = <TeamSection /> }: { host?: FakeMailHost; tokens?: AccessTokenSource; ui?: ReactNode } = {}) {
  globalThis.fetch = graph.fetch as unknown as typeof fetch;
  const pane = await renderTeamPane(ui, { tokens, online: () => true, host });
  await typeSettingsAndConnect(pane.user, host?.displayLanguage() === 'uk-UA');
  if (tokens === signedIn) await waitFor(() => expect(graph.calls).toHaveLength(1));
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
    const { user, app } = await connectTo(graph, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
    expect(await screen.findByText('Спільне сховище не відповіло — пробуємо ще раз (2 з 5)…')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Скасувати' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Підключення скасовано.');
    expect(screen.getByRole('button', { name: 'Підключити' })).toHaveFocus();
    // The site asked for a second's pause: past it, no second try went out.
    await wait(1300);
    expect(graph.calls).toHaveLength(1);
    expect(app.team!.connection()).toBeNull();
  });

  describe('with Escape', () => {
    const unavailable = { ok: false, status: 503, statusText: 'Service Unavailable', headers: { get: (name: string) => (name.toLowerCase() === 'retry-after' ? '1' : null) }, text: async () => '' };
    /** Escape handlers further up, as a leave guard or a dialog has: they must not act on the press that cancels. */
    let heard: string[];
    const onDocument = (e: KeyboardEvent) => {
      if (e.key === 'Escape') heard.push('document');
    };
    const guarded = (
      <div onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && heard.push('leave guard')}>
        <TeamSection />
      </div>
    );
    beforeEach(() => {
      heard = [];
      document.addEventListener('keydown', onDocument);
    });
    afterEach(() => document.removeEventListener('keydown', onDocument));

    it('cancels while the team store does not answer, as Cancel does, and the press goes no further', async () => {
      const graph = hungGraph(() => unavailable);
      const { user, app } = await connectTo(graph, { ui: guarded });
      expect(await screen.findByText('The team store did not answer — trying again (2 of 5)…')).toBeInTheDocument();

      await user.keyboard('{Escape}');
      expect(await screen.findByRole('status')).toHaveTextContent('Connecting was cancelled.');
      expect(screen.queryByText(/trying again/)).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Connect' })).toHaveFocus();
      expect(screen.getByRole('textbox', { name: /SharePoint site address/ })).toHaveValue('https://contoso.sharepoint.com/sites/sales');
      expect(screen.getByRole('textbox', { name: /Tenant/ })).toHaveValue('contoso.onmicrosoft.com');
      expect(heard).toEqual([]);
      await wait(1300);
      expect(graph.calls).toHaveLength(1);
      expect(app.team!.connection()).toBeNull();

      // With nothing left to cancel, Escape is the rest of the pane's again.
      await user.keyboard('{Escape}');
      expect(heard).toEqual(['leave guard', 'document']);
    });

    it('cancels the wait for sign-in, in Ukrainian too', async () => {
      const graph = hungGraph();
      const signingIn: AccessTokenSource = { configured: true, getToken: () => new Promise<string>(() => undefined) };
      const { user, app } = await connectTo(graph, { tokens: signingIn, ui: guarded, host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });
      // The site check's first call is what asks for the sign-in window.
      expect(await screen.findByText('Перевіряємо списки на сайті…')).toBeInTheDocument();

      await user.keyboard('{Escape}');
      expect(await screen.findByRole('status')).toHaveTextContent('Підключення скасовано.');
      expect(screen.getByRole('button', { name: 'Підключити' })).toHaveFocus();
      expect(heard).toEqual([]);
      expect(graph.calls).toHaveLength(0);
      expect(app.team!.connection()).toBeNull();
    });
  });
});
