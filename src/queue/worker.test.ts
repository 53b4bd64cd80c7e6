import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../core/article.js";
import { RasdError } from "../core/errors.js";
import type { Analyzer } from "../engine/analyzer.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import { makeEvent, makeRecord } from "../store/test-fixtures.js";
import { processJob } from "./worker.js";

const article = (id: string, text: string): ArticleInput => ({ id, text, published: "2020-10-10", outlet: null, url: null, title: null });

function analyzerThat(fn: (a: ArticleInput) => void = () => {}): Analyzer & { calls: number } {
  const a = {
    calls: 0, concurrency: 1,
    async analyze(x: ArticleInput) { a.calls++; fn(x); return makeRecord(x, [makeEvent(x.text, "V1", { type: "ASSAULT" })]); },
    async close() {},
  };
  return a;
}

describe("an ingest job", () => {
  it("analyses and stores a new article, and only reports a retried one", async () => {
    const store = await openSqliteStore({ path: ":memory:" });
    const analyzer = analyzerThat();
    const job = { article: article("j1", "قصفت المدفعية مواقع في ريف إدلب الجنوبي.") };
    expect(await processJob(job, store, analyzer)).toEqual({ status: "added", id: "j1", events: 1 });
    // the same job again (its worker died before saying it was done): stored once, not analysed again
    expect(await processJob(job, store, analyzer)).toEqual({ status: "duplicate", id: "j1", events: 0 });
    expect(analyzer.calls).toBe(1);
    expect((await store.stats("x")).articles).toBe(1);
    await store.close();
  });

  it("rejects input that can never succeed instead of retrying it", async () => {
    const store = await openSqliteStore({ path: ":memory:" });
    const analyzer = analyzerThat();
    expect(await processJob({ article: { id: "x", text: 5 } } as never, store, analyzer)).toMatchObject({ status: "rejected", code: "BAD_INPUT" });
    expect(await processJob({ article: article("e", "   ") }, store, analyzer)).toMatchObject({ status: "rejected", code: "EMPTY_INPUT" });
    expect(await processJob(null as never, store, analyzer)).toMatchObject({ status: "rejected", code: "BAD_INPUT" });
    const tooBig = analyzerThat(() => { throw new RasdError("INPUT_TOO_LARGE", "long"); });
    expect(await processJob({ article: article("b", "نص طويل جدا") }, store, tooBig)).toMatchObject({ status: "rejected", code: "INPUT_TOO_LARGE" });
    expect(analyzer.calls).toBe(0);
    await store.close();
  });

  it("fails (for a retry) when the engine or the store breaks", async () => {
    const store = await openSqliteStore({ path: ":memory:" });
    const broken = analyzerThat(() => { throw new Error("worker thread died"); });
    await expect(processJob({ article: article("t", "تظاهر الآلاف في العاصمة.") }, store, broken)).rejects.toMatchObject({ code: "INTERNAL" });
    await store.close();
    await expect(processJob({ article: article("t", "تظاهر الآلاف في العاصمة.") }, store, analyzerThat())).rejects.toMatchObject({ code: "STORE_ERROR" });
  });
});
