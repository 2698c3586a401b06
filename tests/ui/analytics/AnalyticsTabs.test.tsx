/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { FakeMailHost } from '../../support/fakeMailHost';
import { layOutPane } from '../../support/layOutPane';
import { renderPane } from '../../support/renderPane';

afterEach(() => jest.restoreAllMocks());

describe('the analytics sections in a narrow pane', () => {
  it('keeps them in one row and opens Pay from More (in Ukrainian, where its name is longest)', async () => {
    layOutPane(250);
    const { user } = await renderPane(<AnalyticsScreen />, { route: { screen: 'analytics' }, host: new FakeMailHost({ displayLanguage: 'uk-UA' }) });

    const row = await screen.findByRole('tablist', { name: 'Розділи аналітики' });
    expect(within(row).getByRole('tab', { name: 'Продажі' })).toHaveAttribute('aria-selected', 'true');
    expect(within(row).queryByRole('tab', { name: 'Оплата праці' })).not.toBeInTheDocument();

    await user.click(await within(row).findByRole('tab', { name: /^Ще розділів: \d$/ }));
    await user.click(within(await screen.findByRole('menu')).getByRole('menuitem', { name: 'Оплата праці' }));
    expect(within(row).getByRole('tab', { name: 'Оплата праці' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { name: 'Відомість оплати' })).toBeInTheDocument();
  });
});
