import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ReactNode } from 'react';
import { initI18nFor } from '../../../../src/taskpane/i18n/i18n';
import { I18nProvider } from '../../../../src/taskpane/i18n/I18nProvider';
import { AppContext } from '../../../../src/taskpane/ui/AppContext';
import type { GraphEmulator, InjectedFailure } from '../../../support/graph-emulator/GraphEmulator';
import { openTeamPane, startEmulator, type TeamPane } from '../../../integration/team/support/aTeamPane';

/**
 * Each test's Graph emulator and a pane wired by openApp against it, in the given display language;
 * both stop after the test, after `undo` has put back what the test changed in the browser.
 */
export function emulatedPanes() {
  let opened: { emulator: GraphEmulator; pane: TeamPane } | null = null;
  let undo: (() => void) | null = null;
  afterEach(async () => {
    undo?.();
    undo = null;
    const closing = opened;
    opened = null;
    await closing?.pane.team.disconnect();
    await closing?.emulator.stop();
  });
  return {
    async open(language: 'en-GB' | 'uk-UA') {
      const emulator = await startEmulator();
      const pane = await openTeamPane(emulator);
      pane.host.language = language;
      opened = { emulator, pane };
      return opened;
    },
    /** Pane UI over the pane, in the host's display language. */
    async render(pane: TeamPane, ui: ReactNode) {
      // Live queries answer from IndexedDB and Graph outside act(); findBy/waitFor wait for them.
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
      const i18n = await initI18nFor(pane.host.displayLanguage());
      const result = render(
        <FluentProvider theme={webLightTheme}>
          <I18nProvider i18n={i18n}>
            <AppContext.Provider value={pane.app}>{ui}</AppContext.Provider>
          </I18nProvider>
        </FluentProvider>,
      );
      return { ...result, user: userEvent.setup() };
    },
    /**
     * The next call to the mailbox (/me/…) answers `failure` as Graph does, whatever the pane's sync
     * sends meanwhile: emulator.failNext fails whichever call comes first.
     */
    failNextMailCall(failure: InjectedFailure) {
      if (!opened) throw new Error('Open a pane first.');
      const emulator = opened.emulator as unknown as { serve: (req: IncomingMessage, res: ServerResponse) => Promise<void> };
      const serve = emulator.serve.bind(emulator);
      emulator.serve = async (req, res) => {
        if (!req.url?.startsWith('/v1.0/me/')) return serve(req, res);
        // Once: the emulator's own serve (its prototype's) answers again.
        delete (emulator as Partial<typeof emulator>).serve;
        const code = failure.status === 429 ? 'TooManyRequests' : failure.status === 503 ? 'serviceNotAvailable' : 'generalException';
        const retryAfter: Record<string, string> = failure.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(failure.retryAfterSeconds) };
        res.writeHead(failure.status, { 'Content-Type': 'application/json', ...retryAfter });
        res.end(JSON.stringify({ error: { code, message: 'Injected failure' } }));
      };
    },
    /** Put back after the test even when it fails; the test may call what it returns sooner. */
    afterwards(put: () => void) {
      undo = put;
      return () => {
        put();
        undo = null;
      };
    },
  };
}
