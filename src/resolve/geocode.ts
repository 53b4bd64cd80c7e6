// Choosing among gazetteer homonyms (طرابلس: Tripoli, Libya or Tripoli, Lebanon) by the article's own context:
// which countries it names, in the same sentence and overall, then the place's rank and size.
import type { Place } from "../core/contract.js";
import type { GazPlace } from "./knowledge-base.js";

/** Countries the article names, counted per document and per sentence (from unambiguous mentions only). */
export type GeoContext = { doc: Map<string, number>; sentence: Map<number, Set<string>> };

export function emptyContext(): GeoContext {
  return { doc: new Map(), sentence: new Map() };
}

export function addContext(ctx: GeoContext, country: string, sentence: number): void {
  ctx.doc.set(country, (ctx.doc.get(country) ?? 0) + 1);
  let s = ctx.sentence.get(sentence);
  if (!s) ctx.sentence.set(sentence, (s = new Set()));
  s.add(country);
}

const FCODE_BONUS: Record<string, number> = { PPLC: 3, PPLA: 1.5, ADM1: 1, PPLA2: 0.5 };

/**
 * Score of a candidate: log10 population + feature rank + how often the article names its country (capped) +
 * whether its sentence does. `admin` is true after «ولاية»، «محافظة» …, which asks for the first-level division.
 */
export function placeScore(p: GazPlace, ctx: GeoContext, sentence: number, admin: boolean): number {
  const cc = p.country ?? "";
  let s = Math.log10(p.population + 1) + (FCODE_BONUS[p.fcode] ?? 0);
  s += 1.5 * Math.min(3, ctx.doc.get(cc) ?? 0);
  if (ctx.sentence.get(sentence)?.has(cc)) s += 1.5;
  if (admin && p.fcode === "ADM1") s += 4;
  return s;
}

export function bestPlace(cands: GazPlace[], ctx: GeoContext, sentence: number, admin: boolean): GazPlace {
  let best = cands[0];
  let bestScore = -Infinity;
  for (const c of cands) {
    const s = placeScore(c, ctx, sentence, admin);
    if (s > bestScore) { best = c; bestScore = s; }
  }
  return best;
}

/** ACLED geo_precision: 1 for a town, 3 for a country, first-level division or region. */
export function precisionOf(fcode: string): 1 | 2 | 3 {
  return fcode.startsWith("PPL") ? 1 : 3;
}

/** Great-circle distance in km (used by the eval and tests). */
export function distanceKm(a: Pick<Place, "lat" | "lon">, b: Pick<Place, "lat" | "lon">): number {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return Infinity;
  const r = Math.PI / 180;
  const dLat = (b.lat - a.lat) * r;
  const dLon = (b.lon - a.lon) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
