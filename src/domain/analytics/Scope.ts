import type { Period } from './Period';

/**
 * What a figure is computed for: a period, the day it is looked at (for "overdue" and "stalled"),
 * and one manager (member email) or the whole team (null).
 */
export type Scope = { period: Period; today: string; owner: string | null };
