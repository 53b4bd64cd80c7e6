// What every store derives from an analysis record to answer queries: one row per event with the columns
// filters use, one per event participant, one per entity. Pure, shared by the SQLite and PostgreSQL stores.
import type { Actor, Analysis, EventRecord } from "../core/contract.js";
import { normalizePhrase } from "../prep/normalize.js";
import { eventItemOf, type ArticleMeta } from "./event-item.js";

export type EventRow = {
  event_id: string;
  type: string;
  status: string;
  date: string | null;
  country: string | null;
  place: string | null;
  place_norm: string | null;
  place_en: string | null;
  lat: number | null;
  lon: number | null;
  dead: number | null;
  confidence: number;
  json: string;
  /** the API's EventItem for this event, serialized (see event-item.ts) */
  item: string;
  participants: ParticipantRow[];
};

export type ParticipantRow = {
  role: "actor" | "recipient" | "source";
  name: string;
  name_norm: string;
  name_en: string | null;
  country: string | null;
  sector: string | null;
};

export type EntityRow = {
  entity_id: string; type: string; name: string; name_norm: string; name_en: string | null;
  wikidata: string | null; country: string | null; sector: string | null; mentions: number;
};

const DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * The day an event goes on a timeline: its own date when it has a day, the end of an interval, otherwise
 * the article's publication day; null when neither is known.
 */
export function eventDay(e: Pick<EventRecord, "when">, published: string | null): string | null {
  const v = e.when?.value ?? null;
  if (v) {
    const last = v.includes("/") ? v.slice(v.indexOf("/") + 1) : v;
    if (DAY.test(last)) return last.slice(0, 10);
  }
  return published && DAY.test(published) ? published.slice(0, 10) : null;
}

/** article: the stored article the record belongs to (its id, title, publication, outlet, URL). */
export function deriveEvents(record: Analysis, article: ArticleMeta): EventRow[] {
  const entities = new Map(record.entities.map((e) => [e.id, e]));
  const participant = (a: Actor, role: ParticipantRow["role"]): ParticipantRow => {
    const ent = a.entity ? entities.get(a.entity) : undefined;
    const name = (ent?.name ?? a.text).trim() || a.text;
    return {
      role, name, name_norm: normalizePhrase(name), name_en: ent?.name_en ?? null,
      country: a.country ?? ent?.country ?? null, sector: a.sector ?? ent?.sector ?? null,
    };
  };
  return record.events.map((e) => {
    const where = e.where;
    const date = eventDay(e, record.document.published);
    const lat = where?.lat ?? null;
    const lon = where?.lon ?? null;
    return {
      event_id: e.id,
      type: e.type,
      status: e.status,
      date,
      country: where?.country ?? null,
      place: where?.name ?? null,
      place_norm: where?.name ? normalizePhrase(where.name) : null,
      place_en: where?.name_en ?? null,
      lat,
      lon,
      dead: e.size?.dead ?? null,
      confidence: e.confidence,
      json: JSON.stringify(e),
      item: JSON.stringify(eventItemOf(e, article, { date, lat, lon })),
      participants: [
        ...e.actor.map((a) => participant(a, "actor")),
        ...e.recipient.map((a) => participant(a, "recipient")),
        ...(e.source ? [participant(e.source, "source")] : []),
      ],
    };
  });
}

export function deriveEntities(record: Analysis): EntityRow[] {
  return record.entities.map((e) => ({
    entity_id: e.id, type: e.type, name: e.name, name_norm: normalizePhrase(e.name), name_en: e.name_en,
    wikidata: e.wikidata, country: e.country, sector: e.sector, mentions: e.mentions.length,
  }));
}
