import { settingsWithDefaults } from '../../../src/app/analyticsFigures';
import { defaultAlarmThresholds, type AlarmThresholds } from '../../../src/domain/analytics/alarms';
import { defaultCommissionRules } from '../../../src/domain/analytics/commissions';

describe('settingsWithDefaults', () => {
  it('starts a limit added since the team saved its settings at its default, and keeps the ones it turned off', () => {
    const at = '2026-01-01T09:00:00.000Z';
    // Saved before the refusal and stage limits existed.
    const older: Partial<AlarmThresholds> = { ...defaultAlarmThresholds, stalledDays: 45, overdueContactsMax: null };
    delete older.refusalShareMax;
    delete older.stageCompletionMin;
    const settings = settingsWithDefaults({ id: 'team', thresholds: older as AlarmThresholds, commissions: defaultCommissionRules, createdAt: at, updatedAt: at }, at);
    expect(settings.thresholds).toEqual({ ...defaultAlarmThresholds, stalledDays: 45, overdueContactsMax: null });
  });
});
