/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

async function wonDeal(app: App, name: string) {
  const client = await app.createClient({ client: { name, domains: [`${name.toLowerCase()}.example`] }, contacts: [] });
  const deal = await app.deals.create({ clientId: client.id, title: `${name} seats`, currency: 'UAH', amountMinor: 1000_00 });
  await app.deals.closeAsWon(deal.id);
}

/** An earlier pane start showed the dashboard with one won deal (kept at 09:00). */
async function keepOneWonDeal(app: App) {
  await wonDeal(app, 'Contoso');
  await (await app.analytics!.open()).dashboard({ from: '2025-04-01', to: '2026-03-31' }, null);
  // The answers are kept in the background.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Fresh figures held back until the returned `release`, as a big store's read would hold them. */
function holdFreshFigures(app: App) {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const begin = app.analytics!.begin;
  app.analytics!.begin = async (options) => {
    const started = await begin(options);
    return { ...started, fresh: gate.then(() => started.fresh) };
  };
  return () => release();
}

/** An earlier pane start showed the dashboard with one won deal (kept at 09:00); a second deal was won since. */
async function seedKeptDashboard(app: App) {
  await keepOneWonDeal(app);
  await wonDeal(app, 'Fabrikam');
  return holdFreshFigures(app);
}

describe('AnalyticsScreen after a pane restart', () => {
  it('shows the kept figures at once, says when they were computed, and replaces them with fresh ones', async () => {
    let release = () => undefined as void;
    await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: async (app) => void (release = await seedKeptDashboard(app)) });
    expect(await screen.findByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    expect(screen.getByTestId('analytics-as-of')).toHaveTextContent('Figures as of 09:00 — updating…');
    release();
    expect(await screen.findByRole('button', { name: /Deals won\s*2/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('analytics-as-of')).toBeNull());
  });

  it('shows the kept figures as they are, with no "updating" line, when nothing was written since they were computed', async () => {
    await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: keepOneWonDeal });
    expect(await screen.findByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    expect(screen.queryByTestId('analytics-as-of')).toBeNull();
    expect(screen.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  });

  it('has the store read ahead once the kept figures are on screen, so a figure they do not hold needs no wait for it', async () => {
    const readsAhead: string[] = [];
    await renderPane(<AnalyticsScreen />, {
      route: { screen: 'analytics' },
      seed: async (app) => {
        await keepOneWonDeal(app);
        const begin = app.analytics!.begin;
        app.analytics!.begin = async (options) => {
          const started = await begin(options);
          return { ...started, readAhead: () => void readsAhead.push(screen.queryByRole('button', { name: /Deals won\s*1/ }) ? 'figures shown' : 'before the figures') };
        };
      },
    });
    await waitFor(() => expect(readsAhead).toEqual(['figures shown']));
  });

  it('shows an earlier day’s figures at the day’s first opening, with that day, until the fresh ones come', async () => {
    let release = () => undefined as void;
    // Kept at 09:00 the day before; opened at 08:30.
    await renderPane(<AnalyticsScreen />, {
      now: new Date(2026, 2, 11, 8, 30, 0),
      route: { screen: 'analytics' },
      seed: async (app, setNow) => {
        setNow(new Date(2026, 2, 10, 9, 0, 0));
        release = await seedKeptDashboard(app);
      },
    });
    expect(await screen.findByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    expect(screen.getByTestId('analytics-as-of')).toHaveTextContent('Figures as of yesterday, 09:00 — updating…');
    release();
    expect(await screen.findByRole('button', { name: /Deals won\s*2/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('analytics-as-of')).toBeNull());
  });

  it('says it in Ukrainian', async () => {
    await renderPane(<AnalyticsScreen />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' }, seed: async (app) => void (await seedKeptDashboard(app)) });
    expect(await screen.findByTestId('analytics-as-of')).toHaveTextContent('Показники станом на 09:00 — оновлюємо…');
  });

  it('says an earlier day’s in Ukrainian', async () => {
    await renderPane(<AnalyticsScreen />, {
      host: new FakeMailHost({ displayLanguage: 'uk-UA' }),
      now: new Date(2026, 2, 11, 8, 30, 0),
      route: { screen: 'analytics' },
      seed: async (app, setNow) => {
        setNow(new Date(2026, 2, 10, 9, 0, 0));
        await seedKeptDashboard(app);
      },
    });
    expect(await screen.findByTestId('analytics-as-of')).toHaveTextContent('Показники станом на учора, 09:00 — оновлюємо…');
  });
});

describe('AnalyticsScreen while open', () => {
  it('says the figures on screen are out of date once writes (a colleague’s deal synced) have stopped, and replaces them', async () => {
    const { app, setNow } = await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: keepOneWonDeal, analyticsUpkeep: { quietMs: 50, dayCheckMs: 60_000 } });
    expect(await screen.findByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    const release = holdFreshFigures(app);

    setNow(new Date(2026, 2, 10, 9, 20, 0));
    await wonDeal(app, 'Fabrikam');

    expect(await screen.findByTestId('analytics-as-of')).toHaveTextContent('Figures as of 09:20 — updating…');
    expect(screen.getByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    release();
    expect(await screen.findByRole('button', { name: /Deals won\s*2/ })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByTestId('analytics-as-of')).toBeNull());
  });

  it('keeps the figures on screen, saying they could not be updated, when fresh ones fail; Refresh tries again', async () => {
    const { app, setNow, user } = await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, seed: keepOneWonDeal, analyticsUpkeep: { quietMs: 50, dayCheckMs: 60_000 } });
    expect(await screen.findByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    const begin = app.analytics!.begin;
    app.analytics!.begin = async (options) => ({ ...(await begin(options)), fresh: Promise.reject(new Error('The device is out of space')) });

    setNow(new Date(2026, 2, 10, 9, 20, 0));
    await wonDeal(app, 'Fabrikam');

    expect(await screen.findByTestId('analytics-stale')).toHaveTextContent(/^Figures as of 09:20: they could not be updated\. Refresh tries again\.$/);
    expect(screen.getByRole('button', { name: /Deals won\s*1/ })).toBeInTheDocument();
    app.analytics!.begin = begin;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('button', { name: /Deals won\s*2/ })).toBeInTheDocument();
    expect(screen.queryByTestId('analytics-stale')).toBeNull();
  });
});
