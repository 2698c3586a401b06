/**
 * When the pane syncs: on open, every minute while the pane is visible, when the pane becomes
 * visible again, when the network comes back, and on request (ItemChanged, a local write). The
 * engine keeps one sync in flight, so triggers that pile up share it.
 */
export type SyncTriggers = {
  isVisible(): boolean;
  /** Returns the unsubscribe function. */
  onVisibilityChange(listener: () => void): () => void;
  onOnline(listener: () => void): () => void;
};

export type IntervalTimers = {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
};

export type Syncable = { sync(): Promise<unknown> };

const globalTimers: IntervalTimers = {
  setInterval: (run, ms) => setInterval(run, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export class SyncScheduler {
  private handle: unknown = null;
  private unsubscribe: (() => void)[] = [];

  constructor(
    private readonly engine: Syncable,
    private readonly triggers: SyncTriggers,
    private readonly options: { intervalMs?: number; timers?: IntervalTimers } = {},
  ) {}

  start(): void {
    if (this.handle !== null) return;
    const timers = this.options.timers ?? globalTimers;
    this.handle = timers.setInterval(() => {
      if (this.triggers.isVisible()) this.requestSync();
    }, this.options.intervalMs ?? 60_000);
    this.unsubscribe = [
      this.triggers.onVisibilityChange(() => {
        if (this.triggers.isVisible()) this.requestSync();
      }),
      this.triggers.onOnline(() => this.requestSync()),
    ];
    this.requestSync();
  }

  stop(): void {
    if (this.handle === null) return;
    (this.options.timers ?? globalTimers).clearInterval(this.handle);
    this.handle = null;
    this.unsubscribe.forEach((u) => u());
    this.unsubscribe = [];
  }

  /** Starts a sync now. Its failure is already in the engine's status, and the next trigger retries it. */
  requestSync(): void {
    this.engine.sync().catch(() => undefined);
  }
}
