// Distributed ingest (issue 8): articles wait as jobs in a PostgreSQL-backed queue (pg-boss) and any number
// of `rasd worker` processes take them. A job is "analyse this article and save it"; the save is idempotent
// (same URL or same normalized text is stored once), so a job retried after its worker died mid-way, or
// after it finished but before it could say so, still leaves exactly one stored article.
import PgBoss from "pg-boss";
import type { ArticleInput } from "../core/article.js";
import { RasdError } from "../core/errors.js";
import { parsePgUrl } from "../store/postgres/postgres-store.js";

export const INGEST_QUEUE = "rasd-ingest";

export type QueueOptions = {
  /** postgres:// URL of the store; a `schema` parameter puts the queue in `<schema>_queue` */
  url: string;
  /** a job still active after this long is taken as lost (its worker died) and retried (default 300) */
  jobTimeoutSeconds?: number;
  /** attempts after the first before a job is left failed (default 5) */
  retries?: number;
  /** connections (default 4) */
  max?: number;
  /** run pg-boss maintenance (expiring lost jobs) in this process (default true) */
  supervise?: boolean;
};

export type IngestJob = { article: ArticleInput };

export type Queue = {
  boss: PgBoss;
  /** puts articles in the queue (in batches); returns how many */
  enqueue(articles: ArticleInput[]): Promise<number>;
  /** jobs not yet done (created, retrying or active) */
  pending(): Promise<number>;
  close(): Promise<void>;
};

export async function openQueue(opts: QueueOptions): Promise<Queue> {
  const { url, schema } = parsePgUrl(opts.url);
  const jobTimeout = Math.max(1, Math.round(opts.jobTimeoutSeconds ?? 300));
  const boss = new PgBoss({
    connectionString: url,
    schema: schema ? `${schema}_queue` : "pgboss",
    max: opts.max ?? 4,
    supervise: opts.supervise ?? true,
    schedule: false,
    // lost jobs are noticed at the next maintenance pass: keep it well inside the job timeout
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(jobTimeout / 2))),
    application_name: "rasd",
  });
  // pg-boss reports background failures (maintenance, a worker's fetch) as events; a lost connection is
  // retried by its own loop, so these are not fatal
  boss.on("error", (err) => { if (process.env.RASD_DEBUG) process.stderr.write(`rasd: queue: ${err.message}\n`); });
  try {
    await boss.start();
    // the first process to create the queue sets its policy; later ones keep it
    if (!(await boss.getQueue(INGEST_QUEUE))) {
      await boss.createQueue(INGEST_QUEUE, {
        name: INGEST_QUEUE, policy: "standard", expireInSeconds: jobTimeout, retryLimit: opts.retries ?? 5, retryDelay: 1,
      }).catch(async (err) => { if (!(await boss.getQueue(INGEST_QUEUE))) throw err; }); // lost a creation race: fine
    }
  } catch (err) {
    await boss.stop({ graceful: false, wait: false }).catch(() => {});
    throw new RasdError("STORE_ERROR", `queue: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  return {
    boss,
    async enqueue(articles) {
      for (let i = 0; i < articles.length; i += 500) {
        await boss.insert(articles.slice(i, i + 500).map((article) => ({ name: INGEST_QUEUE, data: { article } satisfies IngestJob })));
      }
      return articles.length;
    },
    async pending() {
      return boss.getQueueSize(INGEST_QUEUE, { before: "completed" });
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
