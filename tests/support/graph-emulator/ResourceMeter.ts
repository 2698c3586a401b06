/**
 * Counts SharePoint resource units the way GRAPH-NOTES.md gives them, and throttles past a
 * per-minute budget (a sliding 60-second window, like the service's per-app tenant limit).
 */
export type MeterEntry = { at: number; cost: number; what: string };

export class ResourceMeter {
  private entries: MeterEntry[] = [];

  constructor(
    private readonly now: () => number,
    public budgetPerMinute: number,
  ) {}

  /** Records a call; throttled calls are recorded too, because they still count. */
  record(cost: number, what: string): void {
    this.entries.push({ at: this.now(), cost, what });
  }

  /** Seconds until `cost` more units fit in the window, or 0 when they fit now. */
  wouldThrottle(cost: number): number {
    const since = this.now() - 60_000;
    let used = 0;
    let oldestInWindow = Infinity;
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i]!;
      if (e.at <= since) break;
      used += e.cost;
      oldestInWindow = e.at;
    }
    if (used + cost <= this.budgetPerMinute) return 0;
    return Math.max(1, Math.ceil((oldestInWindow + 60_000 - this.now()) / 1000));
  }

  /** Units spent since the given instant (ms), or in total. */
  total(sinceMs = -Infinity): number {
    return this.entries.reduce((sum, e) => (e.at >= sinceMs ? sum + e.cost : sum), 0);
  }

  /** Units spent per kind of call, e.g. {"delta with token": 12}. */
  breakdown(sinceMs = -Infinity): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) if (e.at >= sinceMs) out[e.what] = (out[e.what] ?? 0) + e.cost;
    return out;
  }

  reset(): void {
    this.entries = [];
  }
}
