/**
 * Reads one list's delta pages ahead of the writer: the next page is on its way while earlier ones
 * are written to IndexedDB, and the writer takes every page that arrived meanwhile in one go, so a
 * big pull costs fewer write transactions than it has pages. At most `maxBuffered` pages wait.
 */
import type { DeltaPage } from './syncPorts';

export class DeltaReadAhead {
  private readonly pages: DeltaPage[] = [];
  private failure: { error: unknown; link: string | null } | null = null;
  private stopped = false;
  private wakeReader: (() => void) | null = null;
  private wakeWriter: (() => void) | null = null;

  constructor(
    private readonly read: (link: string | null) => Promise<DeltaPage>,
    first: string | null,
    private readonly maxBuffered: number,
  ) {
    void this.run(first);
  }

  private async run(first: string | null): Promise<void> {
    let link = first;
    for (;;) {
      while (this.pages.length >= this.maxBuffered && !this.stopped) await new Promise<void>((resolve) => (this.wakeReader = resolve));
      if (this.stopped) return;
      try {
        const page = await this.read(link);
        this.pages.push(page);
        if (!page.nextLink) return this.wake();
        link = page.nextLink;
      } catch (error) {
        this.failure = { error, link };
        return this.wake();
      }
      this.wake();
    }
  }

  private wake(): void {
    this.wakeWriter?.();
    this.wakeWriter = null;
  }

  /**
   * The pages that arrived since the last call, at least one, in feed order, up to `maxChanges`
   * changes' worth (whole pages). Throws the read's error once the pages before it are taken.
   */
  async take(maxChanges: number): Promise<DeltaPage[]> {
    while (!this.pages.length) {
      if (this.failure) throw this.failure.error;
      await new Promise<void>((resolve) => (this.wakeWriter = resolve));
    }
    let count = 0;
    let n = 0;
    while (n < this.pages.length && (n === 0 || count + this.pages[n]!.changes.length <= maxChanges)) count += this.pages[n++]!.changes.length;
    const taken = this.pages.splice(0, n);
    this.wakeReader?.();
    this.wakeReader = null;
    return taken;
  }

  /** The link whose read failed: null when it was the first page of a full listing. */
  failedLink(): string | null | undefined {
    return this.failure?.link;
  }

  /** Stops reading ahead (the writer failed or is done). */
  stop(): void {
    this.stopped = true;
    this.wakeReader?.();
    this.wakeReader = null;
  }
}
