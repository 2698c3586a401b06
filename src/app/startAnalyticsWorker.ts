import { connectAnalyticsWorker, type AnalyticsWorkerConnection } from './connectAnalyticsWorker';

/**
 * Starts the analytics worker (webpack bundles analytics.worker.ts as its own chunk). Loaded only
 * where Worker exists: jest's module system cannot read import.meta.
 */
export function startAnalyticsWorker(): AnalyticsWorkerConnection {
  const worker = new Worker(new URL('./analytics.worker.ts', import.meta.url), { name: 'clientbook-analytics' });
  const connection = connectAnalyticsWorker(worker, () => worker.terminate());
  worker.addEventListener('error', (event) => {
    connection.fail(event);
    worker.terminate();
  });
  return connection;
}
