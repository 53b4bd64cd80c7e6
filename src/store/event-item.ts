// A stored event (its record JSON joined with its article) as the API's EventItem: the same mapping for
// every store, so SQLite and PostgreSQL answer with identical shapes. Stores keep each event's EventItem
// serialized (events.item, written with the event), so a page of events is served by joining stored
// strings: no JSON.parse / JSON.stringify per row on the read path.
import type { EventRecord } from "../core/contract.js";
import type { EventItem } from "./store.js";

/** What an EventItem takes from its article (fixed once the article is stored). */
export type ArticleMeta = { id: string; title: string | null; published: string | null; outlet: string | null; url: string | null };

export function eventItemOf(e: EventRecord, a: ArticleMeta, at: { date: string | null; lat: number | null; lon: number | null }): EventItem {
  return {
    ...e,
    key: `${a.id}/${e.id}`,
    article_id: a.id,
    article_title: a.title ?? null,
    published: a.published ?? null,
    outlet: a.outlet ?? null,
    url: a.url ?? null,
    date: at.date ?? null,
    lat: at.lat ?? null,
    lon: at.lon ?? null,
  };
}

/** A row with the event's json, its date/lat/lon and its article's id, title, published, outlet, url. */
export function toEventItem(r: Record<string, unknown>): EventItem {
  const e = JSON.parse(r.json as string) as EventRecord;
  return eventItemOf(e, {
    id: r.article_id as string, title: r.title as string | null, published: r.published as string | null,
    outlet: r.outlet as string | null, url: r.url as string | null,
  }, { date: r.date as string | null, lat: r.lat as number | null, lon: r.lon as number | null });
}

/** The stored item text of a row, computed from its json when it predates the item column. */
export function itemText(r: Record<string, unknown>): string {
  return (r.item as string | null) ?? JSON.stringify(toEventItem(r));
}

const OPEN = Buffer.from('{"items":[');
const COMMA = Buffer.from(",");

/**
 * A page of events as the API's JSON, UTF-8, from stored items: bytes straight from the database (SQLite
 * hands a BLOB over as a copy, where a TEXT is decoded to a JS string that the server then encodes back).
 */
export function eventPageJson(items: (Uint8Array | string)[], total: number): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array[] = [OPEN];
  items.forEach((it, i) => {
    if (i) parts.push(COMMA);
    parts.push(typeof it === "string" ? Buffer.from(it) : it);
  });
  parts.push(Buffer.from(`],"total":${total}}`));
  return Buffer.concat(parts);
}
