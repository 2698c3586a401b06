// Node's own: jsdom has none, and the worker's messages cross it as they cross a Worker's.
import { MessageChannel } from 'worker_threads';
import { dexieAnalyticsSource } from '../../src/adapters/storage/dexieAnalyticsSource';
import type { AnalyticsSource } from '../../src/app/analyticsMessages';
import { connectAnalyticsWorker } from '../../src/app/connectAnalyticsWorker';
import { serveAnalytics } from '../../src/app/serveAnalytics';

/**
 * The pane's analytics worker on one end of a MessageChannel in this thread, over the real store,
 * counting its reads of it (whole or light reads, and reads of the records an earlier worker kept)
 * and the sessions asked of it.
 */
export function channelWorkers() {
  let reads = 0;
  let opens = 0;
  let closed = false;
  const channels: MessageChannel[] = [];
  const counted = (source: ReturnType<typeof dexieAnalyticsSource>): AnalyticsSource => ({
    ...source,
    read: (since) => (reads++, source.read(since)),
    keptSnapshot: () => (reads++, source.keptSnapshot()),
  });
  return {
    // Null once closed: a pane left from a test that ended starts no worker (its port would keep Node running).
    start: async () => {
      if (closed) return null;
      const channel = new MessageChannel();
      channels.push(channel);
      serveAnalytics(channel.port1 as unknown as MessagePort, (dbName) => counted(dexieAnalyticsSource(dbName)), { keepAfterMs: 0 });
      const connection = connectAnalyticsWorker(channel.port2 as unknown as MessagePort);
      const open = connection.open.bind(connection);
      connection.open = (request) => (opens++, open(request));
      return connection;
    },
    reads: () => reads,
    /** How many sessions the pane asked of its workers. */
    opens: () => opens,
    close: () => {
      closed = true;
      channels.forEach((c) => (c.port1.close(), c.port2.close()));
    },
  };
}

