import type { SyncTable } from '../../sync/syncPorts';

/** Where the team store lives on a site: the list per entity and the change-beacon item. Saved after Connect. */
export type TeamSiteLayout = {
  siteId: string;
  lists: Record<SyncTable, string>;
  beacon: { listId: string; itemId: string };
  /**
   * The list schema this layout was provisioned for (schemaFingerprint()). When the app's lists
   * change (a new entity, a new column), a saved layout no longer matches: run Connect again.
   */
  schema: string;
};
