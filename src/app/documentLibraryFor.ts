import { DexieDocumentCache } from '../adapters/storage/DexieDocumentCache';
import { DexieDocumentLibrary } from '../adapters/storage/DexieDocumentLibrary';
import type { ClientbookDb } from '../adapters/storage/ClientbookDb';
import type { DocumentLibrary } from '../domain/documentPorts';
import type { Clock, IdSource } from '../domain/ports';
import type { TeamController } from './team/TeamController';
import { TeamDocumentLibrary } from './TeamDocumentLibrary';

/** The pane's document library: the team site's while `team()` is connected, IndexedDB otherwise. */
export function documentLibraryFor(db: ClientbookDb, ids: IdSource, clock: Clock, team: () => TeamController | undefined): DocumentLibrary {
  return new TeamDocumentLibrary(new DexieDocumentLibrary(db, ids, clock), new DexieDocumentCache(db), async () => {
    const controller = team();
    const siteId = controller?.connection()?.layout.siteId;
    const graph = siteId ? await controller?.graph() : null;
    return siteId && graph?.tokens.configured ? { ...graph, siteId } : null;
  });
}
