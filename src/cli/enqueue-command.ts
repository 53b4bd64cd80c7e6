// `rasd enqueue SOURCE… --db postgres://...`: puts articles in the ingest queue for `rasd worker`s. Sources
// are what `rasd ingest` reads (JSONL, files, folders, HTML, feeds, URLs) or - for JSONL on stdin. Items
// that are not valid articles are reported here and never queued.
import type { Command } from "commander";
import { RasdError } from "../core/errors.js";
import { parseArticleLine } from "../ingest/article-line.js";
import { DEFAULT_MAX_BYTES } from "../ingest/decode-text.js";
import { jsonlLines } from "../ingest/jsonl-lines.js";
import { readSources, type SourceItem } from "../ingest/sources.js";
import { enqueueItems } from "../queue/enqueue.js";
import { openQueue } from "../queue/queue.js";
import { isPostgresUrl } from "../store/postgres/postgres-store.js";
import { errorLine, EXIT, reportError } from "./errors.js";

type EnqueueOptions = { db: string; maxBytes: number; jobTimeout: number; retries: number; published?: string };

const int = (name: string, min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new RasdError("BAD_INPUT", `${name} must be an integer >= ${min}`);
  return n;
};

export function registerEnqueue(program: Command): void {
  program
    .command("enqueue")
    .description("queue articles for `rasd worker` processes (PostgreSQL)")
    .argument("<sources...>", "JSONL files ({id, text, published?, outlet?, url?, title?} per line), other ingest sources, or - for JSONL on stdin")
    .requiredOption("--db <url>", "the PostgreSQL store and queue (postgres://user@host/db)")
    .option("--published <date>", "publication date for plain text files (YYYY-MM-DD)")
    .option("--max-bytes <n>", "largest article in bytes", int("--max-bytes", 1), DEFAULT_MAX_BYTES)
    .option("--job-timeout <s>", "seconds after which a job whose worker vanished is retried (when this creates the queue)", int("--job-timeout", 1), 300)
    .option("--retries <n>", "retries of a failing job (when this creates the queue)", int("--retries", 0), 5)
    .action(async (sources: string[], opts: EnqueueOptions) => {
      try {
        await enqueue(sources, opts);
      } catch (err) {
        reportError(err);
      }
    });
}

async function* stdinJsonl(maxBytes: number): AsyncGenerator<SourceItem> {
  for await (const raw of jsonlLines(process.stdin, maxBytes)) {
    if (raw.bytes.length === 0 && !raw.tooLong) continue;
    const p = parseArticleLine(raw, maxBytes);
    yield p.ok ? { ok: true, article: p.article, origin: `stdin:${raw.n}` } : { ok: false, id: p.id, error: p.error, origin: `stdin:${raw.n}` };
  }
}

async function enqueue(sources: string[], opts: EnqueueOptions): Promise<void> {
  if (!isPostgresUrl(opts.db)) throw new RasdError("BAD_INPUT", "--db must be a postgres:// URL: the queue lives in PostgreSQL");
  const items = sources.length === 1 && sources[0] === "-"
    ? stdinJsonl(opts.maxBytes)
    : readSources(sources, { published: opts.published ?? null, maxBytes: opts.maxBytes, followBelowChars: 0 });
  const queue = await openQueue({ url: opts.db, jobTimeoutSeconds: opts.jobTimeout, retries: opts.retries, supervise: false });
  let totals;
  try {
    totals = await enqueueItems(queue, items, (bad) => {
      const { code, message } = errorLine(bad.error);
      process.stderr.write(`rasd: ${bad.origin}: ${code}: ${message}\n`);
    });
  } finally {
    await queue.close();
  }
  process.stdout.write(`${JSON.stringify(totals)}\n`);
  if (totals.queued === 0) {
    if (totals.rejected === 0) throw new RasdError("EMPTY_INPUT", "no articles in the input");
    process.exitCode = EXIT.failure;
  }
}
