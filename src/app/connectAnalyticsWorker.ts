import type { FromAnalyticsWorker, MessageEnd, OpenedSnapshot, OpenRequest, ToAnalyticsWorker } from './analyticsMessages';
import { sessionOver, type AnalyticsSession } from './analyticsSession';

/** The analytics worker could not start or stopped (its script failed to load, or it crashed). */
export class AnalyticsWorkerFailedError extends Error {
  override readonly name = 'AnalyticsWorkerFailedError';
  constructor(options?: { cause?: unknown }) {
    super('The analytics worker stopped', options);
  }
}

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
    if ('error' in message) waiting.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
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
