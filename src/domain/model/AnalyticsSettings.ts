import type { AlarmThresholds } from '../analytics/alarms';
import type { CommissionRules } from '../analytics/commissions';
import type { Record } from './Record';

/** The head of sales' alarm limits and pay rules: one team record (id 'team'), synced to every pane. */
export type AnalyticsSettings = Record & { thresholds: AlarmThresholds; commissions: CommissionRules };

export const ANALYTICS_SETTINGS_ID = 'team';
