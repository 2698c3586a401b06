/**
 * The team's logging policy and the alarm limits and pay rules are team records a head of sales
 * edits (there may be several, or one on two devices): saving them keeps a colleague's change to the
 * other fields, pulled while the form was open, as the record forms do.
 */
import { defaultAlarmThresholds } from '../../../src/domain/analytics/alarms';
import { defaultCommissionRules } from '../../../src/domain/analytics/commissions';
import { ANALYTICS_SETTINGS_ID } from '../../../src/domain/model/AnalyticsSettings';
import { TEAM_LOGGING_POLICY_ID } from '../../../src/domain/model/LoggingSettings';
import { appWithPullHandle } from '../../support/appWithPullHandle';

describe('saving team settings over a colleague’s pulled edit', () => {
  it('keeps the never-log rules a colleague added when my form changed how much of an email is kept', async () => {
    const { app, db } = await appWithPullHandle('settings-edit-pulled');
    await app.logging.saveTeamPolicy({ internalDomains: ['contoso.com'], neverLog: [], storedPart: 'body', attachmentCapMb: 10 });
    const opened = (await app.logging.rules()).team;
    await db.loggingSettings.update(TEAM_LOGGING_POLICY_ID, { neverLog: ['hr@fabrikam.com'], updatedAt: '2026-11-27T09:30:00.000Z' });

    // What the settings form sends: its draft, every field of it.
    await app.logging.saveTeamPolicy({ internalDomains: [...opened.internalDomains], neverLog: [...opened.neverLog], storedPart: 'subject', attachmentCapMb: 10 }, opened);

    expect(await db.loggingSettings.get(TEAM_LOGGING_POLICY_ID)).toMatchObject({ internalDomains: ['contoso.com'], neverLog: ['hr@fabrikam.com'], storedPart: 'subject' });
    expect(await db.syncConflicts.count()).toBe(0);
  });

  it('keeps the attachment cap a colleague set when the form showed the default and I left it', async () => {
    const { app, db } = await appWithPullHandle('settings-edit-pulled');
    await app.logging.saveTeamPolicy({ internalDomains: [], neverLog: [], storedPart: 'body' });
    const opened = (await app.logging.rules()).team;
    await db.table('loggingSettings').update(TEAM_LOGGING_POLICY_ID, { attachmentCapMb: 25 });

    // The form shows the default cap (10 MB) for a policy without one, and sends it back.
    await app.logging.saveTeamPolicy({ internalDomains: ['contoso.com'], neverLog: [], storedPart: 'body', attachmentCapMb: 10 }, opened);

    expect(await db.loggingSettings.get(TEAM_LOGGING_POLICY_ID)).toMatchObject({ internalDomains: ['contoso.com'], attachmentCapMb: 25 });
  });

  it('keeps the alarm limits a colleague changed when my pay tab changed the pay rules', async () => {
    const { app, db } = await appWithPullHandle('settings-edit-pulled');
    await app.analytics!.saveSettings(defaultAlarmThresholds, defaultCommissionRules);
    const opened = await app.analytics!.settings();
    const thresholds = { ...defaultAlarmThresholds, clientsInWorkMin: 3 };
    await db.analyticsSettings.update(ANALYTICS_SETTINGS_ID, { thresholds, updatedAt: '2026-11-27T09:30:00.000Z' });

    const commissions = { ...defaultCommissionRules, base: { ...defaultCommissionRules.base, percentOfReceived: 5 } };
    await app.analytics!.saveSettings(structuredClone(opened.thresholds), commissions, opened);

    expect(await db.analyticsSettings.get(ANALYTICS_SETTINGS_ID)).toMatchObject({ thresholds, commissions });
    expect(await db.syncConflicts.count()).toBe(0);
  });

  it('lets my pay rules win where the colleague changed them too, and keeps theirs in the conflict log', async () => {
    const { app, db } = await appWithPullHandle('settings-edit-pulled');
    await app.analytics!.saveSettings(defaultAlarmThresholds, defaultCommissionRules);
    const opened = await app.analytics!.settings();
    const theirs = { ...defaultCommissionRules, base: { ...defaultCommissionRules.base, percentOfReceived: 3 } };
    await db.analyticsSettings.update(ANALYTICS_SETTINGS_ID, { commissions: theirs });

    const mine = { ...defaultCommissionRules, base: { ...defaultCommissionRules.base, percentOfReceived: 5 } };
    await app.analytics!.saveSettings(opened.thresholds, mine, opened);

    expect((await db.analyticsSettings.get(ANALYTICS_SETTINGS_ID))?.commissions).toEqual(mine);
    expect(await db.syncConflicts.toArray()).toEqual([expect.objectContaining({ table: 'analyticsSettings', key: ANALYTICS_SETTINGS_ID, field: 'commissions', kept: mine, lost: theirs })]);
  });
});
