// Articles from any ingest source into the queue, in batches; an item that is not an article is reported
// and never queued. Used by `rasd enqueue` (and by `rasd ingest --queue` once that option exists).
import type { ArticleInput } from "../core/article.js";
import type { SourceItem } from "../ingest/sources.js";
import type { Queue } from "./queue.js";

export type EnqueueTotals = { queued: number; rejected: number };

export async function enqueueItems(queue: Pick<Queue, "enqueue">, items: AsyncIterable<SourceItem>,
  onRejected: (item: Extract<SourceItem, { ok: false }>) => void = () => {}): Promise<EnqueueTotals> {
  const totals: EnqueueTotals = { queued: 0, rejected: 0 };
  let batch: ArticleInput[] = [];
  for await (const item of items) {
    if (!item.ok) {
      totals.rejected++;
      onRejected(item);
      continue;
    }
    batch.push(item.article);
    if (batch.length >= 500) { totals.queued += await queue.enqueue(batch); batch = []; }
  }
  if (batch.length) totals.queued += await queue.enqueue(batch);
  return totals;
}
