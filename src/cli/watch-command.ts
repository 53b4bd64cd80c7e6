// `rasd watch FEED…`: polls RSS/Atom feeds and ingests new entries until stopped (Ctrl-C).
import type { Command } from "commander";
import { createAnalyzer } from "../engine/analyzer.js";
import { ENGINE_VERSION } from "../engine/index.js";
import { pollFeed, type FeedState } from "../ingest/watch.js";
import { openStore } from "../store/open.js";
import { reportError } from "./errors.js";

type WatchOptions = { db?: string; interval: number; once?: boolean; follow: boolean; allowPrivate?: boolean; allowLoopback?: boolean };

export function registerWatch(program: Command): void {
  program
    .command("watch")
    .description("poll RSS/Atom feeds and ingest new articles")
    .argument("<feeds...>", "feed URLs")
    .option("--db <path>", "SQLite file (default: $RASD_DB or ./rasd.db)")
    .option("--interval <seconds>", "seconds between polls (at least 30)", (v) => Number(v), 300)
    .option("--once", "poll each feed once and exit")
    .option("--no-follow", "use entries' own text; never fetch their pages")
    .option("--allow-private", "allow private and loopback addresses")
    .option("--allow-loopback", "allow this machine")
    .action(async (feeds: string[], opts: WatchOptions) => {
      try {
        const store = await openStore(opts.db);
        const analyzer = await createAnalyzer({});
        const states = new Map<string, FeedState>(feeds.map((f) => [f, {}]));
        let stop = false;
        let wake: (() => void) | null = null;
        const onSignal = () => { stop = true; wake?.(); };
        process.once("SIGINT", onSignal);
        process.once("SIGTERM", onSignal);
        try {
          while (!stop) {
            for (const url of feeds) {
              if (stop) break;
              const r = await pollFeed(url, states.get(url)!, {
                store, analyzer, engineVersion: ENGINE_VERSION, followBelowChars: opts.follow ? 400 : 0,
                fetch: { allowPrivate: opts.allowPrivate, allowLoopback: opts.allowLoopback },
              });
              const when = new Date().toISOString().slice(0, 19);
              process.stderr.write(r.error ? `${when} ${url}: ${r.error}\n`
                : r.notModified ? `${when} ${url}: not modified\n`
                : `${when} ${url}: ${r.entries} entries, ${r.added} new, ${r.known} known, ${r.failed} failed\n`);
            }
            if (opts.once) break;
            await new Promise<void>((resolve) => {
              const t = setTimeout(resolve, Math.max(30, opts.interval) * 1000);
              wake = () => { clearTimeout(t); resolve(); };
            });
          }
        } finally {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
          await analyzer.close();
          await store.close();
        }
      } catch (err) {
        reportError(err);
      }
    });
}
