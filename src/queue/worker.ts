// A queue worker: takes ingest jobs one at a time per slot, analyses the article and saves it with its record
// in one transaction. Jobs whose input can never succeed (bad shape, empty text) are completed with the error
// as their output instead of being retried; store and engine failures are failed and pg-boss retries them.
// Killing a worker at any point loses nothing: its active jobs expire and another worker takes them.
import { articleInputSchema } from "../core/article.js";
import { asRasdError, type ErrorCode } from "../core/errors.js";
import { createAnalyzer, type Analyzer } from "../engine/analyzer.js";
import { ENGINE_VERSION } from "../engine/index.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import type { Store } from "../store/store.js";
import { INGEST_QUEUE, openQueue, type IngestJob, type Queue } from "./queue.js";

export type WorkerOptions = {
  url: string;
  /** jobs worked on at once (default 2) */
  concurrency?: number;
  /** analyzer worker threads (default 0: analyse in this thread; run more processes to scale) */
  workers?: number;
  jobTimeoutSeconds?: number;
  retries?: number;
  /** how long an idle slot waits before asking again (default 500 ms) */
  pollMs?: number;
  /** stop once no job is waiting, retrying or active anywhere */
  drain?: boolean;
  signal?: AbortSignal;
  log?: (line: string) => void;
};

export type JobOutcome = { status: "added" | "duplicate"; id: string; events: number } | { status: "rejected"; code: ErrorCode; message: string };
export type WorkerStats = { added: number; duplicate: number; rejected: number; failed: number };

/** Errors that another attempt may not repeat: the store or the engine, not the article. */
const TRANSIENT = new Set<ErrorCode>(["STORE_ERROR", "INTERNAL", "MODEL_MISSING"]);

export async function processJob(job: IngestJob, store: Store, analyzer: Analyzer): Promise<JobOutcome> {
  const parsed = articleInputSchema.safeParse(job?.article);
  if (!parsed.success) return { status: "rejected", code: "BAD_INPUT", message: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  const article = parsed.data;
  if (!article.text.trim()) return { status: "rejected", code: "EMPTY_INPUT", message: "text is empty" };
  // a retried job whose first attempt committed: nothing to analyse again
  const dup = await store.findDuplicate(article);
  if (dup) return { status: "duplicate", id: dup, events: 0 };
  let record;
  try {
    record = await analyzer.analyze(article);
  } catch (err) {
    const e = asRasdError(err);
    if (TRANSIENT.has(e.code)) throw e;
    return { status: "rejected", code: e.code, message: e.message };
  }
  try {
    const res = await store.saveAnalyzed(article, record, ENGINE_VERSION);
    return { status: res.created ? "added" : "duplicate", id: res.id, events: res.created ? record.events.length : 0 };
  } catch (err) {
    const e = asRasdError(err);
    if (TRANSIENT.has(e.code)) throw e;
    return { status: "rejected", code: e.code, message: e.message };
  }
}

export async function runWorker(opts: WorkerOptions): Promise<WorkerStats> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? 2));
  const pollMs = Math.max(50, opts.pollMs ?? 500);
  const stats: WorkerStats = { added: 0, duplicate: 0, rejected: 0, failed: 0 };
  // the engine loads before the first job is taken, so a slow start cannot make a job look lost
  const analyzer = await createAnalyzer({ workers: opts.workers ?? 0 });
  let store: Store | null = null;
  let queue: Queue | null = null;
  try {
    store = await openPostgresStore({ url: opts.url, max: concurrency + 2 });
    queue = await openQueue({ url: opts.url, jobTimeoutSeconds: opts.jobTimeoutSeconds, retries: opts.retries });
    const { boss } = queue;
    let stopping = opts.signal?.aborted ?? false;
    let wake: (() => void) | null = null;
    const sleep = () => new Promise<void>((resolve) => {
      const t = setTimeout(resolve, pollMs);
      wake = () => { clearTimeout(t); resolve(); };
    });
    opts.signal?.addEventListener("abort", () => { stopping = true; wake?.(); }, { once: true });
    log(`rasd worker: ready (pid ${process.pid}, ${concurrency} at once)`);

    const slot = async () => {
      while (!stopping) {
        let jobs: { id: string; data: IngestJob }[];
        try {
          jobs = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1 });
        } catch (err) {
          log(`rasd worker: fetch failed: ${asRasdError(err).message}`);
          await sleep();
          continue;
        }
        if (!jobs.length) {
          if (opts.drain && (await queue!.pending()) === 0) return;
          await sleep();
          continue;
        }
        const job = jobs[0];
        try {
          const out = await processJob(job.data, store!, analyzer);
          if (out.status === "rejected") log(`rasd worker: job ${job.id} rejected: ${out.code}: ${out.message}`);
          stats[out.status]++;
          await boss.complete(INGEST_QUEUE, job.id, out);
        } catch (err) {
          const e = asRasdError(err);
          stats.failed++;
          log(`rasd worker: job ${job.id} failed (will be retried): ${e.code}: ${e.message}`);
          await boss.fail(INGEST_QUEUE, job.id, { code: e.code, message: e.message }).catch(() => {});
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, slot));
    return stats;
  } finally {
    await queue?.close().catch(() => {});
    await store?.close().catch(() => {});
    await analyzer.close();
  }
}
