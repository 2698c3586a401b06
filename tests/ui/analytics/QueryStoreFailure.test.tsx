/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { diskFullAt } from '../../support/diskFullAt';
import { FakeMailHost } from '../../support/fakeMailHost';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

describe('saving a query the local store refuses', () => {
  it('says in words that the query was not saved, once, with no browser English in it', async () => {
    const { user, app } = await renderPane(<AnalyticsScreen tab="query" />, { route: { screen: 'analytics' } });
    const name = await screen.findByRole('textbox', { name: 'Query name' });
    await user.type(name, 'Pipeline');
    const disk = diskFullAt('Pipeline');
    try {
      await user.click(screen.getByRole('button', { name: 'Save for the team' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(/^The query was not saved: the device’s storage is full\. Free some space, then try again\.$/);
      expect(alert.textContent).not.toMatch(/QuotaExceeded|disk is full|could not run/);
      expect(name).toHaveValue('Pipeline');
      expect(await app.analytics!.savedQueries()).toEqual([]);
    } finally {
      disk.free();
    }
    // Saved once space is freed: the failure no longer stands beside 'Saved'.
    await user.click(screen.getByRole('button', { name: 'Save for the team' }));
    await screen.findByText('Saved “Pipeline” for the team.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so in Ukrainian', async () => {
    const { user } = await renderPane(<AnalyticsScreen tab="query" />, { host: new FakeMailHost({ displayLanguage: 'uk-UA' }), route: { screen: 'analytics' } });
    await user.type(await screen.findByRole('textbox', { name: 'Назва запиту' }), 'Воронка');
    const disk = diskFullAt('Воронка');
    try {
      await user.click(screen.getByRole('button', { name: 'Зберегти для команди' }));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(/^Запит не збережено: /);
      expect(alert.textContent).not.toMatch(/[A-Za-z]/);
    } finally {
      disk.free();
    }
  });
});
