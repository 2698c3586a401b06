import type { AlarmThresholds } from './alarms';

/** Days without a stage change or contact after which an open deal counts as stalled; 30 while the head of sales set none. */
export const stalledDaysOf = (thresholds: AlarmThresholds): number => thresholds.stalledDays ?? 30;
