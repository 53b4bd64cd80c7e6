import { describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache.js";

const body = (s: string) => new Uint8Array(Buffer.from(s));

describe("ResponseCache", () => {
  it("answers from memory while the store's change token stays, and forgets everything when it moves", () => {
    const cache = new ResponseCache();
    expect(cache.get("/api/search?q=تونس", "v1")).toBeNull();
    cache.set("/api/search?q=تونس", "v1", body('{"items":[]}'));
    expect(Buffer.from(cache.get("/api/search?q=تونس", "v1")!).toString()).toBe('{"items":[]}');
    expect(cache.get("/api/search?q=تونس", "v2")).toBeNull();
    expect(cache.size.entries).toBe(0);
  });

  it("refuses an answer computed before the last write", () => {
    const cache = new ResponseCache();
    cache.get("/a", "v1");
    cache.get("/b", "v2"); // a write happened while /a was being computed
    cache.set("/a", "v1", body("old"));
    expect(cache.get("/a", "v2")).toBeNull();
  });

  it("stays within its byte budget, dropping the least recently used first, and skips oversized answers", () => {
    const cache = new ResponseCache({ maxBytes: 10, maxEntryBytes: 6 });
    cache.get("/x", "t");
    cache.set("/a", "t", body("aaaa"));
    cache.set("/b", "t", body("bbbb"));
    expect(cache.get("/a", "t")).not.toBeNull(); // /a now the most recent
    cache.set("/c", "t", body("cccc"));
    expect(cache.size.bytes).toBeLessThanOrEqual(10);
    expect(cache.get("/b", "t")).toBeNull();
    expect(cache.get("/a", "t")).not.toBeNull();
    cache.set("/big", "t", body("0123456789"));
    expect(cache.get("/big", "t")).toBeNull();
  });
});
