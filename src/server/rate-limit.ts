// A fixed-window request counter per client and bucket (reads, writes), in memory: enough for one
// process; a shared limiter (Redis, Postgres) can replace it behind the same function.
export type RateLimitOptions = { windowMs: number; max: number };

export class RateLimiter {
  private readonly hits = new Map<string, { start: number; count: number }>();
  constructor(private readonly opts: RateLimitOptions, private readonly clock: () => number = Date.now) {}

  /** Counts a request; returns seconds to wait when over the limit, else 0. */
  take(key: string): number {
    const now = this.clock();
    let w = this.hits.get(key);
    if (!w || now - w.start >= this.opts.windowMs) {
      w = { start: now, count: 0 };
      this.hits.set(key, w);
      if (this.hits.size > 10_000) this.sweep(now);
    }
    w.count++;
    return w.count > this.opts.max ? Math.ceil((w.start + this.opts.windowMs - now) / 1000) : 0;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.hits) if (now - w.start >= this.opts.windowMs) this.hits.delete(k);
  }
}
