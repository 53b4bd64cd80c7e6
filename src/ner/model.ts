// The trained tagger: hashed feature weights per label, label-transition weights, and Viterbi decoding
// over BIO labels with the constraint that I-X only follows B-X or I-X.
import { FEATS_PER_TOKEN, sentenceFeatures, type FeatureResources } from "./features.js";
import type { LocClassifier } from "./loc-type.js";

/** The labels of the tagger, in ANERcorp's tag set: O, then B-X, I-X for PERS, LOC, ORG, MISC. */
export const LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
export const L = LABELS.length;

/** Open-addressing table from a feature hash to its row of L weights. */
export type WeightTable = { slots: Uint32Array; rows: Int32Array; mask: number; weights: Float32Array };

export type NerModel = {
  readonly kind: "perceptron";
  readonly version: string;
  readonly table: WeightTable;
  /** trans[prev * L + cur]; prev = L is the sentence start */
  readonly trans: Float32Array;
  readonly res: FeatureResources;
  /** subtracted from the O score of every token at decoding: trades precision for recall (set at training) */
  readonly oBias: number;
  /** splits LOC spans into GPE / LOC / FAC for the Rasd tag set */
  readonly locType: LocClassifier;
};

/** Builds the lookup table for `keys[r]` → row r of `weights` (row-major, L per row). */
export function buildTable(keys: Uint32Array, weights: Float32Array): WeightTable {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const slots = new Uint32Array(size);
  const rows = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let r = 0; r < keys.length; r++) {
    let p = keys[r] & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
    slots[p] = keys[r];
    rows[p] = r;
  }
  return { slots, rows, mask, weights };
}

function rowOf(t: WeightTable, key: number): number {
  let p = key & t.mask;
  for (;;) {
    const k = t.slots[p];
    if (k === key) return t.rows[p];
    if (k === 0) return -1;
    p = (p + 1) & t.mask;
  }
}

/** allowed[prev * L + cur]: I-X only after B-X or I-X (prev = L: sentence start). */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const cl = LABELS[c];
      if (!cl.startsWith("I-")) { a[p * L + c] = 1; continue; }
      if (p === L) continue;
      const pl = LABELS[p];
      a[p * L + c] = pl !== "O" && pl.slice(2) === cl.slice(2) ? 1 : 0;
    }
  }
  return a;
})();

let emitBuf = new Float32Array(0);
let scoreBuf = new Float32Array(0);
let backBuf = new Int32Array(0);
let featBuf = new Uint32Array(0);

/** Per-token label scores from the features: `emit[i * L + y]`. */
export function emissions(feats: Uint32Array, n: number, table: WeightTable, out: Float32Array): void {
  const F = FEATS_PER_TOKEN;
  const w = table.weights;
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let k = 0; k < F; k++) {
      const h = feats[i * F + k];
      if (h === 0) continue;
      const r = rowOf(table, h);
      if (r < 0) continue;
      const b = r * L;
      for (let y = 0; y < L; y++) out[o + y] += w[b + y];
    }
  }
}

/** Best label sequence under emissions and transitions (Viterbi), label indices into LABELS. */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, out: Uint8Array): void {
  if (n === 0) return;
  if (scoreBuf.length < n * L) { scoreBuf = new Float32Array(n * L * 2); backBuf = new Int32Array(n * L * 2); }
  const sc = scoreBuf;
  const bp = backBuf;
  for (let y = 0; y < L; y++) sc[y] = ALLOWED[L * L + y] ? emit[y] + trans[L * L + y] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const v = sc[(i - 1) * L + p] + trans[p * L + y];
        if (v > best) { best = v; arg = p; }
      }
      sc[i * L + y] = best + emit[i * L + y];
      bp[i * L + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) if (sc[(n - 1) * L + y] > best) { best = sc[(n - 1) * L + y]; arg = y; }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) { arg = bp[i * L + arg]; out[i - 1] = arg; }
}

/**
 * Tags one sentence of surface words with ANERcorp labels.
 * @example tagWords(model, ["زار", "الرئيس", "محمد", "مرسي", "القاهرة"]) → ["O", "O", "B-PERS", "I-PERS", "B-LOC"]
 */
export function tagWords(model: NerModel, words: readonly string[]): Label[] {
  const idx = tagIndices(model, words);
  const out: Label[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = LABELS[idx[i]];
  return out;
}

/** Like tagWords, as label indices (the array is fresh). */
export function tagIndices(model: NerModel, words: readonly string[]): Uint8Array {
  const n = words.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (featBuf.length < n * FEATS_PER_TOKEN) featBuf = new Uint32Array(n * FEATS_PER_TOKEN * 2);
  if (emitBuf.length < n * L) emitBuf = new Float32Array(n * L * 2);
  const feats = sentenceFeatures(words, model.res, featBuf);
  emissions(feats, n, model.table, emitBuf);
  if (model.oBias !== 0) for (let i = 0; i < n; i++) emitBuf[i * L] -= model.oBias;
  viterbi(emitBuf, n, model.trans, out);
  return out;
}
