// Runs an export against a store: the named format over all events matching a filter, or all records.
import type { EventFilter, EventItem, Store } from "../store/store.js";
import { eventsCsv } from "./acled-csv.js";
import { exportName } from "./formats.js";
import { eventsGeoJson } from "./geojson.js";

/** Every event matching the filter, read page by page. */
export async function* allEvents(store: Store, filter: EventFilter): AsyncGenerator<EventItem> {
  const limit = 500;
  for (let offset = 0; ; offset += limit) {
    const page = await store.events(filter, { limit, offset });
    yield* page.items;
    if (page.items.length < limit) return;
  }
}

export async function* recordsJsonl(store: Store): AsyncGenerator<string> {
  for await (const r of store.records()) yield `${JSON.stringify(r)}\n`;
}

/** The chunks of an export; `name` is validated against the known formats (BAD_INPUT otherwise). */
export function runExport(store: Store, name: string, filter: EventFilter = {}): AsyncGenerator<string> {
  switch (exportName(name)) {
    case "events.csv": return eventsCsv(allEvents(store, filter));
    case "events.geojson": return eventsGeoJson(allEvents(store, filter));
    case "records.jsonl": return recordsJsonl(store);
  }
}
