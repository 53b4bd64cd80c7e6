// `rasd analyze FILE|-` (one record) and `rasd analyze --jsonl FILE|-` (one record per line, in order).
import { basename, extname } from "node:path";
import type { Command } from "commander";
import { articleInputSchema } from "../core/article.js";
import { RasdError } from "../core/errors.js";
import { createAnalyzer, recordJson, type Analyzer } from "../engine/analyzer.js";
import { parseArticleLine } from "../ingest/article-line.js";
import { DEFAULT_MAX_BYTES, decodeText } from "../ingest/decode-text.js";
import { jsonlLines } from "../ingest/jsonl-lines.js";
import { errorLine, EXIT, reportError } from "./errors.js";
import { progress } from "./progress.js";
import { byteStream, readAllBytes } from "./read-source.js";

type AnalyzeOptions = {
  jsonl?: boolean; published?: string; id?: string; outlet?: string; title?: string; url?: string;
  maxBytes: number; workers?: number; pretty?: boolean;
};

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyse one article (a text file or -) or a JSONL batch, printing analysis records")
    .argument("<source>", "a text file, a JSONL file with --jsonl, or - for stdin")
    .option("--jsonl", "read one JSON object per line: {id, text, published?, outlet?, url?, title?}")
    .option("--published <date>", "publication date (YYYY-MM-DD): the anchor for relative dates")
    .option("--id <id>", "document id (default: the file name)")
    .option("--outlet <name>", "the outlet")
    .option("--title <title>", "the headline")
    .option("--url <url>", "the article's URL")
    .option("--max-bytes <n>", "largest input (per article) in bytes", (v) => Number(v), DEFAULT_MAX_BYTES)
    .option("--workers <n>", "worker threads for --jsonl (default: all cores but one; 0 = in process)", (v) => Number(v))
    .option("--no-pretty", "print the single record on one line")
    .action(async (source: string, opts: AnalyzeOptions) => {
      try {
        if (opts.jsonl) await analyzeJsonl(source, opts);
        else await analyzeOne(source, opts);
      } catch (err) {
        reportError(err);
      }
    });
}

async function analyzeOne(source: string, opts: AnalyzeOptions): Promise<void> {
  const text = decodeText(await readAllBytes(source, opts.maxBytes), { maxBytes: opts.maxBytes, what: source === "-" ? "stdin" : source });
  const parsed = articleInputSchema.safeParse({
    id: opts.id ?? (source === "-" ? "stdin" : basename(source, extname(source))),
    text, published: opts.published, outlet: opts.outlet, title: opts.title, url: opts.url,
  });
  if (!parsed.success) throw new RasdError("BAD_INPUT", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const analyzer = await createAnalyzer({ workers: 0 });
  try {
    const record = await analyzer.analyze(parsed.data);
    process.stdout.write(`${JSON.stringify(record, null, opts.pretty === false ? undefined : 2)}\n`);
  } finally {
    await analyzer.close();
  }
}

async function analyzeJsonl(source: string, opts: AnalyzeOptions): Promise<void> {
  const analyzer: Analyzer = await createAnalyzer({ workers: opts.workers });
  const bar = progress("analyze", null);
  let good = 0;
  let bad = 0;
  // Lines are analysed concurrently (by the pool) but written in input order.
  const pending: Promise<string>[] = [];
  const window = Math.max(4, analyzer.concurrency * 4);
  const write = async (p: Promise<string>) => {
    const line = await p;
    if (!process.stdout.write(`${line}\n`)) await new Promise((r) => process.stdout.once("drain", r));
    bar.tick();
  };
  try {
    for await (const raw of jsonlLines(byteStream(source), opts.maxBytes)) {
      if (raw.bytes.length === 0 && !raw.tooLong) continue; // blank line
      const parsed = parseArticleLine(raw, opts.maxBytes);
      if (!parsed.ok) {
        bad++;
        pending.push(Promise.resolve(JSON.stringify({ id: parsed.id, error: errorLine(parsed.error) })));
      } else {
        const id = parsed.article.id;
        // the pool's workers serialize the record: this thread only writes the line
        pending.push(recordJson(analyzer, parsed.article).then(
          (line) => { good++; return line; },
          (err) => { bad++; return JSON.stringify({ id, error: errorLine(err) }); },
        ));
      }
      while (pending.length >= window) await write(pending.shift()!);
    }
    while (pending.length) await write(pending.shift()!);
  } finally {
    bar.done();
    await analyzer.close();
  }
  if (bad) process.stderr.write(`rasd: ${good} analysed, ${bad} failed\n`);
  if (good === 0) {
    if (bad === 0) throw new RasdError("EMPTY_INPUT", "no articles in the JSONL input");
    process.exitCode = EXIT.failure;
  }
}
