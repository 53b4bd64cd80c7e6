// `rasd reanalyze`: re-runs the engine on articles whose record is missing or was made by another engine
// version. The old record stays until the new one commits (one transaction per article).
import type { Command } from "commander";
import { asRasdError } from "../core/errors.js";
import { createAnalyzer } from "../engine/analyzer.js";
import { ENGINE_VERSION } from "../engine/index.js";
import { openStore } from "../store/open.js";
import { reportError } from "./errors.js";
import { progress } from "./progress.js";

// over a progress bar on a terminal, plain lines in logs and pipes
const CLEAR = process.stderr.isTTY ? ["\r", "\x1b[K"] : ["", ""];

export function registerReanalyze(program: Command): void {
  program
    .command("reanalyze")
    .description(`re-analyse stored articles whose record is not from engine ${ENGINE_VERSION}`)
    .option("--db <path>", "SQLite file (default: $RASD_DB or ./rasd.db)")
    .option("--limit <n>", "at most this many articles", (v) => Number(v))
    .option("--workers <n>", "analysis worker threads", (v) => Number(v))
    .action(async (opts: { db?: string; limit?: number; workers?: number }) => {
      try {
        const store = await openStore(opts.db);
        const analyzer = await createAnalyzer({ workers: opts.workers });
        const bar = progress("reanalyze", (await store.stats(ENGINE_VERSION)).stale_records);
        let done = 0;
        const failed = new Set<string>();
        try {
          for (;;) {
            const want = Math.min(100, (opts.limit ?? Infinity) - done);
            if (want <= 0) break;
            const batch = (await store.staleArticles(ENGINE_VERSION, want + failed.size)).filter((a) => !failed.has(a.id)).slice(0, want);
            if (!batch.length) break;
            await Promise.all(batch.map(async (a) => {
              try {
                await store.replaceRecord(a.id, await analyzer.analyze(a), ENGINE_VERSION);
                done++;
              } catch (err) {
                failed.add(a.id);
                process.stderr.write(`${CLEAR[0]}rasd: ${a.id}: ${asRasdError(err).message}${CLEAR[1]}\n`);
              }
              bar.tick();
            }));
          }
        } finally {
          bar.done();
          await analyzer.close();
          await store.close();
        }
        process.stderr.write(`rasd: ${done} re-analysed with engine ${ENGINE_VERSION}, ${failed.size} failed\n`);
        if (failed.size && !done) process.exitCode = 1;
      } catch (err) {
        reportError(err);
      }
    });
}
