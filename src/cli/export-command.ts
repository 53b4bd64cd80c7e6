// `rasd export events.csv|events.geojson|records.jsonl [--out FILE] [filters]`
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Command } from "commander";
import { runExport } from "../export/export.js";
import { EXPORTS, exportName } from "../export/formats.js";
import { eventFilter } from "../server/params.js";
import { openStore } from "../store/open.js";
import { reportError } from "./errors.js";

type ExportOptions = { db?: string; out?: string; type?: string; status?: string; country?: string; actor?: string; place?: string; from?: string; to?: string };

export function registerExport(program: Command): void {
  program
    .command("export")
    .description(`write an export: ${Object.keys(EXPORTS).join(", ")}`)
    .argument("<name>", Object.keys(EXPORTS).join(" | "))
    .option("--db <path>", "SQLite file (default: $RASD_DB or ./rasd.db)")
    .option("-o, --out <file>", "write to a file instead of stdout")
    .option("--type <types>", "PLOVER event types, comma-separated")
    .option("--status <statuses>", "asserted, negated, future, hypothetical")
    .option("--country <iso3>", "country of the event's place")
    .option("--actor <name>", "actor name or country code")
    .option("--place <name>", "place name")
    .option("--from <date>", "first day")
    .option("--to <date>", "last day")
    .action(async (name: string, opts: ExportOptions) => {
      try {
        const kind = exportName(name);
        const { db, out, ...filters } = opts;
        const filter = eventFilter(Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<string, string>);
        const store = await openStore(db);
        const sink = out ? createWriteStream(out) : process.stdout;
        try {
          for await (const chunk of runExport(store, kind, filter)) {
            if (!sink.write(chunk)) await once(sink, "drain");
          }
        } finally {
          if (out) await new Promise((r) => (sink as ReturnType<typeof createWriteStream>).end(r));
          await store.close();
        }
      } catch (err) {
        reportError(err);
      }
    });
}
