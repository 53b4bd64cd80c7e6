// `rasd worker --db postgres://...`: takes ingest jobs from the PostgreSQL queue until stopped (SIGINT or
// SIGTERM finish the jobs in hand first) or, with --drain, until no job is left.
import type { Command } from "commander";
import { RasdError } from "../core/errors.js";
import { runWorker } from "../queue/worker.js";
import { isPostgresUrl } from "../store/postgres/postgres-store.js";
import { reportError } from "./errors.js";

type WorkerCliOptions = { db: string; concurrency: number; workers: number; jobTimeout: number; retries: number; drain?: boolean };

const int = (name: string, min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new RasdError("BAD_INPUT", `${name} must be an integer >= ${min}`);
  return n;
};

export function registerWorker(program: Command): void {
  program
    .command("worker")
    .description("analyse and store articles queued by `rasd enqueue` (run as many as you like against one PostgreSQL)")
    .requiredOption("--db <url>", "the PostgreSQL store and queue (postgres://user@host/db)")
    .option("--concurrency <n>", "jobs worked on at once", int("--concurrency", 1), 2)
    .option("--workers <n>", "analyzer threads (0 = in this thread)", int("--workers", 0), 0)
    .option("--job-timeout <s>", "seconds after which a job whose worker vanished is retried (when this creates the queue)", int("--job-timeout", 1), 300)
    .option("--retries <n>", "retries of a failing job (when this creates the queue)", int("--retries", 0), 5)
    .option("--drain", "exit once no job is waiting, retrying or running")
    .action(async (opts: WorkerCliOptions) => {
      try {
        if (!isPostgresUrl(opts.db)) throw new RasdError("BAD_INPUT", "--db must be a postgres:// URL: the queue lives in PostgreSQL");
        const stop = new AbortController();
        const onSignal = () => stop.abort();
        process.once("SIGINT", onSignal);
        process.once("SIGTERM", onSignal);
        const started = Date.now();
        const s = await runWorker({
          url: opts.db, concurrency: opts.concurrency, workers: opts.workers, jobTimeoutSeconds: opts.jobTimeout,
          retries: opts.retries, drain: opts.drain, signal: stop.signal,
        });
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        const secs = (Date.now() - started) / 1000;
        process.stderr.write(`rasd worker: ${s.added} added, ${s.duplicate} duplicate, ${s.rejected} rejected, ${s.failed} failed (retried) in ${secs.toFixed(1)} s\n`);
      } catch (err) {
        reportError(err);
      }
    });
}
