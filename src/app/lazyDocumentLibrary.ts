import type { DocumentLibrary } from '../domain/documentPorts';

/**
 * A DocumentLibrary whose code loads on first use, so the pane's first JavaScript carries none of
 * it; a failed load is tried again on the next call.
 */
export function lazyDocumentLibrary(load: () => Promise<DocumentLibrary>): DocumentLibrary {
  let loading: Promise<DocumentLibrary> | null = null;
  const library = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
  return {
    list: async (folder) => (await library()).list(folder),
    upload: async (file, folder) => (await library()).upload(file, folder),
    content: async (id) => (await library()).content(id),
    remove: async (id) => (await library()).remove(id),
    async publishLocal(moved) {
      const loaded = await library();
      return loaded.publishLocal ? loaded.publishLocal(moved) : 0;
    },
  };
}
