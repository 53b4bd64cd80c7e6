// `rasd ingest PATH|URL…`: text files, folders, JSONL, HTML pages, RSS/Atom feeds (files or URLs) into the
// store, each article once, each with its analysis, committed together.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Command } from "commander";
import { RasdError } from "../core/errors.js";
import { createAnalyzer } from "../engine/analyzer.js";
import { ENGINE_VERSION } from "../engine/index.js";
import { DEFAULT_MAX_BYTES } from "../ingest/decode-text.js";
import { ingest } from "../ingest/ingest.js";
import { isUrl, readSources } from "../ingest/sources.js";
import { openStore, resolveDb } from "../store/open.js";
import { reportError } from "./errors.js";
import { progress } from "./progress.js";

// over a progress bar on a terminal, plain lines in logs and pipes
const CLEAR = process.stderr.isTTY ? ["\r", "\x1b[K"] : ["", ""];

type IngestOptions = {
  db?: string; published?: string; maxBytes: number; workers?: number; follow: boolean;
  allowPrivate?: boolean; allowLoopback?: boolean; timeout: number; quiet?: boolean;
};

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("analyse and store articles: text files, folders, JSONL, HTML pages, RSS/Atom feeds (files or URLs)")
    .argument("<sources...>", "files, folders or http(s) URLs")
    .option("--db <path>", "SQLite file (default: $RASD_DB or ./rasd.db)")
    .option("--published <date>", "publication date for plain text files (YYYY-MM-DD)")
    .option("--max-bytes <n>", "largest article or page in bytes", (v) => Number(v), DEFAULT_MAX_BYTES)
    .option("--workers <n>", "analysis worker threads (default: all cores but one; 0 = in process)", (v) => Number(v))
    .option("--no-follow", "use a feed entry's own text; never fetch its page")
    .option("--allow-private", "allow fetching private and loopback addresses (an intranet feed)")
    .option("--allow-loopback", "allow fetching from this machine")
    .option("--timeout <seconds>", "time limit per fetch", (v) => Number(v), 20)
    .option("-q, --quiet", "print only the summary")
    .action(async (sources: string[], opts: IngestOptions) => {
      try {
        await run(sources, opts);
      } catch (err) {
        reportError(err);
      }
    });
}

async function run(sources: string[], opts: IngestOptions): Promise<void> {
  if (opts.published && !/^\d{4}-\d{2}-\d{2}/.test(opts.published)) throw new RasdError("BAD_DATE", opts.published);
  const store = await openStore(opts.db);
  const analyzer = await createAnalyzer({ workers: opts.workers });
  const bar = progress("ingest", process.stderr.isTTY ? await countItems(sources) : null);
  const started = Date.now();
  try {
    const totals = await ingest(readSources(sources, {
      published: opts.published ?? null,
      maxBytes: opts.maxBytes,
      followBelowChars: opts.follow ? 400 : 0,
      fetch: { allowPrivate: opts.allowPrivate, allowLoopback: opts.allowLoopback, timeoutMs: opts.timeout * 1000, maxBytes: opts.maxBytes },
    }), {
      store, analyzer, engineVersion: ENGINE_VERSION,
      onResult: (r) => {
        bar.tick();
        if (r.status === "failed" && !opts.quiet) process.stderr.write(`${CLEAR[0]}rasd: ${r.origin ?? r.id}: ${r.error?.code}: ${r.error?.message}${CLEAR[1]}\n`);
      },
    });
    bar.done();
    const secs = (Date.now() - started) / 1000;
    const n = totals.added + totals.duplicate + totals.failed;
    process.stderr.write(`rasd: ${totals.added} added, ${totals.duplicate} already stored, ${totals.failed} failed` +
      ` (${n} in ${secs.toFixed(1)} s, ${(n / Math.max(secs, 0.001)).toFixed(0)}/s) -> ${resolveDb(opts.db)}\n`);
    if (totals.failed && !totals.added && !totals.duplicate) process.exitCode = 1;
  } finally {
    await analyzer.close();
    await store.close();
  }
}

/** How many articles the sources hold, for the progress bar: known for files and JSONL, null for folders and URLs. */
async function countItems(sources: string[]): Promise<number | null> {
  let n = 0;
  for (const s of sources) {
    if (isUrl(s)) return null;
    const st = await stat(s).catch(() => null);
    if (!st) continue;
    if (st.isDirectory()) return null;
    if (![".jsonl", ".ndjson"].includes(extname(s).toLowerCase())) { n++; continue; }
    let lines = 0;
    let last = 10;
    for await (const chunk of createReadStream(s) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      last = chunk[chunk.length - 1];
    }
    n += lines + (last === 10 ? 0 : 1);
  }
  return n;
}
