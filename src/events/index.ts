// Stage 5, what happened: PLOVER events, casualty reports with claimants, stated relations.
// NOT BUILT YET: returns nothing.
import type { CasualtyReport, EventRecord, Relation } from "../core/contract.js";
import type { Prepared, Resolved, TimeMention } from "../core/doc.js";

export type EventsInput = { doc: Prepared; resolved: Resolved; times: TimeMention[]; published: string | null };
export type EventsOutput = { events: EventRecord[]; reports: CasualtyReport[]; relations: Relation[] };

export function readEvents(_input: EventsInput): EventsOutput {
  return { events: [], reports: [], relations: [] };
}
