import { describe, expect, it } from "vitest";
import type { ArticleInput } from "../core/article.js";
import { RasdError } from "../core/errors.js";
import type { SourceItem } from "../ingest/sources.js";
import { enqueueItems } from "./enqueue.js";

const art = (i: number): ArticleInput => ({ id: `q${i}`, text: `تظاهر المئات في المدينة رقم ${i}.`, published: null, outlet: null, url: null, title: null });

async function* items(n: number, badEvery: number): AsyncGenerator<SourceItem> {
  for (let i = 0; i < n; i++) {
    if (i % badEvery === badEvery - 1) yield { ok: false, id: `line-${i}`, origin: `f.jsonl:${i + 1}`, error: new RasdError("BAD_JSON", `line ${i + 1}`) };
    else yield { ok: true, article: art(i), origin: `f.jsonl:${i + 1}` };
  }
}

describe("queueing ingest sources", () => {
  it("queues every article in batches and reports what is not an article", async () => {
    const batches: number[] = [];
    const queue = { async enqueue(a: ArticleInput[]) { batches.push(a.length); return a.length; } };
    const rejected: string[] = [];
    const totals = await enqueueItems(queue, items(1200, 100), (bad) => rejected.push(bad.origin));
    expect(totals).toEqual({ queued: 1188, rejected: 12 });
    expect(batches).toEqual([500, 500, 188]);
    expect(rejected[0]).toBe("f.jsonl:100");
  });
});
