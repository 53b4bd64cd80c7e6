// Stage 4, time: Arabic time expressions resolved against the publication date (never the clock).
// NOT BUILT YET: returns nothing.
import type { Prepared, TimeMention } from "../core/doc.js";

export function readTimes(_doc: Prepared, _published: string | null): TimeMention[] {
  return [];
}
