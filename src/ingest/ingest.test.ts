import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleInput } from "../core/article.js";
import type { Analyzer } from "../engine/analyzer.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { makeEvent, makeRecord } from "../store/test-fixtures.js";
import { ingest, type IngestResult } from "./ingest.js";
import { readSources, type SourceItem } from "./sources.js";

/** Stands in for the engine: one ASSAULT per article whose text mentions «قصف», counting its calls. */
function fakeAnalyzer(): Analyzer & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls, concurrency: 2,
    async analyze(a: ArticleInput) {
      calls.push(a.id);
      if (a.text.includes("انهيار")) throw new Error("engine crashed on this one");
      return makeRecord(a, a.text.includes("قصف") ? [makeEvent(a.text, "V1", { type: "ASSAULT" })] : []);
    },
    async close() {},
  };
}

const dir = mkdtempSync(join(tmpdir(), "rasd-ingest-"));
let server: Server;
let base: string;
beforeAll(async () => {
  mkdirSync(join(dir, "folder/sub"), { recursive: true });
  writeFileSync(join(dir, "folder/a.txt"), "قصفت الطائرات مواقع في ريف إدلب صباح اليوم.");
  writeFileSync(join(dir, "folder/sub/b.txt"), "افتتح وزير الثقافة مهرجان قرطاج الدولي.");
  writeFileSync(join(dir, "folder/.hidden.txt"), "لا يقرأ");
  writeFileSync(join(dir, "folder/image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  writeFileSync(join(dir, "batch.jsonl"), [
    JSON.stringify({ id: "j1", text: "تظاهر مئات في العاصمة احتجاجا على الغلاء.", published: "2016-01-20" }),
    "{not json",
    JSON.stringify({ id: "j2", text: "قصفت الطائرات مواقع في ريف إدلب صباح اليوم." }), // same text as a.txt
    JSON.stringify({ id: "j3", text: "انهيار" }),
  ].join("\n"));
  server = createServer((req, res) => {
    if (req.url === "/feed.xml") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<rss><channel><title>موقع محلي</title>
        <item><title>قصف</title><link>${base}/story</link><guid>${base}/story</guid><pubDate>2020-10-09</pubDate><description>ملخص قصير</description></item>
      </channel></rss>`);
    } else if (req.url === "/story") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<html><head><title>قصف</title></head><body><article><p>${"قصفت المدفعية أطراف المدينة فجر الجمعة وأصيب عدد من السكان بجروح. ".repeat(6)}</p></article></body></html>`);
    } else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

const collect = async (it: AsyncIterable<SourceItem>) => { const out: SourceItem[] = []; for await (const x of it) out.push(x); return out; };

describe("readSources", () => {
  it("walks folders in order, skipping hidden and unknown files", async () => {
    const items = await collect(readSources([join(dir, "folder")], { published: "2020-10-10" }));
    expect(items.map((i) => (i.ok ? i.article.id : i.id))).toEqual(["a", "b"]);
    expect(items.every((i) => i.ok && i.article.published === "2020-10-10")).toBe(true);
  });

  it("reads JSONL lines, reporting a bad line without losing the others", async () => {
    const items = await collect(readSources([join(dir, "batch.jsonl")]));
    expect(items.map((i) => i.ok)).toEqual([true, false, true, true]);
    expect(items[1].ok === false && items[1].error.code).toBe("BAD_JSON");
  });

  it("reads a feed URL and fetches each short entry's page", async () => {
    const items = await collect(readSources([`${base}/feed.xml`], { fetch: { allowLoopback: true } }));
    expect(items).toHaveLength(1);
    const a = items[0].ok ? items[0].article : null;
    expect(a?.text).toContain("قصفت المدفعية أطراف المدينة");
    expect(a).toMatchObject({ published: "2020-10-09", outlet: "موقع محلي", url: `${base}/story` });
    expect(a?.id).toMatch(/^w-[0-9a-f]{16}$/); // a short id fit for API paths, stable for one URL
  });

  it("refuses loopback URLs unless allowed", async () => {
    const items = await collect(readSources([`${base}/feed.xml`]));
    expect(items[0].ok === false && items[0].error.code).toBe("FETCH_BLOCKED");
  });

  it("reports a missing path as NOT_FOUND", async () => {
    const items = await collect(readSources([join(dir, "nope")]));
    expect(items[0].ok === false && items[0].error.code).toBe("NOT_FOUND");
  });
});

describe("ingest", () => {
  it("stores each article once with its analysis and reports every item", async () => {
    const store = await openSqliteStore({ path: ":memory:" });
    const analyzer = fakeAnalyzer();
    const results: IngestResult[] = [];
    const totals = await ingest(readSources([join(dir, "folder"), join(dir, "batch.jsonl")]), { store, analyzer, engineVersion: "9", onResult: (r) => results.push(r) });
    expect(totals).toEqual({ added: 3, duplicate: 1, failed: 2 }); // bad JSON line + engine failure
    expect(results.find((r) => r.error?.code === "BAD_JSON")?.origin).toMatch(/batch\.jsonl:2$/);
    expect((await store.getRecord("a"))?.events).toHaveLength(1);
    expect((await store.getArticle("j3"))).toBeNull();

    // re-running (as after a crash) skips the stored ones without analysing them again
    const before = analyzer.calls.length;
    const again = await ingest(readSources([join(dir, "folder"), join(dir, "batch.jsonl")]), { store, analyzer, engineVersion: "9" });
    expect(again).toEqual({ added: 0, duplicate: 4, failed: 2 });
    expect(analyzer.calls.length - before).toBe(1); // only the one that failed is tried again
    expect((await store.stats("9")).articles).toBe(3);
    await store.close();
  });
});
