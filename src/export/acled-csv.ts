// Events as an ACLED-style CSV: ACLED's column names where a Rasd field means the same thing, then
// Rasd's own columns. PLOVER types are mapped to ACLED's event types only where the meaning carries over;
// the rest are "Strategic developments", as ACLED does for non-violent political events.
import type { Actor, EventRecord } from "../core/contract.js";
import type { EventItem } from "../store/store.js";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
  "plover_type", "plover_mode", "status", "confidence", "injured", "arrested", "article_id", "event_id", "published", "url",
] as const;

// ACLED inter codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias, 5 rioters,
// 6 protesters, 7 civilians, 8 external/other forces.
const INTER: Record<string, number> = {
  GOV: 1, MIL: 1, COP: 1, SPY: 1, JUD: 1, LEG: 1,
  REB: 2, INS: 2, UAF: 3, PTY: 3, ETH: 4, REL: 4,
  OPP: 6, CVL: 7, BUS: 7, EDU: 7, MED: 7, JRN: 7, LAB: 7,
  IGO: 8, NGO: 8, IMG: 8, PKO: 8,
};

const REMOTE_MODE = /air|drone|shell|artillery|missile|rocket|heavy|bomb|explos/i;

export function acledType(e: EventRecord): { disorder: string; type: string; sub: string } {
  switch (e.type) {
    case "ASSAULT": {
      const civilians = e.recipient.some((r) => r.sector === "CVL");
      if (e.mode && REMOTE_MODE.test(e.mode)) {
        const air = /air|drone/i.test(e.mode);
        return { disorder: "Political violence", type: "Explosions/Remote violence", sub: air ? "Air/drone strike" : "Shelling/artillery/missile attack" };
      }
      if (civilians) return { disorder: "Political violence", type: "Violence against civilians", sub: "Attack" };
      return { disorder: "Political violence", type: "Battles", sub: "Armed clash" };
    }
    case "PROTEST":
      return { disorder: "Demonstrations", type: "Protests", sub: "Peaceful protest" };
    case "AGREE":
      return { disorder: "Strategic developments", type: "Strategic developments", sub: "Agreement" };
    case "COERCE":
      return { disorder: "Strategic developments", type: "Strategic developments", sub: e.size?.arrested ? "Arrests" : "Other" };
    default:
      return { disorder: "Strategic developments", type: "Strategic developments", sub: "Other" };
  }
}

function timePrecision(e: EventItem): number {
  const p = e.when?.value ? e.when.precision : null;
  if (p === "day" || p === "part_of_day") return 1;
  if (p === "month" || p === "year") return 3;
  return 2; // a week, an interval, an approximate date, or only the publication day
}

const name = (a: Actor | undefined) => (a ? a.text : "");
const inter = (a: Actor | undefined) => (a?.sector && INTER[a.sector] ? INTER[a.sector] : "");

export function acledRow(e: EventItem): Record<(typeof ACLED_COLUMNS)[number], string | number> {
  const t = acledType(e);
  // two-sided fighting puts all sides in `actor` with an empty recipient: the second side is actor2
  const side1 = e.actor.slice(0, 1);
  const side2 = e.recipient.length ? e.recipient : e.actor.slice(1, 2);
  const assoc1 = e.actor.slice(1 + (e.recipient.length ? 0 : 1));
  const i1 = inter(side1[0]);
  const i2 = inter(side2[0]);
  return {
    event_id_cnty: `${e.where?.country ?? "XXX"}-${e.article_id}-${e.id}`,
    event_date: e.date ?? "",
    year: e.date ? Number(e.date.slice(0, 4)) : "",
    time_precision: timePrecision(e),
    disorder_type: t.disorder,
    event_type: t.type,
    sub_event_type: t.sub,
    actor1: name(side1[0]),
    assoc_actor_1: assoc1.map((a) => a.text).join("; "),
    inter1: i1,
    actor2: name(side2[0]),
    assoc_actor_2: side2.slice(1).map((a) => a.text).join("; "),
    inter2: i2,
    interaction: i1 !== "" && i2 !== "" ? Number(`${Math.min(i1, i2)}${Math.max(i1, i2)}`) : i1 !== "" ? Number(`${i1}0`) : "",
    civilian_targeting: e.type === "ASSAULT" && e.recipient.some((r) => r.sector === "CVL") ? "Civilian targeting" : "",
    country: e.where?.country ?? "",
    admin1: e.where?.admin1 ?? "",
    location: e.where ? (e.where.name_en ?? e.where.name) : "",
    latitude: e.where?.lat ?? "",
    longitude: e.where?.lon ?? "",
    geo_precision: e.where?.precision ?? "",
    source: [e.outlet, e.source?.text].filter(Boolean).join("; "),
    notes: e.evidence.text.replace(/\s+/g, " ").trim(),
    fatalities: e.size?.dead ?? 0,
    plover_type: e.type,
    plover_mode: e.mode ?? "",
    status: e.status,
    confidence: e.confidence,
    injured: e.size?.injured ?? "",
    arrested: e.size?.arrested ?? "",
    article_id: e.article_id,
    event_id: e.id,
    published: e.published ?? "",
    url: e.url ?? "",
  };
}

/**
 * One CSV field (RFC 4180). Text that a spreadsheet would run as a formula (= + - @ at the start) is
 * prefixed with a quote mark: exported article text is data, never code.
 */
export function csvField(v: string | number): string {
  if (typeof v === "number") return String(v);
  let s = v;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function* eventsCsv(events: AsyncIterable<EventItem>): AsyncGenerator<string> {
  yield `${ACLED_COLUMNS.join(",")}\r\n`;
  for await (const e of events) {
    const row = acledRow(e);
    yield `${ACLED_COLUMNS.map((c) => csvField(row[c])).join(",")}\r\n`;
  }
}
