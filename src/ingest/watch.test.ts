import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleInput } from "../core/article.js";
import type { Analyzer } from "../engine/analyzer.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { makeRecord } from "../store/test-fixtures.js";
import { pollFeed, type FeedState } from "./watch.js";

let server: Server;
let base: string;
let items = 1;
let pageFetches = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/feed") {
      if (req.headers["if-none-match"] === `"v${items}"`) { res.writeHead(304); res.end(); return; }
      res.writeHead(200, { "content-type": "application/rss+xml", etag: `"v${items}"` });
      const xs = Array.from({ length: items }, (_, i) => `<item><title>خبر ${i}</title><link>${base}/n/${i}</link><pubDate>2016-05-0${i + 1}</pubDate></item>`);
      res.end(`<rss><channel><title>جوهرة</title>${xs.join("")}</channel></rss>`);
    } else if (req.url?.startsWith("/n/")) {
      pageFetches++;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html><body><article><p>${`أعلنت وزارة الصحة التونسية عن حملة تلقيح جديدة رقم ${req.url}. `.repeat(5)}</p></article></body></html>`);
    } else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const analyzer: Analyzer = { concurrency: 1, async analyze(a: ArticleInput) { return makeRecord(a); }, async close() {} };

describe("pollFeed", () => {
  it("ingests new entries, skips known ones without fetching them, and honours 304", async () => {
    const store = await openSqliteStore({ path: ":memory:" });
    const state: FeedState = {};
    const opts = { store, analyzer, engineVersion: "1", fetch: { allowLoopback: true } };
    expect(await pollFeed(`${base}/feed`, state, opts)).toMatchObject({ entries: 1, added: 1, known: 0 });
    expect(await pollFeed(`${base}/feed`, state, opts)).toMatchObject({ notModified: true });
    items = 2;
    const fetchesBefore = pageFetches;
    expect(await pollFeed(`${base}/feed`, state, opts)).toMatchObject({ entries: 2, added: 1, known: 1 });
    expect(pageFetches - fetchesBefore).toBe(1);
    expect((await store.stats("1")).articles).toBe(2);
    await store.close();
  });

  it("reports a blocked feed as an error instead of throwing", async () => {
    const store = await openSqliteStore({ path: ":memory:" });
    const r = await pollFeed(`${base}/feed`, {}, { store, analyzer, engineVersion: "1" });
    expect(r.error).toMatch(/not allowed/);
    await store.close();
  });
});
