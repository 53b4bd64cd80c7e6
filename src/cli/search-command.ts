// `rasd search QUERY`: ranked full-text search over stored articles, with snippets.
import type { Command } from "commander";
import { openStore } from "../store/open.js";
import { reportError } from "./errors.js";

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description('full-text search on normalized Arabic: words, "a phrase", prefix*')
    .argument("<query...>", "the query")
    .option("--db <path>", "SQLite file (default: $RASD_DB or ./rasd.db)")
    .option("--limit <n>", "results", (v) => Number(v), 10)
    .option("--json", "print the JSON answer")
    .action(async (words: string[], opts: { db?: string; limit: number; json?: boolean }) => {
      try {
        const store = await openStore(opts.db);
        try {
          const res = await store.search(words.join(" "), { limit: opts.limit });
          if (opts.json) {
            process.stdout.write(`${JSON.stringify(res, null, 2)}\n`);
            return;
          }
          const bold = process.stdout.isTTY ? ["\x1b[1m", "\x1b[0m"] : ["[", "]"];
          process.stdout.write(`${res.total} articles match (terms: ${res.terms.join(" ")})\n`);
          res.items.forEach((h, i) => {
            let s = "";
            let at = 0;
            for (const [a, b] of h.highlights) { s += h.snippet.slice(at, a) + bold[0] + h.snippet.slice(a, b) + bold[1]; at = b; }
            s += h.snippet.slice(at);
            process.stdout.write(`\n${i + 1}. ${h.title ?? "(no title)"}  [${h.id}] ${h.published ?? ""} ${h.outlet ?? ""}  score ${h.score}\n   ${s}\n`);
          });
        } finally {
          await store.close();
        }
      } catch (err) {
        reportError(err);
      }
    });
}
