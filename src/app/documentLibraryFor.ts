import type { ClientbookDb } from '../adapters/storage/ClientbookDb';
import type { DocumentLibrary } from '../domain/documentPorts';
import type { Clock, IdSource } from '../domain/ports';
import { lazyDocumentLibrary } from './lazyDocumentLibrary';
import type { TeamController } from './team/TeamController';

/**
 * The pane's document library: the team site's while `team()` is connected, IndexedDB otherwise.
 * Its code loads when documents are first needed (a template, a saved attachment).
 */
export function documentLibraryFor(db: ClientbookDb, ids: IdSource, clock: Clock, team: () => TeamController | undefined): DocumentLibrary {
  return lazyDocumentLibrary(async () => {
    const [{ TeamDocumentLibrary }, { DexieDocumentLibrary }, { DexieDocumentCache }] = await Promise.all([
      import('./TeamDocumentLibrary'),
      import('../adapters/storage/DexieDocumentLibrary'),
      import('../adapters/storage/DexieDocumentCache'),
    ]);
    return new TeamDocumentLibrary(new DexieDocumentLibrary(db, ids, clock), new DexieDocumentCache(db), async () => {
      const controller = team();
      const siteId = controller?.connection()?.layout.siteId;
      const graph = siteId ? await controller?.graph() : null;
      return siteId && graph?.tokens.configured ? { ...graph, siteId } : null;
    });
  });
}
