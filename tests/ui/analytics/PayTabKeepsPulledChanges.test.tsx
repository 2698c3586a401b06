/** @jest-environment jsdom */
import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import { ClientbookDb } from '../../../src/adapters/storage/ClientbookDb';
import { defaultAlarmThresholds } from '../../../src/domain/analytics/alarms';
import { defaultCommissionRules } from '../../../src/domain/analytics/commissions';
import { ANALYTICS_SETTINGS_ID } from '../../../src/domain/model/AnalyticsSettings';
import { AnalyticsScreen } from '../../../src/taskpane/modules/analytics/components/AnalyticsScreen';
import { renderPane } from '../../support/renderPane';

jest.setTimeout(30_000);

it('Save rules and limits keeps the alarm limit another head of sales changed while the pay tab was open, beside the percent typed in it', async () => {
  const { user, dbName } = await renderPane(<AnalyticsScreen tab="pay" />, {
    route: { screen: 'analytics' },
    seed: (app) => app.analytics!.saveSettings(defaultAlarmThresholds, defaultCommissionRules),
  });
  await screen.findByRole('button', { name: 'Save rules and limits' });
  const percent = screen.getByRole('textbox', { name: 'Percent of payments received' });
  await user.clear(percent);
  await user.type(percent, '5');

  // The sync pulls the colleague's edit into the store while the tab is open.
  const db = new ClientbookDb(dbName);
  const thresholds = { ...defaultAlarmThresholds, clientsInWorkMin: 3 };
  await db.analyticsSettings.update(ANALYTICS_SETTINGS_ID, { thresholds });
  await user.click(screen.getByRole('button', { name: 'Save rules and limits' }));

  await waitFor(async () => expect(await db.analyticsSettings.get(ANALYTICS_SETTINGS_ID)).toMatchObject({ thresholds, commissions: { base: { percentOfReceived: 5 } } }));
});
