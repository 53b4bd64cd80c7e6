// Test helper: an EventsInput built from Arabic text with prepare(), where the actor phrases, places and
// times the other stages would find are declared by substring. Lets the events stage be tested alone.
import type { EntityType, Place, Precision } from "../core/contract.js";
import type { ActorMention, Prepared, Resolved, ResolvedMention, TimeMention } from "../core/doc.js";
import { spanOf } from "../core/span.js";
import { prepare } from "../prep/index.js";
import type { EventsInput } from "./index.js";

export type FixtureActor = {
  text: string;
  country: string | null;
  sector?: string | null;
  type?: EntityType;
  /** also a place (a country, a city): geocoded with this English name */
  place?: string;
  /** only the n-th occurrence (0-based); default every occurrence */
  nth?: number;
  /** the place's geo precision (1 a town, 3 a country or region); default 1 */
  precision?: 1 | 2 | 3;
  name_en?: string;
};
export type FixtureTime = { text: string; value: string | null; precision?: Precision; nth?: number };
export type FixtureSpec = { actors?: FixtureActor[]; places?: FixtureActor[]; times?: FixtureTime[]; published?: string | null };

function occurrences(text: string, needle: string, nth?: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) out.push(at);
  if (nth !== undefined) return out[nth] === undefined ? [] : [out[nth]];
  return out;
}

function tokenRange(doc: Prepared, start: number, end: number): [number, number] {
  let a = doc.tokens.findIndex((t) => t.end > start);
  if (a < 0) a = doc.tokens.length;
  let b = doc.tokens.findIndex((t) => t.start >= end);
  if (b < 0) b = doc.tokens.length;
  return [a, b];
}

export function fixture(text: string, spec: FixtureSpec = {}): EventsInput {
  const doc = prepare(text);
  const resolved: Resolved = { entities: [], actors: [], mentions: [], places: new Map(), relations: [] };
  const ids = new Map<string, string>();
  const entityFor = (a: FixtureActor, isPlace: boolean): string => {
    const key = a.name_en ?? a.place ?? a.text;
    let id = ids.get(key);
    if (id) return id;
    id = `E${ids.size + 1}`;
    ids.set(key, id);
    resolved.entities.push({
      id, type: a.type ?? (isPlace || a.place ? "GPE" : a.sector ? "ORG" : "GPE"), name: a.text, name_en: a.name_en ?? a.place ?? null,
      wikidata: null, country: a.country, sector: a.sector ?? null, role: null, mentions: [],
    });
    if (isPlace || a.place) {
      const place: Place = {
        entity: id, name: a.text, name_en: a.place ?? a.name_en ?? null, geonames: null, lat: null, lon: null,
        country: a.country, admin1: null, precision: a.precision ?? 1, span: null,
      };
      resolved.places.set(id, place);
    }
    return id;
  };
  const addMention = (a: FixtureActor, isPlace: boolean, asActor: boolean) => {
    for (const at of occurrences(doc.text, a.text, a.nth)) {
      const [ts, te] = tokenRange(doc, at, at + a.text.length);
      const span = spanOf(doc.text, at, at + a.text.length);
      const entity = entityFor(a, isPlace);
      const rm: ResolvedMention = { entity, span, tokenStart: ts, tokenEnd: te, kind: "name" };
      resolved.mentions.push(rm);
      resolved.entities.find((e) => e.id === entity)!.mentions.push(span);
      if (asActor) {
        const am: ActorMention = { span, tokenStart: ts, tokenEnd: te, entity, country: a.country, sector: a.sector ?? null };
        resolved.actors.push(am);
      }
    }
  };
  for (const a of spec.actors ?? []) addMention(a, false, true);
  for (const p of spec.places ?? []) addMention(p, true, false);
  resolved.actors.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
  resolved.mentions.sort((x, y) => x.tokenStart - y.tokenStart);
  const times: TimeMention[] = [];
  for (const t of spec.times ?? []) {
    for (const at of occurrences(doc.text, t.text, t.nth)) {
      const [ts, te] = tokenRange(doc, at, at + t.text.length);
      times.push({ span: spanOf(doc.text, at, at + t.text.length), value: t.value, precision: t.precision ?? "day", anchor: "publication", tokenStart: ts, tokenEnd: te });
    }
  }
  times.sort((a, b) => a.tokenStart - b.tokenStart);
  return { doc, resolved, times, published: spec.published ?? null };
}
