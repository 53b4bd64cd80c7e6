// A stored event row (its record JSON joined with its article) as the API's EventItem: the same mapping for
// every store, so SQLite and PostgreSQL answer with identical shapes.
import type { EventItem } from "./store.js";

export function toEventItem(r: Record<string, unknown>): EventItem {
  const e = JSON.parse(r.json as string);
  return {
    ...e,
    key: `${r.article_id as string}/${e.id as string}`,
    article_id: r.article_id as string,
    article_title: (r.title as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    outlet: (r.outlet as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    date: (r.date as string | null) ?? null,
    lat: (r.lat as number | null) ?? null,
    lon: (r.lon as number | null) ?? null,
  };
}
