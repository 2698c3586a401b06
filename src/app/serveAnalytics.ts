import { analyticsFigures, answerer, metaOf, settingsWithDefaults, type AnalyticsMeta, type FigureRequest } from './analyticsFigures';
import type { AnalyticsSource, FromAnalyticsWorker, MessageEnd, OpenRequest, ToAnalyticsWorker } from './analyticsMessages';

type Snapshot = { meta: AnalyticsMeta; answer: (request: FigureRequest) => unknown };

/**
 * The analytics worker's side: keeps the latest snapshot of the store and its recent answers, and
 * reads the store again only when it changed since (or the user asks to refresh, or the day
 * turned). Opens that come while a read is under way share it.
 */
export function serveAnalytics(end: MessageEnd, sourceFor: (dbName: string) => AnalyticsSource): void {
  const sources = new Map<string, AnalyticsSource>();
  let current: Promise<Snapshot> | null = null;
  let currentOf: { dbName: string; today: string; changes: number } | null = null;

  const load = async (request: OpenRequest, source: AnalyticsSource): Promise<Snapshot> => {
    const { data, settings } = await source.read();
    const figures = analyticsFigures(data, settingsWithDefaults(settings, request.now), request.today);
    return { meta: metaOf(figures), answer: answerer(figures) };
  };

  const open = (request: OpenRequest): Promise<Snapshot> => {
    let source = sources.get(request.dbName);
    if (!source) sources.set(request.dbName, (source = sourceFor(request.dbName)));
    const fresh = currentOf && current && currentOf.dbName === request.dbName && currentOf.today === request.today && currentOf.changes === source.changes();
    if (!fresh || request.refresh) {
      // Counted before reading: a write that lands during the read makes the next open read again.
      currentOf = { dbName: request.dbName, today: request.today, changes: source.changes() };
      const loading = load(request, source);
      // A failed read is not kept: the next open tries again.
      loading.catch(() => {
        if (current === loading) current = currentOf = null;
      });
      current = loading;
    }
    return current!;
  };

  const reply = (message: FromAnalyticsWorker) => end.postMessage(message);
  end.addEventListener('message', (event: MessageEvent<ToAnalyticsWorker>) => {
    const message = event.data;
    void (async () => {
      try {
        if ('open' in message) reply({ id: message.id, value: (await open(message.open)).meta });
        else {
          if (!current) throw new Error('No analytics session is open');
          reply({ id: message.id, value: (await current).answer(message.ask) });
        }
      } catch (error) {
        reply({ id: message.id, error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) } });
      }
    })();
  });
  end.start?.();
}
