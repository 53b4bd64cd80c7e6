// Events with coordinates as a GeoJSON FeatureCollection (RFC 7946: [longitude, latitude]), streamed.
import type { EventItem } from "../store/store.js";

export function eventFeature(e: EventItem): object | null {
  if (e.lat == null || e.lon == null || !Number.isFinite(e.lat) || !Number.isFinite(e.lon)) return null;
  return {
    type: "Feature",
    id: e.key,
    geometry: { type: "Point", coordinates: [e.lon, e.lat] },
    properties: {
      key: e.key, article_id: e.article_id, event_id: e.id, type: e.type, mode: e.mode, status: e.status,
      date: e.date, place: e.where?.name ?? null, place_en: e.where?.name_en ?? null, country: e.where?.country ?? null,
      admin1: e.where?.admin1 ?? null, geo_precision: e.where?.precision ?? null,
      actors: e.actor.map((a) => a.text), recipients: e.recipient.map((a) => a.text), source: e.source?.text ?? null,
      dead: e.size?.dead ?? null, injured: e.size?.injured ?? null, confidence: e.confidence,
      trigger: e.trigger.text, title: e.article_title, outlet: e.outlet, published: e.published, url: e.url,
    },
  };
}

export async function* eventsGeoJson(events: AsyncIterable<EventItem>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const e of events) {
    const f = eventFeature(e);
    if (!f) continue;
    yield `${first ? "" : ","}\n${JSON.stringify(f)}`;
    first = false;
  }
  yield "\n]}\n";
}
