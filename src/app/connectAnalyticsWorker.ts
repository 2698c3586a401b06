import { StoreWriteError } from '../domain/StoreWriteError';
import { AnalyticsWorkerFailedError } from './AnalyticsWorkerFailedError';
import type { FromAnalyticsWorker, MessageEnd, OpenedSnapshot, OpenRequest, ToAnalyticsWorker, WorkerFailure } from './analyticsMessages';
import { sessionOver, type AnalyticsSession } from './analyticsSession';

/**
 * A failure in the worker as the pane's screens read it: postMessage keeps no class, so the local
 * store's failure comes back as the StoreWriteError the worker classed it as, any other with its name.
 */
const errorOf = ({ name, message, store }: WorkerFailure): Error => (store ? new StoreWriteError(store.reason, store.code) : Object.assign(new Error(message), { name }));

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The pane's side of the analytics worker: opens sessions whose figures are computed there. Once
 * `fail` is called (the worker's error event), every waiting and later call rejects with
 * AnalyticsWorkerFailedError, and the app computes on the main thread instead.
 */
export function connectAnalyticsWorker(end: MessageEnd, terminate: () => void = () => undefined) {
  let seq = 0;
  let failed: AnalyticsWorkerFailedError | null = null;
  const pending = new Map<number, Pending>();
  end.addEventListener('message', (event: MessageEvent<FromAnalyticsWorker>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    if ('error' in message) waiting.reject(errorOf(message.error));
    else waiting.resolve(message.value);
  });
  end.start?.();
  const send = (message: Omit<ToAnalyticsWorker, 'id'>): Promise<unknown> => {
    if (failed) return Promise.reject(failed);
    const id = ++seq;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      end.postMessage({ ...message, id });
    });
  };
  return {
    get failed() {
      return failed !== null;
    },
    /** A session over the worker's snapshot, and the change stamp it was read at. */
    async open(request: OpenRequest): Promise<{ session: AnalyticsSession; changes: string | null }> {
      const { meta, changes } = (await send({ open: request })) as OpenedSnapshot;
      return { session: sessionOver(meta, (ask) => send({ ask })), changes };
    },
    fail(cause: unknown): void {
      failed ??= new AnalyticsWorkerFailedError({ cause });
      for (const waiting of pending.values()) waiting.reject(failed);
      pending.clear();
    },
    /** Has the worker keep what it would keep, then ends it and the snapshot it holds; a later open starts another. */
    async stop(): Promise<void> {
      await send({ close: true }).catch(() => undefined);
      this.fail(new Error('The analytics worker was stopped'));
      terminate();
    },
  };
}

export type AnalyticsWorkerConnection = ReturnType<typeof connectAnalyticsWorker>;
