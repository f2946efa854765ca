import { performance } from 'node:perf_hooks';

/** A check this fast runs at once: its cost is below what a user can feel. */
export const FAST_CHECK_MS = 50;
/** The longest wait, however slow checks are. */
const MAX_DELAY_MS = 500;
/** How many checks after edits the estimate looks at (their median: one garbage collection does not count). */
const SAMPLES = 5;

/**
 * When to check each document after an edit. No fixed debounce: a document whose checks after
 * edits are fast is checked as soon as the edit is in. On a very large draft, an edit that comes
 * after a pause is checked at once too; only while edits keep coming does a check wait until the
 * server has been idle for half the estimated check time, so typing is not queued behind
 * back-to-back checks (the server is then busy at most two thirds of the time). The estimate is
 * the median of the last checks after edits — not the first check after opening, which parses
 * everything. A new edit cancels the pending check; a result for an older version is dropped
 * when it is published. A `jixiao.debounceMs` that is set replaces all this.
 */
export class CheckScheduler {
  private pending = new Map<string, () => void>();
  private samples = new Map<string, number[]>();
  private lastEnd = new Map<string, number>();
  private afterEdit = new Map<string, boolean>();

  constructor(
    private readonly run: (uri: string) => void,
    private readonly fixedDelay: () => number | null | undefined,
    private readonly onError: (e: unknown) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The wait before checking `uri` after an edit. */
  delayFor(uri: string): number {
    const fixed = this.fixedDelay();
    if (typeof fixed === 'number' && Number.isFinite(fixed) && fixed >= 0) return fixed;
    const estimate = median(this.samples.get(uri) ?? []);
    if (estimate < FAST_CHECK_MS) return 0;
    const idle = this.now() - (this.lastEnd.get(uri) ?? -Infinity);
    return Math.min(MAX_DELAY_MS, Math.max(0, Math.round(estimate / 2 - idle)));
  }

  /** Schedules a check of `uri`: after an edit with the adaptive wait, else (`now`) at once. */
  schedule(uri: string, now = false): void {
    this.cancel(uri);
    this.afterEdit.set(uri, !now);
    const delay = now ? 0 : this.delayFor(uri);
    const fire = () => {
      this.pending.delete(uri);
      // Nothing may escape a timer: an exception there ends the server.
      try {
        this.run(uri);
      } catch (e) {
        this.onError(e);
      }
    };
    if (delay === 0) {
      const h = setImmediate(fire);
      this.pending.set(uri, () => clearImmediate(h));
    } else {
      const h = setTimeout(fire, delay);
      this.pending.set(uri, () => clearTimeout(h));
    }
  }

  /** A check of `uri` that ran (not one answered from the cache) took `ms` milliseconds. */
  record(uri: string, ms: number): void {
    this.lastEnd.set(uri, this.now());
    if (!this.afterEdit.get(uri)) return;
    const list = this.samples.get(uri) ?? [];
    list.push(ms);
    if (list.length > SAMPLES) list.shift();
    this.samples.set(uri, list);
  }

  cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.samples.delete(uri);
    this.lastEnd.delete(uri);
    this.afterEdit.delete(uri);
  }
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1];
}
