/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import type { App } from '../../../src/app/createApp';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { useNavigation } from '../../../src/taskpane/ui/Route';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane, type RenderedPane } from '../../support/renderPane';

jest.setTimeout(30_000);

async function seedClient(app: App) {
  await app.createClient({ client: { name: 'Contoso Ltd', domains: ['contoso.com'] }, contacts: [] });
}

/** Analytics, or another screen with a way to Analytics afresh, as the pane's header goes. */
function Screens() {
  const nav = useNavigation();
  if (nav.route.screen === 'analytics') {
    return (
      <>
        <button onClick={() => nav.go({ screen: 'settings' })}>Settings</button>
        <AnalyticsScreen tab="query" />
      </>
    );
  }
  return (
    <>
      <button onClick={() => nav.back()}>Back</button>
      <button onClick={() => nav.go({ screen: 'home' })}>Home</button>
      <button onClick={() => nav.go({ screen: 'analytics' })}>Analytics</button>
    </>
  );
}

const combo = (name: string) => screen.getByRole('combobox', { name });
const selected = (name: string) => (combo(name) as HTMLSelectElement).selectedOptions[0]?.textContent;

async function leaveAndComeBack({ user, route }: RenderedPane) {
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  expect(route().screen).toBe('settings');
  // Home clears the screens behind, so Analytics is drawn afresh.
  await user.click(screen.getByRole('button', { name: 'Home' }));
  await user.click(screen.getByRole('button', { name: 'Analytics' }));
  expect(route().screen).toBe('analytics');
}

describe('a query built and not saved', () => {
  it('is there as left after leaving Analytics and coming back', async () => {
    const pane = await renderPane(<Screens />, { route: { screen: 'analytics' }, seed: seedClient });
    const { user } = pane;
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Records' }), 'Clients');
    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    await user.click(screen.getByRole('button', { name: 'Add a condition' }));
    await user.selectOptions(combo('Field of condition 1'), 'Region');
    await user.selectOptions(combo('Field of condition 2'), 'Industry');
    await user.selectOptions(combo('Filters'), 'Any condition (OR)');
    await user.selectOptions(combo('Group by'), 'Region');
    await user.selectOptions(combo('Then by'), 'Industry');
    await user.type(screen.getByRole('textbox', { name: 'Query name' }), 'Kyiv retail');

    await leaveAndComeBack(pane);

    expect(await screen.findByRole('combobox', { name: 'Records' })).toHaveValue('clients');
    expect(selected('Field of condition 1')).toBe('Region');
    expect(selected('Field of condition 2')).toBe('Industry');
    expect(selected('Filters')).toBe('Any condition (OR)');
    expect(selected('Group by')).toBe('Region');
    expect(selected('Then by')).toBe('Industry');
    expect(screen.getByRole('textbox', { name: 'Query name' })).toHaveValue('Kyiv retail');
  });

  it('in Ukrainian too', async () => {
    const pane = await renderPane(<Screens />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' }, seed: seedClient });
    const { user } = pane;
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Записи' }), 'Клієнти');
    await user.click(screen.getByRole('button', { name: 'Додати умову' }));
    await user.selectOptions(combo('Поле умови 1'), 'Регіон');
    await user.selectOptions(combo('Групувати за'), 'Регіон');

    await leaveAndComeBack(pane);

    expect(await screen.findByRole('combobox', { name: 'Записи' })).toHaveValue('clients');
    expect(selected('Поле умови 1')).toBe('Регіон');
    expect(selected('Групувати за')).toBe('Регіон');
  });
});
