// An optional cache of read answers (JSON bodies by request URL), correct by construction: every entry is
// tagged with the store's change token when its answer was computed, and the whole cache is dropped as
// soon as the token moves (any committed write: this process's, or, for SQLite, another process's on the
// same file). Bounded in bytes, least recently used out first. Stores without a change token
// (PostgreSQL, written by many processes) are never cached.

export type ResponseCacheOptions = { maxBytes?: number; maxEntryBytes?: number };

export class ResponseCache {
  private readonly entries = new Map<string, Uint8Array<ArrayBuffer>>();
  private bytes = 0;
  private token: string | null = null;
  private readonly maxBytes: number;
  private readonly maxEntryBytes: number;
  hits = 0;
  misses = 0;

  constructor(opts: ResponseCacheOptions = {}) {
    this.maxBytes = opts.maxBytes ?? 32 * 1024 * 1024;
    this.maxEntryBytes = opts.maxEntryBytes ?? 1024 * 1024;
  }

  /** The body stored for key while the store is at `token`; null on a miss. */
  get(key: string, token: string): Uint8Array<ArrayBuffer> | null {
    if (token !== this.token) {
      this.clear();
      this.token = token;
    }
    const body = this.entries.get(key);
    if (!body) { this.misses++; return null; }
    this.hits++;
    // most recently used last
    this.entries.delete(key);
    this.entries.set(key, body);
    return body;
  }

  /** Keeps a body computed while the store was at `token` (ignored when the store has moved since). */
  set(key: string, token: string, body: Uint8Array<ArrayBuffer>): void {
    if (token !== this.token || body.byteLength > this.maxEntryBytes) return;
    const old = this.entries.get(key);
    if (old) { this.bytes -= old.byteLength; this.entries.delete(key); }
    this.entries.set(key, body);
    this.bytes += body.byteLength;
    for (const [k, b] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= b.byteLength;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}
