// ANERcorp has one LOC class; Rasd's contract splits it into GPE (countries, provinces, cities), LOC
// (seas, rivers, mountains, regions) and FAC (buildings, airports, roads, bridges). A small averaged
// perceptron over the span's words, its head word's affixes and gazetteer membership makes the split; it is
// trained on WikiFANE's fine classes (scripts/train/ner.ts). With no evidence it says GPE, as most news LOCs are.
import { normalize } from "../prep/normalize.js";
import type { Gazetteer } from "./gazetteer.js";
import { hashInt, hashRange } from "./hash.js";
import { peel } from "./segment.js";

export const LOC_TYPES = ["GPE", "LOC", "FAC"] as const;
export type LocType = (typeof LOC_TYPES)[number];

/** feature hash → weights for GPE, LOC, FAC */
export type LocClassifier = { weights: Map<number, Float32Array> };

/** Features of a location span given its surface words. */
export function locFeatures(words: readonly string[], gaz: Gazetteer): number[] {
  const norms = words.map((w) => normalize(w));
  const first = peel(norms[0]);
  const head = first.stem;
  const last = peel(norms[norms.length - 1]).stem;
  const f: number[] = [hashInt(100, 0), hashRange(101, head), hashRange(102, last), hashInt(103, Math.min(norms.length, 4))];
  if (head.length >= 3) f.push(hashRange(104, head, head.length - 2), hashRange(105, head, 0, 2));
  for (let i = 1; i < norms.length; i++) f.push(hashRange(106, peel(norms[i]).stem));
  const rest = norms.slice(1).join(" ");
  let cls = -1;
  for (const form of [norms[0], first.pro.endsWith("ال") ? "ال" + head : "", head]) {
    if (!form) continue;
    const c = gaz.phrases.get(rest ? `${form} ${rest}` : form);
    if (c !== undefined) { cls = c; break; }
  }
  f.push(hashInt(107, cls));
  if (first.pro.endsWith("ال")) f.push(hashInt(108, 1));
  return f;
}

/** The contract type of a LOC span. */
export function classifyLoc(c: LocClassifier, words: readonly string[], gaz: Gazetteer): LocType {
  const s = [0, 0, 0];
  for (const h of locFeatures(words, gaz)) {
    const w = c.weights.get(h);
    if (!w) continue;
    s[0] += w[0]; s[1] += w[1]; s[2] += w[2];
  }
  // ties (no evidence) go to GPE
  let best = 0;
  for (let y = 1; y < 3; y++) if (s[y] > s[best]) best = y;
  return LOC_TYPES[best];
}
