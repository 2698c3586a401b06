/**
 * Every call to the team store passes this gate: at most `maxInFlight` at once, and when the
 * service throttles, the whole queue pauses until Retry-After (or an exponential backoff with
 * jitter) has passed — one throttled call stops them all, as the service asks.
 */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 60_000;

export class RequestGate {
  private inFlight = 0;
  private waiting: (() => void)[] = [];
  private pausedUntil = 0;
  private pausing: Promise<void> | null = null;

  constructor(
    private readonly maxInFlight: number,
    private readonly sleep: Sleep,
    private readonly random: () => number,
    private readonly now: () => number,
  ) {}

  /** Exponential backoff with full jitter for the n-th consecutive failure (n ≥ 1). */
  backoff(attempt: number): number {
    const cap = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
    return Math.round(cap / 2 + (this.random() * cap) / 2);
  }

  /** Holds every call until `ms` from now (the later of overlapping pauses wins). */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.now() + ms);
  }

  private async waitWhilePaused(): Promise<void> {
    while (this.now() < this.pausedUntil) {
      const until = this.pausedUntil;
      // One sleeper per pause: the callers behind it share its promise. A pause that was not
      // extended while sleeping is served, even when the sleep is a test's fake one.
      this.pausing ??= this.sleep(until - this.now()).then(() => {
        if (this.pausedUntil === until) this.pausedUntil = 0;
        this.pausing = null;
      });
      await this.pausing;
    }
  }

  private async acquire(): Promise<void> {
    if (this.inFlight < this.maxInFlight) {
      this.inFlight++;
      return;
    }
    // The releasing call hands its slot straight over, so no newcomer can slip in between.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.inFlight--;
  }

  async run<T>(call: () => Promise<T>): Promise<T> {
    await this.waitWhilePaused();
    await this.acquire();
    try {
      await this.waitWhilePaused();
      return await call();
    } finally {
      this.release();
    }
  }
}
