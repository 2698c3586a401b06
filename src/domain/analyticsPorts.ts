/**
 * What analytics read and keep: a snapshot of every record they measure, the team's saved queries
 * and the head of sales' settings. Saved queries and settings sync like any record (outbox).
 */
import type { AnalyticsData } from './analytics/AnalyticsData';
import type { AnalyticsSettings } from './model/AnalyticsSettings';
import type { SavedQuery } from './model/SavedQuery';
import type { RecordEdit } from './ports';

export interface AnalyticsStore {
  snapshot(): Promise<AnalyticsData>;
  savedQueries(): Promise<SavedQuery[]>;
  saveQuery(query: SavedQuery): Promise<void>;
  deleteQuery(id: string): Promise<void>;
  settings(): Promise<AnalyticsSettings | undefined>;
  saveSettings(settings: AnalyticsSettings, edit?: RecordEdit<AnalyticsSettings>): Promise<void>;
  /** The demo's sample year (and its pay rules), written in bulk and not queued for sync (the demo has no team store). */
  seedSample(data: Partial<AnalyticsData>, settings?: AnalyticsSettings): Promise<void>;
}
