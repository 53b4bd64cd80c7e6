// Incidents across articles: events from different articles that tell of the same happening are grouped,
// each source's claim kept side by side, and the toll aggregated the way ACLED (the most conservative
// figure) and UCDP (low / best / high) would record it. Pure: works on events already read from a store.
import { createHash } from "node:crypto";
import type { EventStatus, EventType } from "../core/contract.js";
import { normalizePhrase } from "../prep/normalize.js";
import type { EventItem } from "../store/store.js";

export type IncidentSource = {
  article_id: string;
  event_id: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
  /** who says so: the event's source, else the outlet */
  claimant: string | null;
  status: EventStatus;
  dead: number | null;
  injured: number | null;
  trigger: string;
  evidence: string;
};

export type Incident = {
  id: string;
  type: EventType;
  date: string | null;
  place: { name: string; name_en: string | null; country: string | null; lat: number | null; lon: number | null } | null;
  actors: string[];
  articles: number;
  sources: IncidentSource[];
  fatalities: { acled: number | null; ucdp: { low: number; best: number; high: number } | null };
};

export type GroupOptions = {
  /** places closer than this are "nearby" (default 25 km) */
  nearbyKm?: number;
};

/**
 * Groups events into incidents: same type, same day, same or nearby place (or a place missing on one
 * side), the same parties on each side (see sameParties), from different articles.
 */
export function groupIncidents(events: EventItem[], opts: GroupOptions = {}): Incident[] {
  const nearbyKm = opts.nearbyKm ?? 25;
  const parent = events.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const keys = events.map((e) => ({ actor: participantKeys(e.actor), recipient: participantKeys(e.recipient) }));
  // the contract says one happening is one event within an article, so two events of one article are never
  // the same incident, not even through a chain of other articles' events
  const articles = events.map((e) => new Set([e.article_id]));
  const buckets = new Map<string, number[]>();
  events.forEach((e, i) => {
    if (!e.date) return; // without a day nothing can be matched safely
    const k = `${e.type}|${e.date}`;
    (buckets.get(k) ?? buckets.set(k, []).get(k)!).push(i);
  });
  for (const idx of buckets.values()) {
    for (let x = 0; x < idx.length; x++) {
      for (let y = x + 1; y < idx.length; y++) {
        const i = idx[x];
        const j = idx[y];
        if (events[i].article_id === events[j].article_id) continue;
        const place = samePlace(events[i], events[j], nearbyKm);
        if (place === false || !sameParties(keys[i], keys[j])) continue;
        // compatible is not enough: something must positively match, a place or a party
        if (place !== true && !sharesParty(keys[i], keys[j])) continue;
        const ri = find(i);
        const rj = find(j);
        if (ri === rj || [...articles[ri]].some((a) => articles[rj].has(a))) continue;
        parent[ri] = rj;
        for (const a of articles[ri]) articles[rj].add(a);
      }
    }
  }
  const groups = new Map<number, EventItem[]>();
  events.forEach((e, i) => {
    const r = find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(e);
  });
  return [...groups.values()].map(toIncident).sort((a, b) =>
    (b.date ?? "").localeCompare(a.date ?? "") || b.articles - a.articles || a.id.localeCompare(b.id));
}

function participantKeys(side: EventItem["actor"]): Set<string> {
  const out = new Set<string>();
  for (const a of side) {
    if (a.text) out.add(`n:${normalizePhrase(a.text)}`);
    if (a.country) out.add(`c:${a.country}:${a.sector ?? ""}`);
  }
  return out;
}

type Parties = { actor: Set<string>; recipient: Set<string> };

/**
 * Same parties: each side named in both events shares someone (by name, or by country and sector), and
 * at least one side is named in both or one event names nobody. «Libya cuts ties with Qatar» and «Saudi
 * Arabia cuts ties with Qatar» share the recipient but not the actor: two happenings.
 */
function sameParties(a: Parties, b: Parties): boolean {
  const bothActor = a.actor.size > 0 && b.actor.size > 0;
  const bothRecipient = a.recipient.size > 0 && b.recipient.size > 0;
  if (bothActor && !overlap(a.actor, b.actor)) {
    // two-sided fighting lists every side as actor: a side may appear as the other report's recipient
    return intersects(a.actor, b.recipient) && intersects(b.actor, a.recipient);
  }
  if (bothRecipient && !overlap(a.recipient, b.recipient)) return false;
  return true;
}

function sharesParty(a: Parties, b: Parties): boolean {
  return intersects(a.actor, b.actor) || intersects(a.recipient, b.recipient)
    || intersects(a.actor, b.recipient) || intersects(a.recipient, b.actor);
}

function overlap(a: Set<string>, b: Set<string>): boolean {
  return !a.size || !b.size || intersects(a, b);
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** true: the same or a nearby place; false: different places; null: a place is missing on one side. */
function samePlace(a: EventItem, b: EventItem, nearbyKm: number): boolean | null {
  const pa = a.where;
  const pb = b.where;
  if (!pa || !pb) return null;
  if (pa.lat != null && pa.lon != null && pb.lat != null && pb.lon != null) {
    return km(pa.lat, pa.lon, pb.lat, pb.lon) <= nearbyKm;
  }
  if (pa.geonames != null && pa.geonames === pb.geonames) return true;
  return normalizePhrase(pa.name) === normalizePhrase(pb.name);
}

/** Great-circle distance in km. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function toIncident(group: EventItem[]): Incident {
  const first = group[0];
  const sources: IncidentSource[] = group.map((e) => ({
    article_id: e.article_id, event_id: e.id, outlet: e.outlet, title: e.article_title, published: e.published, url: e.url,
    claimant: e.source?.text ?? e.outlet, status: e.status,
    dead: e.size?.dead ?? null, injured: e.size?.injured ?? null, trigger: e.trigger.text, evidence: e.evidence.text,
  }));
  const places = group.map((e) => e.where).filter((p) => p !== null);
  const place = places.sort((a, b) => Number(b.lat != null) - Number(a.lat != null) || a.precision - b.precision)[0] ?? null;
  const actors = [...new Set(group.flatMap((e) => [...e.actor, ...e.recipient].map((a) => a.text)))];
  const id = `I-${createHash("sha256").update(group.map((e) => e.key).sort().join("\n")).digest("hex").slice(0, 12)}`;
  return {
    id, type: first.type, date: first.date,
    place: place ? { name: place.name, name_en: place.name_en, country: place.country, lat: place.lat, lon: place.lon } : null,
    actors, articles: new Set(group.map((e) => e.article_id)).size, sources,
    fatalities: aggregateFatalities(sources.filter((s) => s.status === "asserted").map((s) => s.dead)),
  };
}

/**
 * ACLED codes the most conservative reported toll; UCDP records low (lowest), best (median) and high.
 * @example aggregateFatalities([3, 7, null]) → {acled: 3, ucdp: {low: 3, best: 5, high: 7}}
 */
export function aggregateFatalities(tolls: (number | null)[]): Incident["fatalities"] {
  const v = tolls.filter((n): n is number => n !== null && Number.isFinite(n)).sort((a, b) => a - b);
  if (!v.length) return { acled: null, ucdp: null };
  const mid = v.length >> 1;
  const best = v.length % 2 ? v[mid] : Math.round((v[mid - 1] + v[mid]) / 2);
  return { acled: v[0], ucdp: { low: v[0], best, high: v[v.length - 1] } };
}
