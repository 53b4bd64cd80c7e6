// Articles into the store: skip what is already there (same URL or text) before spending analysis on it,
// analyse the rest (several at once, as many as the analyzer works on), and store each article with its
// record in one transaction. Killing this half way leaves every stored article complete; re-running
// skips them and does the rest.
import type { ArticleInput } from "../core/article.js";
import { asRasdError, type ErrorCode } from "../core/errors.js";
import type { Analyzer } from "../engine/analyzer.js";
import type { Store } from "../store/store.js";
import type { SourceItem } from "./sources.js";

export type IngestStatus = "added" | "duplicate" | "failed";
export type IngestResult = { id: string; status: IngestStatus; events: number; origin?: string; error?: { code: ErrorCode; message: string } };
export type IngestTotals = { added: number; duplicate: number; failed: number };

export type IngestOptions = {
  store: Store;
  analyzer: Analyzer;
  engineVersion: string;
  onResult?: (r: IngestResult) => void;
};

/** One article: duplicate check, analysis, one-transaction save. Never throws: failures are results. */
export async function ingestOne(article: ArticleInput, opts: Omit<IngestOptions, "onResult">): Promise<IngestResult> {
  try {
    const dup = await opts.store.findDuplicate(article);
    if (dup) return { id: dup, status: "duplicate", events: 0 };
    const record = await opts.analyzer.analyze(article);
    const saved = await opts.store.saveAnalyzed(article, record, opts.engineVersion);
    return saved.created ? { id: saved.id, status: "added", events: record.events.length } : { id: saved.id, status: "duplicate", events: 0 };
  } catch (err) {
    const e = asRasdError(err);
    return { id: article.id, status: "failed", events: 0, error: { code: e.code, message: e.message } };
  }
}

export async function ingest(items: AsyncIterable<SourceItem>, opts: IngestOptions): Promise<IngestTotals> {
  const totals: IngestTotals = { added: 0, duplicate: 0, failed: 0 };
  const window = Math.max(2, opts.analyzer.concurrency * 2);
  const pending = new Set<Promise<void>>();
  const report = (r: IngestResult) => { totals[r.status]++; opts.onResult?.(r); };
  for await (const item of items) {
    if (!item.ok) {
      report({ id: item.id, status: "failed", events: 0, origin: item.origin, error: { code: item.error.code, message: item.error.message } });
      continue;
    }
    const p: Promise<void> = ingestOne(item.article, opts).then((r) => report({ ...r, origin: item.origin }));
    pending.add(p);
    void p.finally(() => pending.delete(p));
    if (pending.size >= window) await Promise.race(pending);
  }
  await Promise.all(pending);
  return totals;
}
