/** A check this fast runs at once: its cost is below what a user can feel. */
export const FAST_CHECK_MS = 50;
/** The longest wait, however slow the last check was. */
const MAX_DELAY_MS = 500;

/**
 * When to check each document after an edit. No fixed debounce: a document whose last check was
 * fast is checked as soon as the edit is in; a very large one waits half as long as its last check
 * took, so that typing is not queued behind back-to-back checks (the server is then busy at most
 * two thirds of the time while keys keep coming, and a user waits about 1.5 checks). A new edit
 * cancels the pending check; a result for an older version is dropped when it is published. A
 * `jixiao.debounceMs` that is set replaces the estimate.
 */
export class CheckScheduler {
  private pending = new Map<string, () => void>();
  private cost = new Map<string, number>();

  constructor(
    private readonly run: (uri: string) => void,
    private readonly fixedDelay: () => number | null | undefined,
    private readonly onError: (e: unknown) => void,
  ) {}

  /** The wait before checking `uri` after an edit. */
  delayFor(uri: string): number {
    const fixed = this.fixedDelay();
    if (typeof fixed === 'number' && Number.isFinite(fixed) && fixed >= 0) return fixed;
    const ms = this.cost.get(uri) ?? 0;
    return ms < FAST_CHECK_MS ? 0 : Math.min(Math.round(ms / 2), MAX_DELAY_MS);
  }

  /** Schedules a check of `uri`: after an edit with the adaptive wait, else (`now`) at once. */
  schedule(uri: string, now = false): void {
    this.cancel(uri);
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

  /** What the last check of `uri` cost, in milliseconds. */
  record(uri: string, ms: number): void {
    this.cost.set(uri, ms);
  }

  cancel(uri: string): void {
    this.pending.get(uri)?.();
    this.pending.delete(uri);
  }

  forget(uri: string): void {
    this.cancel(uri);
    this.cost.delete(uri);
  }
}
