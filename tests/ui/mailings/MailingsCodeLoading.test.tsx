/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { act, fireEvent, screen } from '@testing-library/react';
import { StrictMode, Suspense, useState } from 'react';
import type { App } from '../../../src/app/createApp';
import { openApp } from '../../../src/app/openApp';
import { MailingsScreen } from '../../../src/taskpane/modules/mailings/components/MailingsScreen';
import { AppContext } from '../../../src/taskpane/ui/AppContext';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

let seq = 0;

/** An app whose mailing code has not loaded yet, as in a pane that has just opened. */
async function aFreshApp() {
  return openApp(new FakeMailHost(), { dbName: `mailings-loading-${process.pid}-${++seq}` });
}

/** A pane (in StrictMode, as the real one) that opens the mailings screen on demand and can leave it again. */
function PaneWithMailings({ app }: { app: App }) {
  const [open, setOpen] = useState(false);
  return (
    <AppContext.Provider value={app}>
      <button onClick={() => setOpen(!open)}>{open ? 'Home' : 'Mailings'}</button>
      <Suspense fallback={<p>Loading</p>}>{open ? <MailingsScreen /> : <p>Home screen</p>}</Suspense>
    </AppContext.Provider>
  );
}

describe('Mailings screen while its code loads', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error');
  });
  afterEach(() => consoleError.mockRestore());

  it('shows the screen once its code has loaded, and at once when opened again, without React warnings', async () => {
    const app = await aFreshApp();
    const { user } = await renderPane(
      <StrictMode>
        <PaneWithMailings app={app} />
      </StrictMode>,
    );
    expect(app.mailings!.loaded()).toBeNull();
    // The screen suspends until the mailing code has arrived; act lasts until then.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Mailings' }));
      await app.mailings!.load();
    });
    expect(await screen.findByRole('button', { name: 'New template' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Home' }));
    expect(screen.getByText('Home screen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mailings' }));
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Templates' })).toBeInTheDocument();
    // React reports a conditional or uncached use() on console.error.
    expect(consoleError).not.toHaveBeenCalled();
  });
});
