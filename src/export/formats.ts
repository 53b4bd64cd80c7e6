// The export formats and the one check on their names: a name is looked up in this table, never used as
// a path, so "../../etc/passwd" or "events.csv/../x" cannot reach the file system.
import { RasdError } from "../core/errors.js";

export const EXPORTS = {
  "events.csv": { contentType: "text/csv; charset=utf-8" },
  "events.geojson": { contentType: "application/geo+json; charset=utf-8" },
  "records.jsonl": { contentType: "application/x-ndjson; charset=utf-8" },
} as const;

export type ExportName = keyof typeof EXPORTS;

/** @example exportName("events.csv") === "events.csv"; exportName("../x") throws BAD_INPUT */
export function exportName(name: string): ExportName {
  if (Object.hasOwn(EXPORTS, name)) return name as ExportName;
  throw new RasdError("BAD_INPUT", `unknown export ${JSON.stringify(name.slice(0, 60))}; one of ${Object.keys(EXPORTS).join(", ")}`);
}
