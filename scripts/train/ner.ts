// npm run train -- ner [--seed N] [--epochs N] [--runs N] [--out DIR] (experiments: --opts A,B --bilou --fane-feda K
// --wojood-feda --cluster-extra --wikifane --wojood --no-clusters --no-gaz --no-named-gaz --no-triggers --no-spelling --no-priors --drop R --fold K)
// Builds models/ner from ../shared/data: ANERcorp train (minus the fixed dev split), WikiFANE mapped to
// ANERcorp's four classes, the Wojood sample, word clusters learned from the ANT corpus (Apache-2.0), and a
// gazetteer from ../shared/data/places and ../shared/data/actors. Deterministic for a given seed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseConll, type ConllSentence } from "../../src/ner/conll.js";
import { FEATS_PER_TOKEN, OPEN_QUOTES, sentenceFeatures, type FeatureResources } from "../../src/ner/features.js";
import { buildGazetteer, GAZ_CLASSES } from "../../src/ner/gazetteer.js";
import { LOC_TYPES, locFeatures } from "../../src/ner/loc-type.js";
import { decodeSpelling, encodeWeights, type ModelJson } from "../../src/ner/model-file.js";
import { BILOU, BIO, encodeTags, type Scheme } from "../../src/ner/model.js";
import { seededRandom as rng } from "../../src/core/random.js";
import { trainPerceptron, type TrainSentence } from "../../src/ner/perceptron.js";
import { normalize, normalizePhrase } from "../../src/prep/normalize.js";
import { peel } from "../../src/ner/segment.js";
import { hashPair } from "../../src/ner/hash.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHARED = `${ROOT}../shared/data/`;
export const MODEL_VERSION = "ner-3";
/** The optional feature groups of the shipped model (features.ts): neighbours' stem endings and clitics, and
 * the spelling and listed-name lookups of a word's rest after an unpeeled و/ف/ب/ل. */
export const DEFAULT_OPTIONS = ["naff", "spec2"];

// ---------------------------------------------------------------- data

/**
 * ANERcorp train split into our train and the FIXED dev set: the last 10% of sentences (by count, in file
 * order), so that dev is a contiguous stretch of documents never seen in training.
 */
export function anercorpSplit(fold = 9): { train: ConllSentence[]; dev: ConllSentence[] } {
  const all = parseConll(readFileSync(`${SHARED}ner/anercorp-train.txt`, "utf8"));
  // `fold` (0-9) picks another tenth as dev, for cross-validation diagnostics only; 9 is the fixed dev set
  const size = Math.round(all.length * 0.1);
  const from = fold === 9 ? all.length - size : fold * size;
  const to = fold === 9 ? all.length : from + size;
  return { train: [...all.slice(0, from), ...all.slice(to)], dev: all.slice(from, to) };
}

/** WikiFANE fine classes → ANERcorp classes (null = tag as O). */
const FANE_TO_ANER: Record<string, string | null> = {};
for (const c of ["Politician", "Religious_PER", "Artist", "Other_PER", "Scientist", "Athlete", "Businessperson", "Engineer", "Lawyer", "Police"]) FANE_TO_ANER[c] = "PERS";
for (const c of ["Government", "Non-Governmental", "Commercial", "Educational", "Media", "Sports", "Religious_ORG", "Medical-Science", "Entertainment"]) FANE_TO_ANER[c] = "ORG";
for (const c of ["Population-Center", "Nation", "State-or-Province", "GPE-Cluster", "County-or-District", "Continent", "Water-Body", "Land-Region-Natural", "Celestial", "Building-Grounds", "Airport", "Path", "Subarea-Facility"]) FANE_TO_ANER[c] = "LOC";
/** WikiFANE location-like fine classes → the contract's GPE / LOC / FAC (for the LOC splitter). */
export const FANE_LOC_TYPE: Record<string, string> = {
  "Population-Center": "GPE", Nation: "GPE", "State-or-Province": "GPE", "GPE-Cluster": "GPE", "County-or-District": "GPE",
  Continent: "LOC", "Water-Body": "LOC", "Land-Region-Natural": "LOC", Celestial: "LOC",
  "Building-Grounds": "FAC", Airport: "FAC", Path: "FAC", "Subarea-Facility": "FAC",
};

export function loadWikiFane(): ConllSentence[] {
  const text = gunzipSync(readFileSync(`${SHARED}ner/wikifane/WikiFANE_Gold_2014_500K.txt.gz`)).toString("utf8");
  return parseConll(text);
}

/** Re-tags fine-class sentences with a class map; spans whose class maps to null become O. */
export function mapTags(s: ConllSentence, map: (cls: string) => string | null): ConllSentence {
  const tags: string[] = [];
  let prev: string | null = null;
  for (const t of s.tags) {
    if (t === "O" || !/^[BI]-/.test(t)) { tags.push("O"); prev = null; continue; }
    const cls = map(t.slice(2));
    if (!cls) { tags.push("O"); prev = null; continue; }
    const b = t[0] === "B" || prev !== cls;
    tags.push(`${b ? "B" : "I"}-${cls}`);
    prev = cls;
  }
  return { tokens: s.tokens, tags };
}

const WOJOOD_TO_ANER: Record<string, string> = { PERS: "PERS", ORG: "ORG", GPE: "LOC", LOC: "LOC", FAC: "LOC", EVENT: "MISC", CURR: "MISC" };

/** Wojood (nested: several tags per token, outermost first): the outermost span of a mapped type wins. */
export function loadWojood(): ConllSentence[] {
  const out: ConllSentence[] = [];
  for (const f of ["wojood_train.txt", "wojood_val.txt", "wojood_test.txt"]) {
    let tokens: string[] = [];
    let tags: string[] = [];
    let prev: string | null = null;
    for (const line of readFileSync(`${SHARED}ner/${f}`, "utf8").split(/\r?\n/)) {
      const cols = line.trim().split(/\s+/);
      if (!cols[0]) {
        if (tokens.length) out.push({ tokens, tags });
        tokens = []; tags = []; prev = null;
        continue;
      }
      tokens.push(cols[0]);
      let tag = "O";
      for (const t of cols.slice(1)) {
        const cls = /^[BI]-/.test(t) ? WOJOOD_TO_ANER[t.slice(2)] : undefined;
        if (!cls) continue;
        tag = `${t[0] === "B" || prev !== cls ? "B" : "I"}-${cls}`;
        break;
      }
      prev = tag === "O" ? null : tag.slice(2);
      tags.push(tag);
    }
    if (tokens.length) out.push({ tokens, tags });
  }
  return out;
}

// ---------------------------------------------------------------- clusters from unlabelled news

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * Word clusters from the ANT corpus: each frequent word is described by its immediate left and right
 * neighbours (positive PMI with smoothed context counts, Levy et al. 2015), and seeded spherical k-means
 * groups the words into `k` fine clusters, whose centroids are grouped again into `kc` coarse ones.
 */
export function learnClusters(opts: { seed: number; vocab: number; contexts: number; k: number; kc: number; iters: number; extra?: readonly (readonly string[])[] }): {
  clusters: Map<string, number>; coarseOf: number[]; docs: number; tokens: number;
} {
  const lines = gunzipSync(readFileSync(`${SHARED}corpus/ant.jsonl.gz`)).toString("utf8").split("\n");
  const ids = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const seqs: Int32Array[] = [];
  let tokens = 0;
  const addSequence = (sentence: readonly string[]): void => {
    const seq: number[] = [];
    for (const t of sentence) {
      const w = normalize(t);
      let id = ids.get(w);
      if (id === undefined) { id = words.length; ids.set(w, id); words.push(w); counts.push(0); }
      counts[id]++;
      seq.push(id);
    }
    tokens += seq.length;
    if (seq.length) seqs.push(Int32Array.from(seq));
  };
  for (const line of lines) {
    if (!line) continue;
    const doc = JSON.parse(line) as { title?: string; text?: string };
    for (const part of [doc.title ?? "", doc.text ?? ""]) {
      for (const para of part.split(/\n+/)) {
        addSequence(Array.from(para.matchAll(TOKEN), (m) => m[0]));
      }
    }
  }
  // --cluster-extra: further unlabelled sentences (token lists), read like ANT's paragraphs
  for (const sent of opts.extra ?? []) {
    addSequence(sent);
  }
  const byFreq = words.map((_, i) => i).sort((a, b) => counts[b] - counts[a] || (words[a] < words[b] ? -1 : 1));
  const vocabIds = byFreq.slice(0, opts.vocab).filter((i) => counts[i] >= 5);
  const C = Math.min(opts.contexts, byFreq.length);
  const vIndex = new Int32Array(words.length).fill(-1);
  vocabIds.forEach((id, i) => { vIndex[id] = i; });
  const cIndex = new Int32Array(words.length).fill(-1);
  byFreq.slice(0, C).forEach((id, i) => { cIndex[id] = i; });
  const V = vocabIds.length;
  const D = 2 * C; // left neighbour block, right neighbour block
  const co = new Uint16Array(V * D);
  for (const seq of seqs) {
    for (let i = 0; i < seq.length; i++) {
      const v = vIndex[seq[i]];
      if (v < 0) continue;
      if (i > 0) { const c = cIndex[seq[i - 1]]; if (c >= 0 && co[v * D + c] < 65535) co[v * D + c]++; }
      if (i + 1 < seq.length) { const c = cIndex[seq[i + 1]]; if (c >= 0 && co[v * D + C + c] < 65535) co[v * D + C + c]++; }
    }
  }
  const rowSum = new Float64Array(V);
  const colSum = new Float64Array(D);
  let total = 0;
  for (let v = 0; v < V; v++) for (let d = 0; d < D; d++) { const x = co[v * D + d]; rowSum[v] += x; colSum[d] += x; total += x; }
  let colTotal = 0;
  const colP = new Float64Array(D);
  for (let d = 0; d < D; d++) { colP[d] = colSum[d] ** 0.75; colTotal += colP[d]; }
  // sparse PPMI rows, unit length
  const rowStart = new Int32Array(V + 1);
  const idx: number[] = [];
  const val: number[] = [];
  for (let v = 0; v < V; v++) {
    const from = idx.length;
    let norm = 0;
    for (let d = 0; d < D; d++) {
      const x = co[v * D + d];
      if (x === 0) continue;
      const pmi = Math.log((x / total) / ((rowSum[v] / total) * (colP[d] / colTotal)));
      if (pmi <= 0) continue;
      idx.push(d); val.push(pmi); norm += pmi * pmi;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = from; j < val.length; j++) val[j] /= norm;
    rowStart[v + 1] = idx.length;
  }
  const rows = { start: rowStart, idx: Int32Array.from(idx), val: Float32Array.from(val) };
  const rand = rng(opts.seed);
  const fine = sparseKmeans(rows, V, D, opts.k, opts.iters, rand);
  const coarse = sparseKmeans(denseAsSparse(fine.centroids, opts.k, D), opts.k, D, opts.kc, opts.iters * 2, rand);
  const clusters = new Map<string, number>();
  vocabIds.forEach((id, i) => clusters.set(words[id], fine.assign[i]));
  return { clusters, coarseOf: Array.from(coarse.assign), docs: lines.filter(Boolean).length, tokens };
}

type SparseRows = { start: Int32Array; idx: Int32Array; val: Float32Array };

function denseAsSparse(x: Float32Array, n: number, D: number): SparseRows {
  const start = new Int32Array(n + 1);
  const idx = new Int32Array(n * D);
  for (let i = 0; i < n; i++) { start[i + 1] = (i + 1) * D; for (let d = 0; d < D; d++) idx[i * D + d] = d; }
  return { start, idx, val: x };
}

/** Spherical k-means (cosine) over unit-length sparse rows, seeded k-means++ initialisation. */
function sparseKmeans(x: SparseRows, n: number, D: number, k: number, iters: number, rand: () => number): { assign: Int32Array; centroids: Float32Array } {
  const cent = new Float32Array(k * D);
  const dot = (i: number, c: number): number => {
    let s = 0;
    const o = c * D;
    for (let j = x.start[i]; j < x.start[i + 1]; j++) s += x.val[j] * cent[o + x.idx[j]];
    return s;
  };
  const setCentre = (c: number, i: number): void => {
    cent.fill(0, c * D, c * D + D);
    for (let j = x.start[i]; j < x.start[i + 1]; j++) cent[c * D + x.idx[j]] = x.val[j];
  };
  const dist = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    setCentre(c, pick);
    let tot = 0;
    for (let i = 0; i < n; i++) {
      const dd = Math.max(0, 2 - 2 * dot(i, c));
      if (dd < dist[i]) dist[i] = dd;
      tot += dist[i];
    }
    let r = rand() * tot;
    pick = n - 1;
    for (let i = 0; i < n; i++) { r -= dist[i]; if (r <= 0) { pick = i; break; } }
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) { const s = dot(i, c); if (s > best) { best = s; arg = c; } }
      assign[i] = arg;
    }
    cent.fill(0);
    const size = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const o = assign[i] * D;
      size[assign[i]]++;
      for (let j = x.start[i]; j < x.start[i + 1]; j++) cent[o + x.idx[j]] += x.val[j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += cent[c * D + d] ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) { setCentre(c, Math.floor(rand() * n)); continue; }
      for (let d = 0; d < D; d++) cent[c * D + d] /= norm;
    }
  }
  return { assign, centroids: cent };
}

// ---------------------------------------------------------------- gazetteer

function tsv(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, "utf8").split("\n").filter((l) => l.length > 0);
  return { header: lines[0].split("\t"), rows: lines.slice(1).map((l) => l.split("\t")) };
}

/**
 * Phrases per GAZ_CLASSES entry, normalized. Countries: CLDR, i18n-iso-countries and UNTERM names (not the
 * ODbL / LGPL columns). Places: ADM1 rows and populated places of 20,000 people or more (GeoNames, CC BY 4.0;
 * smaller places' names collide with common words). Organisations: Arabic names in organizations.tsv.
 * Actors: Universal-PETRARCH Arabic actor phrases (MIT) coded to a country or IGO.
 */
export function buildGazetteerLists(annotated: readonly ConllSentence[] = [], minShare = 0.5): string[][] {
  const sets = GAZ_CLASSES.map(() => new Set<string>());
  const add = (cls: number, name: string): void => {
    const p = normalizePhrase(name.replace(/[()«»"]/g, " "));
    if (p.length >= 2 && p.split(" ").length <= 5) sets[cls].add(p);
  };
  const countries = tsv(`${SHARED}actors/countries.tsv`);
  const col = (h: string[], name: string): number => h.indexOf(name);
  const cc = ["ar_name_intl", "ar_i18n_iso_countries", "ar_unterm_short", "ar_unterm_formal", "ar_official_name_cc"].map((c) => col(countries.header, c));
  const iso3 = new Set<string>(["IGO"]);
  for (const r of countries.rows) {
    iso3.add(r[1]);
    for (const c of cc) for (const v of (r[c] ?? "").split("|")) if (v.trim()) add(0, v);
  }
  const places = tsv(`${SHARED}places/places.tsv`);
  const [pn, pc, pcode, ppop] = ["names_ar", "feature_class", "feature_code", "population"].map((c) => col(places.header, c));
  for (const r of places.rows) {
    const names = r[pn];
    if (!names) continue;
    const ok = r[pcode] === "PCL" ? 0 : r[pc] === "A" || Number(r[ppop]) >= 20000 ? 1 : -1;
    if (ok < 0) continue;
    for (const v of names.split("|")) add(ok, v);
  }
  const orgs = tsv(`${SHARED}actors/organizations.tsv`);
  const on = col(orgs.header, "name_ar");
  for (const r of orgs.rows) if (r[on]) add(2, r[on]);
  const actors = tsv(`${SHARED}actors/arabic_actor_dictionary.tsv`);
  const [an, aset] = ["ar_phrase", "actor_prefixes"].map((c) => col(actors.header, c));
  for (const r of actors.rows) {
    const prefixes = (r[aset] ?? "").split("|").map((s) => s.trim());
    if (prefixes.some((p) => iso3.has(p))) add(3, r[an]);
  }
  // names annotated in other corpora (mapped to PERS/LOC/ORG); a one-word name only when that word is
  // annotated as a name in at least `minShare` of its occurrences (not «الله», «الأهلي» as an adjective…)
  const NAMED = ["PERS", "LOC", "ORG"];
  const asName = new Map<string, number>();
  const total = new Map<string, number>();
  const spans: [string, number][] = [];
  for (const s of annotated) {
    const norms = s.tokens.map((t) => normalize(t));
    for (let i = 0; i < norms.length; i++) {
      total.set(norms[i], (total.get(norms[i]) ?? 0) + 1);
      if (!s.tags[i].startsWith("B-")) continue;
      const cls = NAMED.indexOf(s.tags[i].slice(2));
      let j = i + 1;
      while (j < norms.length && s.tags[j] === `I-${s.tags[i].slice(2)}`) j++;
      if (j === i + 1) asName.set(norms[i], (asName.get(norms[i]) ?? 0) + 1);
      if (cls >= 0) spans.push([norms.slice(i, j).join(" "), cls]);
    }
  }
  for (const [p, cls] of spans) {
    if (!p.includes(" ") && (asName.get(p) ?? 0) < minShare * (total.get(p) ?? 0)) continue;
    if (/[\u0621-\u064A]/.test(p)) add(4 + cls, p);
  }
  // a phrase keeps its first class only (countries before places before organisations before actors)
  const seen = new Set<string>();
  return sets.map((s) => [...s].filter((p) => (seen.has(p) ? false : (seen.add(p), true))).sort());
}

// ---------------------------------------------------------------- priors from other annotated corpora

const PRIOR_CLASSES = ["B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

/**
 * For each word stem seen at least `minCount` times in the given (mapped) corpora: the label it most often
 * has and how often (code = label * 3 + share bucket), or nothing when it is mostly O. This carries
 * WikiFANE's and Wojood's knowledge of names into the tagger without their domain's tagging habits.
 */
export function learnPriors(sents: readonly ConllSentence[], minCount: number): Map<string, number> {
  const counts = new Map<string, Int32Array>();
  for (const s of sents) {
    for (let i = 0; i < s.tokens.length; i++) {
      const stem = peel(normalize(s.tokens[i])).stem;
      let c = counts.get(stem);
      if (!c) { c = new Int32Array(PRIOR_CLASSES.length + 1); counts.set(stem, c); }
      const k = PRIOR_CLASSES.indexOf(s.tags[i]);
      c[k < 0 ? PRIOR_CLASSES.length : k]++;
    }
  }
  const out = new Map<string, number>();
  for (const [stem, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = 0;
    for (let k = 0; k < c.length; k++) { total += c[k]; if (k < PRIOR_CLASSES.length && c[k] > c[best]) best = k; }
    if (total < minCount || c[best] === 0) continue;
    const share = c[best] / total;
    if (share < 0.3) continue;
    out.set(stem, best * 3 + (share >= 0.9 ? 2 : share >= 0.6 ? 1 : 0));
  }
  return out;
}

// ---------------------------------------------------------------- trigger words from the training data

const TRIGGER_TYPES = ["PERS", "LOC", "ORG", "MISC"];

/**
 * Context words counted in the (ANERcorp) training sentences, by peeled stem: "left" when the next word
 * often starts an entity of one type («السيد», «نادي», «شركة»), "right" when the word before often ends one
 * («وزيرة» after a name). Code per side: type * 3 + share bucket (≥ 10%, ≥ 30%, ≥ 60% of the stem's
 * occurrences), at least `minCount` such occurrences; packed as (left + 1) * 16 + (right + 1).
 */
export function learnTriggers(sents: readonly ConllSentence[], minCount: number, overQuotes = false): Map<string, number> {
  const T = TRIGGER_TYPES.length;
  const counts = new Map<string, Int32Array>(); // [total, left per type, right per type]
  for (const s of sents) {
    const stems = s.tokens.map((t) => peel(normalize(t)).stem);
    for (let i = 0; i < stems.length; i++) {
      let c = counts.get(stems[i]);
      if (!c) { c = new Int32Array(1 + 2 * T); counts.set(stems[i], c); }
      c[0]++;
      if (s.tags[i] !== "O") continue;
      // with overQuotes, «بعنوان « X»: the word before an opening quote counts for the name after it
      const skip = overQuotes && i + 2 < stems.length && OPEN_QUOTES.includes(s.tokens[i + 1]) ? 1 : 0;
      const next = i + 1 + skip < stems.length ? s.tags[i + 1 + skip] : "O";
      if (next.startsWith("B-")) { const k = TRIGGER_TYPES.indexOf(next.slice(2)); if (k >= 0) c[1 + k]++; }
      const prev = i > 0 ? s.tags[i - 1] : "O";
      if (prev !== "O") { const k = TRIGGER_TYPES.indexOf(prev.slice(2)); if (k >= 0) c[1 + T + k]++; }
    }
  }
  const side = (c: Int32Array, from: number): number => {
    let best = -1;
    for (let k = 0; k < T; k++) if (c[from + k] >= minCount && (best < 0 || c[from + k] > c[from + best])) best = k;
    if (best < 0) return -1;
    const share = c[from + best] / c[0];
    if (share < 0.1) return -1;
    return best * 3 + (share >= 0.6 ? 2 : share >= 0.3 ? 1 : 0);
  };
  const out = new Map<string, number>();
  for (const [stem, c] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const l = side(c, 1);
    const r = side(c, 1 + T);
    if (l >= 0 || r >= 0) out.set(stem, (l + 1) * 16 + (r + 1));
  }
  return out;
}

// ---------------------------------------------------------------- spelling of names

const SPELL_CLASSES = ["O", "PERS", "LOC", "ORG"];

/**
 * Naive Bayes over letter trigrams of word stems (framed ^…$), one vote per distinct stem, its class the
 * one it is most often tagged with in the given corpora (MISC counts as O). Returns model.json's lines.
 */
export function learnSpelling(sents: readonly ConllSentence[], minCount: number): string {
  const byStem = new Map<string, Int32Array>();
  for (const s of sents) {
    for (let i = 0; i < s.tokens.length; i++) {
      const stem = peel(normalize(s.tokens[i])).stem;
      if (stem.length < 2 || !/^[\u0621-\u064A]+$/.test(stem)) continue;
      let c = byStem.get(stem);
      if (!c) { c = new Int32Array(4); byStem.set(stem, c); }
      const k = SPELL_CLASSES.indexOf(s.tags[i].slice(2));
      c[k < 0 ? 0 : k]++;
    }
  }
  const tri = new Map<string, Float64Array>();
  const classN = new Float64Array(4);
  const types = new Float64Array(4);
  for (const [stem, c] of [...byStem.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let y = 0;
    for (let k = 1; k < 4; k++) if (c[k] > c[y]) y = k;
    types[y]++;
    const framed = `^${stem}$`;
    for (let i = 0; i + 3 <= framed.length; i++) {
      const g = framed.slice(i, i + 3);
      let a = tri.get(g);
      if (!a) { a = new Float64Array(4); tri.set(g, a); }
      a[y]++;
      classN[y]++;
    }
  }
  const kept = [...tri.entries()].filter(([, a]) => a[0] + a[1] + a[2] + a[3] >= minCount).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const V = kept.length + 1;
  const alpha = 0.5;
  const lp = (n: number, k: number): number => Math.round(Math.log((n + alpha) / (classN[k] + alpha * V)) * 100) / 100;
  const totalTypes = types.reduce((a, b) => a + b, 0);
  const lines = [
    `\u0001unseen\t${[0, 1, 2, 3].map((k) => lp(0, k)).join(",")}`,
    `\u0001prior\t${[0, 1, 2, 3].map((k) => Math.round(Math.log((types[k] + 1) / (totalTypes + 4)) * 100) / 100).join(",")}`,
  ];
  for (const [g, a] of kept) lines.push(`${g}\t${[0, 1, 2, 3].map((k) => lp(a[k], k)).join(",")}`);
  return lines.join("\n");
}

// ---------------------------------------------------------------- training

/**
 * Sentences as feature rows. With `domain` (another corpus than ANERcorp), each token carries its features
 * twice: the shared ones, which the shipped tagger uses, and a copy private to that corpus, which soaks up
 * what is peculiar to it (Daumé's "frustratingly easy" domain adaptation, one-sided: tagging uses the shared
 * copy only, so it costs nothing at run time).
 */
function toTrain(sents: readonly ConllSentence[], res: FeatureResources, scheme: Scheme, rowOf: Map<number, number>, grow: boolean, domain = 0): TrainSentence[] {
  const F = FEATS_PER_TOKEN;
  const W = domain ? 2 * F : F;
  const out: TrainSentence[] = [];
  for (const s of sents) {
    const base = sentenceFeatures(s.tokens, res);
    const n = s.tokens.length;
    let feats = base;
    if (domain) {
      feats = new Uint32Array(n * W);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < F; k++) {
          const h = base[i * F + k];
          feats[i * W + k] = h;
          feats[i * W + F + k] = h === 0 ? 0 : hashPair(domain, h, 0);
        }
      }
    }
    const rows = new Int32Array(n * W);
    for (let i = 0; i < rows.length; i++) {
      const h = feats[i];
      if (h === 0) { rows[i] = -1; continue; }
      let r = rowOf.get(h);
      if (r === undefined) {
        if (!grow) { rows[i] = -1; continue; }
        r = rowOf.size;
        rowOf.set(h, r);
      }
      rows[i] = r;
    }
    const gold = encodeTags(s.tags, scheme);
    out.push({ rows, gold });
  }
  return out;
}

/** The feature slots that carry the identity of the word itself (see features.ts). */
const WORD_SLOTS = [1, 6, 10, 19, 20, 21, 32, 33];

function flag(args: string[], name: string): boolean {
  return args.includes(`--${name}`);
}
function opt(args: string[], name: string, dflt: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
}

export async function main(args: string[]): Promise<void> {
  const t0 = performance.now();
  const seed = opt(args, "seed", 13);
  const epochs = opt(args, "epochs", 10);
  const outIdx = args.indexOf("--out");
  const outDir = outIdx >= 0 ? args[outIdx + 1] : `${ROOT}models/ner/`;
  const log = (m: string): void => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${m}`);

  // optional feature groups (features.ts), recorded in model.json; `--opts ""` for none
  const oi = args.indexOf("--opts");
  const options = (oi >= 0 ? args[oi + 1] : DEFAULT_OPTIONS.join(",")).split(",").filter(Boolean);
  const { train, dev } = anercorpSplit(opt(args, "fold", 9));
  log(`ANERcorp: ${train.length} train sentences, ${dev.length} dev sentences held out`);
  const data: ConllSentence[] = [...train];
  const fane = loadWikiFane();
  const faneMapped = fane.map((s) => mapTags(s, (c) => FANE_TO_ANER[c] ?? null));
  const wojood = loadWojood();
  if (flag(args, "wikifane")) {
    const every = opt(args, "wikifane-every", 1);
    data.push(...faneMapped.filter((_, i) => i % every === 0));
    log(`WikiFANE: every ${every}th of ${faneMapped.length} sentences (mapped to PERS/ORG/LOC) added to training`);
  }
  if (flag(args, "wojood")) {
    data.push(...wojood);
    log(`Wojood sample: ${wojood.length} sentences added to training`);
  }
  const priorSrc = [...(flag(args, "no-prior-fane") ? [] : faneMapped), ...(flag(args, "no-prior-wojood") ? [] : wojood)];
  const priors = flag(args, "no-priors") ? new Map<string, number>() : learnPriors(priorSrc, opt(args, "prior-min", 2));
  log(`priors: ${priors.size} stems from ${priorSrc.length} WikiFANE/Wojood sentences`);

  // --cluster-cache FILE reuses clusters between experiments (same seed and settings); not for releases
  const ci = args.indexOf("--cluster-cache");
  const cache = ci >= 0 ? args[ci + 1] : null;
  let cl: { clusters: Map<string, number>; coarseOf: number[]; docs: number; tokens: number };
  if (flag(args, "no-clusters")) cl = { clusters: new Map(), coarseOf: [], docs: 0, tokens: 0 };
  else if (cache && existsSync(cache)) {
    const c = JSON.parse(readFileSync(cache, "utf8")) as { clusters: [string, number][]; coarseOf: number[]; docs: number; tokens: number };
    cl = { ...c, clusters: new Map(c.clusters) };
  } else {
    cl = learnClusters({ seed, vocab: opt(args, "vocab", 20000), contexts: opt(args, "contexts", 1000), k: opt(args, "k", 256), kc: 32, iters: opt(args, "kiters", 8),
      extra: flag(args, "cluster-extra") ? [...train, ...fane].map((x) => x.tokens) : undefined });
    if (cache) writeFileSync(cache, JSON.stringify({ ...cl, clusters: [...cl.clusters] }));
  }
  log(`clusters: ${cl.clusters.size} words from ANT (${cl.docs} articles, ${cl.tokens} tokens)`);
  const gazLists = flag(args, "no-gaz") ? GAZ_CLASSES.map(() => [] as string[])
    : buildGazetteerLists(flag(args, "no-named-gaz") ? [] : [...faneMapped, ...wojood], opt(args, "named-share", 0.5));
  log(`gazetteer: ${gazLists.map((l, i) => `${GAZ_CLASSES[i]} ${l.length}`).join(", ")}`);
  const gazetteer = buildGazetteer(gazLists.flatMap((l, cls) => l.map((p) => [p, cls] as const)));
  const triggers = flag(args, "no-triggers") ? new Map<string, number>() : learnTriggers(train, opt(args, "trigger-min", 3), options.includes("qtrig"));
  log(`trigger words: ${triggers.size} stems from the ANERcorp training sentences`);
  const spellingText = flag(args, "no-spelling") ? "" : learnSpelling(priorSrc, 3);
  const spelling = decodeSpelling(spellingText);
  log(`spelling: ${spellingText.split("\n").length} letter trigrams from WikiFANE/Wojood words`);
  const res: FeatureResources = { clusters: cl.clusters, coarseOf: cl.coarseOf, gazetteer, priors, triggers, spelling, options: new Set(options) };

  const rowOf = new Map<number, number>();
  const scheme = flag(args, "bilou") ? BILOU : BIO;
  const L = scheme.K;
  const trainSet = toTrain(data, res, scheme, rowOf, true);
  // --fane-feda K: every Kth WikiFANE sentence that has a name, --wojood-feda: the Wojood sample, both with
  // features of their own domain besides the shared ones (see toTrain)
  const fedaEvery = opt(args, "fane-feda", 0);
  if (fedaEvery > 0) {
    const pick = faneMapped.filter((s) => s.tags.some((t) => t !== "O")).filter((_, i) => i % fedaEvery === 0);
    trainSet.push(...toTrain(pick, res, scheme, rowOf, true, 1001));
    log(`WikiFANE (domain-adapted): ${pick.length} sentences added`);
  }
  if (flag(args, "wojood-feda")) {
    trainSet.push(...toTrain(wojood, res, scheme, rowOf, true, 1002));
    log(`Wojood (domain-adapted): ${wojood.length} sentences added`);
  }
  const tokens = trainSet.reduce((a, s) => a + s.gold.length, 0);
  log(`features: ${rowOf.size} distinct over ${tokens} training tokens`);
  // several shuffles averaged: the perceptron's result moves by ±2 F1 with the order it sees sentences in
  const runs = opt(args, "runs", 3);
  const trained = { weights: new Float32Array(rowOf.size * L), trans: new Float32Array((L + 1) * L) };
  for (let k = 0; k < runs; k++) {
    const t = trainPerceptron(trainSet, rowOf.size, {
      scheme,
      epochs,
      seed: seed + k,
      dropSlots: WORD_SLOTS,
      dropRate: opt(args, "drop", 0.3),
      onEpoch: (e, errs, n) => log(`run ${k + 1}/${runs} epoch ${e}: ${errs} token errors of ${n}`),
    });
    for (let i = 0; i < t.weights.length; i++) trained.weights[i] += t.weights[i] / runs;
    for (let i = 0; i < t.trans.length; i++) trained.trans[i] += t.trans[i] / runs;
  }

  // prune: keep features with any weight of at least `minW` in absolute value
  const minW = opt(args, "prune", 0.05);
  const keys: number[] = [];
  const kept: number[] = [];
  for (const [h, r] of [...rowOf.entries()].sort((a, b) => a[0] - b[0])) {
    let mx = 0;
    for (let y = 0; y < L; y++) mx = Math.max(mx, Math.abs(trained.weights[r * L + y]));
    if (mx >= minW) { keys.push(h); kept.push(r); }
  }
  let maxAbs = 0;
  const weights = new Float32Array(kept.length * L);
  kept.forEach((r, i) => {
    for (let y = 0; y < L; y++) {
      weights[i * L + y] = trained.weights[r * L + y];
      maxAbs = Math.max(maxAbs, Math.abs(trained.weights[r * L + y]));
    }
  });
  const scale = Math.floor(32767 / Math.max(maxAbs, 1e-6));
  log(`kept ${keys.length} features (|w| >= ${minW}), int16 scale ${scale}`);

  // the LOC splitter from WikiFANE's location classes
  const locData: { f: number[]; y: number }[] = [];
  for (const s of fane) {
    for (let i = 0; i < s.tags.length; i++) {
      if (!s.tags[i].startsWith("B-")) continue;
      const cls = s.tags[i].slice(2);
      const type = FANE_LOC_TYPE[cls];
      if (!type) continue;
      let j = i + 1;
      while (j < s.tags.length && s.tags[j] === `I-${cls}`) j++;
      locData.push({ f: locFeatures(s.tokens.slice(i, j), gazetteer), y: LOC_TYPES.indexOf(type as (typeof LOC_TYPES)[number]) });
    }
  }
  const loc = trainLoc(locData, seed);
  log(`LOC splitter: ${locData.length} WikiFANE location spans, ${loc.length} features`);

  const json: ModelJson = {
    format: "rasd.ner/1",
    version: MODEL_VERSION,
    labels: [...scheme.tags],
    featsPerToken: FEATS_PER_TOKEN,
    scale,
    rows: keys.length,
    trans: Array.from(trained.trans, (v) => Math.round(v * 1000) / 1000),
    clusters: [...cl.clusters.entries()].map(([w, c]) => `${w}\t${c}`).join("\n"),
    coarseOf: cl.coarseOf,
    priors: [...priors.entries()].map(([w, c]) => `${w}\t${c}`).join("\n"),
    spelling: spellingText,
    triggers: [...triggers.entries()].map(([w, c]) => `${w}\t${c}`).join("\n"),
    gazetteer: gazLists.map((l) => l.join("\n")),
    loc,
    options,
    meta: { seed, epochs, runs, prune: minW, trainSentences: data.length, trainTokens: tokens, wikifane: flag(args, "wikifane"), wojood: flag(args, "wojood"), priors: priors.size, triggers: triggers.size },
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "model.json"), JSON.stringify(json));
  writeFileSync(join(outDir, "weights.bin"), encodeWeights(Uint32Array.from(keys), weights, scale, L));
  log(`wrote ${join(outDir, "model.json")} and weights.bin`);
}

function trainLoc(data: { f: number[]; y: number }[], seed: number): number[][] {
  const w = new Map<number, Float64Array>();
  const u = new Map<number, Float64Array>();
  const get = (m: Map<number, Float64Array>, h: number): Float64Array => {
    let a = m.get(h);
    if (!a) { a = new Float64Array(3); m.set(h, a); }
    return a;
  };
  const order = data.map((_, i) => i);
  const rand = rng(seed + 1);
  let c = 1;
  for (let ep = 0; ep < 8; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]; order[i] = order[j]; order[j] = t;
    }
    for (const k of order) {
      const { f, y } = data[k];
      const s = [0, 0, 0];
      for (const h of f) { const a = w.get(h); if (a) { s[0] += a[0]; s[1] += a[1]; s[2] += a[2]; } }
      let p = 0;
      for (let q = 1; q < 3; q++) if (s[q] > s[p]) p = q;
      if (p !== y) {
        for (const h of f) {
          const a = get(w, h); const b = get(u, h);
          a[y] += 1; b[y] += c; a[p] -= 1; b[p] -= c;
        }
      }
      c++;
    }
  }
  const out: number[][] = [];
  for (const [h, a] of [...w.entries()].sort((x, y) => x[0] - y[0])) {
    const b = u.get(h)!;
    const avg = [0, 1, 2].map((y) => Math.round((a[y] - b[y] / c) * 1000) / 1000);
    if (avg.some((v) => Math.abs(v) >= 0.01)) out.push([h, ...avg]);
  }
  return out;
}

