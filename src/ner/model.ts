// The trained tagger: hashed feature weights per tag, tag-transition weights, and Viterbi decoding over BIO
// or BILOU tags with the constraint that a name's inner tags only follow an open name of the same type.
import {
  activeUnits, BOS_INFO, computeWordInfo, EOS_INFO, FEATS_PER_TOKEN, pairFeatures, PAIRS_PER_TOKEN, UNIT_FEATURES,
  type FeatureResources, type WordInfo,
} from "./features.js";
import type { LocClassifier } from "./loc-type.js";

/** The labels of the tagger's output, in ANERcorp's tag set: O, then B-X, I-X for PERS, LOC, ORG, MISC. */
export const LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const;
export type Label = (typeof LABELS)[number];
export const L = LABELS.length;

const TYPES = ["PERS", "LOC", "ORG", "MISC"];

/**
 * The tags the model scores internally: BIO (= LABELS) or BILOU (B-X begins, I-X continues, L-X ends a name
 * of several words, U-X is a one-word name), which lets the weights tell a name's last word and one-word names
 * apart. `allowed[prev * K + cur]` (prev = K: sentence start), `final[t]`: may end a sentence, `toBio[t]`:
 * index into LABELS.
 */
export type Scheme = { name: "bio" | "bilou"; tags: readonly string[]; K: number; allowed: Uint8Array; final: Uint8Array; toBio: Uint8Array };

function makeScheme(name: "bio" | "bilou"): Scheme {
  const tags = name === "bio" ? [...LABELS] : ["O", ...TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`))];
  const K = tags.length;
  const typeOf = (t: string): string => (t === "O" ? "" : t.slice(2));
  const opens = (t: string): boolean => t.startsWith("B-") || t.startsWith("I-");
  const inside = (t: string): boolean => t.startsWith("I-") || t.startsWith("L-");
  const allowed = new Uint8Array((K + 1) * K);
  for (let p = 0; p <= K; p++) {
    for (let c = 0; c < K; c++) {
      const pt = p === K ? "O" : tags[p];
      const open = p < K && opens(pt);
      // a tag continuing a name needs an open name of its type before it; anything else needs none open
      allowed[p * K + c] = inside(tags[c]) ? (open && typeOf(pt) === typeOf(tags[c]) ? 1 : 0) : name === "bio" || !open ? 1 : 0;
    }
  }
  const final = Uint8Array.from(tags, (t) => (name === "bilou" && opens(t) ? 0 : 1));
  const toBio = Uint8Array.from(tags, (t) => {
    const bio = t === "O" ? "O" : `${t[0] === "L" ? "I" : t[0] === "U" ? "B" : t[0]}-${typeOf(t)}`;
    return LABELS.indexOf(bio as Label);
  });
  return { name, tags, K, allowed, final, toBio };
}
export const BIO: Scheme = makeScheme("bio");
export const BILOU: Scheme = makeScheme("bilou");

/** A sentence's BIO tags as the scheme's tags (BILOU: the last word of a name L-, a one-word name U-). */
export function encodeTags(tags: readonly string[], scheme: Scheme): Uint8Array {
  const out = new Uint8Array(tags.length);
  for (let i = 0; i < tags.length; i++) {
    let t = tags[i];
    if (scheme.name === "bilou" && t !== "O") {
      const ends = i + 1 >= tags.length || tags[i + 1] !== `I-${t.slice(2)}`;
      if (t.startsWith("B-") && ends) t = `U-${t.slice(2)}`;
      else if (t.startsWith("I-") && ends) t = `L-${t.slice(2)}`;
    }
    const k = scheme.tags.indexOf(t);
    out[i] = k < 0 ? 0 : k;
  }
  return out;
}

/** Open-addressing table from a feature hash to its row of K weights. */
export type WeightTable = { slots: Uint32Array; rows: Int32Array; mask: number; weights: Float32Array };

export type NerModel = {
  readonly kind: "perceptron";
  readonly version: string;
  readonly scheme: Scheme;
  readonly table: WeightTable;
  /** trans[prev * K + cur]; prev = K is the sentence start */
  readonly trans: Float32Array;
  readonly res: FeatureResources;
  /** subtracted from the O score of every token at decoding: trades precision for recall (set at training) */
  readonly oBias: number;
  /** splits LOC spans into GPE / LOC / FAC for the Rasd tag set */
  readonly locType: LocClassifier;
};

/** Builds the lookup table for `keys[r]` → row r of `weights` (row-major, K per row). */
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

let emitBuf = new Float32Array(0);
let scoreBuf = new Float32Array(0);
let backBuf = new Int32Array(0);
let pairBuf = new Uint32Array(0);
const entryBuf: WordEntry[] = [];
const infoBuf: WordInfo[] = [];

/** Per-token tag scores from hashed features (`feats[i * FEATS_PER_TOKEN + k]`): `out[i * K + y]`. */
export function emissions(feats: Uint32Array, n: number, table: WeightTable, out: Float32Array, K: number): void {
  const F = FEATS_PER_TOKEN;
  const w = table.weights;
  out.fill(0, 0, n * K);
  for (let i = 0; i < n; i++) {
    const o = i * K;
    for (let k = 0; k < F; k++) {
      const h = feats[i * F + k];
      if (h === 0) continue;
      const r = rowOf(table, h);
      if (r < 0) continue;
      const b = r * K;
      for (let y = 0; y < K; y++) out[o + y] += w[b + y];
    }
  }
}

/** Best tag sequence under emissions and transitions (Viterbi), tag indices of the scheme. */
export function viterbi(emit: Float32Array, n: number, trans: Float32Array, out: Uint8Array, scheme: Scheme): void {
  if (n === 0) return;
  const K = scheme.K;
  const allowed = scheme.allowed;
  if (scoreBuf.length < n * K) { scoreBuf = new Float32Array(n * K * 2); backBuf = new Int32Array(n * K * 2); }
  const sc = scoreBuf;
  const bp = backBuf;
  for (let y = 0; y < K; y++) sc[y] = allowed[K * K + y] ? emit[y] + trans[K * K + y] : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < K; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < K; p++) {
        if (!allowed[p * K + y]) continue;
        const v = sc[(i - 1) * K + p] + trans[p * K + y];
        if (v > best) { best = v; arg = p; }
      }
      sc[i * K + y] = best + emit[i * K + y];
      bp[i * K + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < K; y++) if (scheme.final[y] && sc[(n - 1) * K + y] > best) { best = sc[(n - 1) * K + y]; arg = y; }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) { arg = bp[i * K + arg]; out[i - 1] = arg; }
}

/**
 * A word as the tagger meets it: its facts and, for each offset −2 … +2 from the token being scored, the summed
 * weights of the unit features it contributes there (`pool[at + (off + 2) * K + y]`). Computed once per distinct
 * word, so a token costs five short vector additions plus its pair features. The scores live in one growing
 * Float32Array per model (no typed array per word); the sentence-boundary words BOS and EOS sit at 0 and 5K.
 */
type WordEntry = { info: WordInfo; at: number };
type EntryCache = { map: Map<string, WordEntry>; units: typeof UNIT_FEATURES; K: number; pool: Float32Array; next: number };
const ENTRY_CACHE_MAX = 100_000;
const entryCaches = new WeakMap<NerModel, EntryCache>();

function unitScores(info: WordInfo, table: WeightTable, c: EntryCache, at: number): void {
  const K = c.K;
  const v = c.pool;
  v.fill(0, at, at + 5 * K);
  const w = table.weights;
  for (const u of c.units) {
    const h = u.f(info);
    if (h === 0) continue;
    const r = rowOf(table, h);
    if (r < 0) continue;
    const b = at + (u.off + 2) * K;
    for (let y = 0; y < K; y++) v[b + y] += w[r * K + y];
  }
}

function entryCache(model: NerModel): EntryCache {
  let c = entryCaches.get(model);
  if (!c) {
    const K = model.scheme.K;
    c = { map: new Map(), units: activeUnits(model.res), K, pool: new Float32Array(4096 * 5 * K), next: 2 };
    unitScores(BOS_INFO, model.table, c, 0);
    unitScores(EOS_INFO, model.table, c, 5 * K);
    entryCaches.set(model, c);
  }
  return c;
}

/** Makes room for `n` new words; called before a sentence, so that a sentence's entries stay valid. */
function reserve(c: EntryCache, n: number): void {
  if (c.map.size + n > ENTRY_CACHE_MAX) { c.map.clear(); c.next = 2; }
  const need = (c.next + n) * 5 * c.K;
  if (need <= c.pool.length) return;
  let size = c.pool.length;
  while (size < need) size *= 2;
  const pool = new Float32Array(size);
  pool.set(c.pool.subarray(0, c.next * 5 * c.K));
  c.pool = pool;
}

function entryOf(model: NerModel, c: EntryCache, word: string): WordEntry {
  const hit = c.map.get(word);
  if (hit) return hit;
  const info = computeWordInfo(word, model.res);
  const e = { info, at: c.next * 5 * c.K };
  c.next++;
  unitScores(info, model.table, c, e.at);
  c.map.set(word, e);
  return e;
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

/**
 * Label indices (into LABELS) for one sentence (the array is fresh). The scores are those of `emissions` over
 * `sentenceFeatures`, summed per word for the unit features. `stems`, when given, receives the peeled stems.
 */
export function tagIndices(model: NerModel, words: readonly string[], stems?: string[]): Uint8Array {
  const n = words.length;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const K = model.scheme.K;
  if (emitBuf.length < n * K) emitBuf = new Float32Array(n * K * 2);
  const emit = emitBuf;
  wordEmissions(model, words, emit, stems);
  if (model.oBias !== 0) for (let i = 0; i < n; i++) emit[i * K] -= model.oBias;
  viterbi(emit, n, model.trans, out, model.scheme);
  const toBio = model.scheme.toBio;
  for (let i = 0; i < n; i++) out[i] = toBio[out[i]];
  return out;
}

/** The same scores as `emissions(sentenceFeatures(words))`, from the per-word sums: `emit[i * K + y]`. */
export function wordEmissions(model: NerModel, words: readonly string[], emit: Float32Array, stems?: string[]): void {
  const n = words.length;
  const K = model.scheme.K;
  const P = PAIRS_PER_TOKEN;
  if (pairBuf.length < n * P) pairBuf = new Uint32Array(n * P * 2);
  const cache = entryCache(model);
  reserve(cache, n);
  const ents = entryBuf;
  const infos = infoBuf;
  for (let i = 0; i < n; i++) {
    const e = entryOf(model, cache, words[i]);
    ents[i] = e;
    infos[i] = e.info;
    if (stems) stems[i] = e.info.stem;
  }
  pairFeatures(infos, n, model.res, pairBuf);
  const table = model.table;
  const w = table.weights;
  const v = cache.pool;
  const eos = 5 * K;
  for (let i = 0; i < n; i++) {
    const o = i * K;
    const a0 = ents[i].at + 2 * K;
    const am1 = (i > 0 ? ents[i - 1].at : 0) + K;
    const am2 = i > 1 ? ents[i - 2].at : 0;
    const ap1 = (i + 1 < n ? ents[i + 1].at : eos) + 3 * K;
    const ap2 = (i + 2 < n ? ents[i + 2].at : eos) + 4 * K;
    for (let y = 0; y < K; y++) emit[o + y] = v[am2 + y] + v[am1 + y] + v[a0 + y] + v[ap1 + y] + v[ap2 + y];
    for (let j = 0; j < P; j++) {
      const h = pairBuf[i * P + j];
      if (h === 0) continue;
      const r = rowOf(table, h);
      if (r < 0) continue;
      const b = r * K;
      for (let y = 0; y < K; y++) emit[o + y] += w[b + y];
    }
  }
}
