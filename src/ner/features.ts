// The one feature function of the tagger. It reads a sentence as an array of surface words, so training
// (CoNLL tokens) and tagging (Prepared tokens) compute exactly the same features. Every feature is a 32-bit
// hash (see hash.ts); each token gets FEATS_PER_TOKEN slots, 0 meaning "absent".
import { normalize } from "../prep/normalize.js";
import { matchGazetteer, type Gazetteer } from "./gazetteer.js";
import { hashInt, hashPair, hashRange } from "./hash.js";
import { peel } from "./segment.js";

export type FeatureResources = {
  /** word clusters learned from unlabelled news: normalized word → fine cluster id */
  clusters: Map<string, number>;
  /** fine cluster id → coarse cluster id */
  coarseOf: ArrayLike<number>;
  gazetteer: Gazetteer;
  /** how words are tagged in other annotated corpora (WikiFANE, Wojood): normalized stem → prior class code */
  priors: Map<string, number>;
  /** context words learnt from the training data: normalized stem → (left + 1) * 16 + (right + 1), where
   * left is the class code of what often starts right after the word («السيد» → PERS), right the class code
   * of what often ends right before it («وزيرة» after a PERS); -1 = none (see scripts/train/ner.ts) */
  triggers?: Map<string, number>;
  /** how names are spelt: letter trigram of a stem framed by ^…$ → log P(trigram | class) for O, PERS, LOC,
   * ORG, learnt from the words of WikiFANE/Wojood (naive Bayes over word types; see scripts/train/ner.ts) */
  spelling?: { trigrams: Map<string, Float32Array>; unseen: Float32Array; logPrior: Float32Array };
  /** optional feature groups the model was trained with (OPTIONAL_GROUPS); absent = none */
  options?: ReadonlySet<string>;
};

const spellScore = new Float64Array(4);

/**
 * The spelling class of a stem: 3 × the most likely class (0 O, 1 PERS, 2 LOC, 3 ORG) + how sure (margin over
 * the runner-up: < 2, < 5, ≥ 5 nats); -1 without a model. Catches foreign names never seen («بنفيكا», «كوبل»).
 */
export function spellingClass(stem: string, sp: FeatureResources["spelling"]): number {
  if (!sp || stem.length < 2) return -1;
  const score = spellScore;
  score.set(sp.logPrior);
  const framed = `^${stem}$`;
  for (let i = 0; i + 3 <= framed.length; i++) {
    const lp = sp.trigrams.get(framed.slice(i, i + 3)) ?? sp.unseen;
    for (let c = 0; c < 4; c++) score[c] += lp[c];
  }
  let best = 0;
  for (let c = 1; c < 4; c++) if (score[c] > score[best]) best = c;
  let second = -Infinity;
  for (let c = 0; c < 4; c++) if (c !== best && score[c] > second) second = score[c];
  const m = score[best] - second;
  return best * 3 + (m < 2 ? 0 : m < 5 ? 1 : 2);
}

export const FEATS_PER_TOKEN = 72;

const ARABIC = /[\u0621-\u064A\u066E-\u06D3]/;
const DIGIT = /^[0-9]+([.,٫][0-9]+)*$/;
const LATIN = /[A-Za-z]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A coarse word shape: script class and a length bucket ("A3" = Arabic, 5-7 letters). */
function shapeOf(norm: string): number {
  let cls: number;
  if (DIGIT.test(norm)) cls = 1;
  else if (ARABIC.test(norm)) cls = 2;
  else if (LATIN.test(norm)) cls = 3;
  else if (!LETTER_OR_DIGIT.test(norm)) cls = 4;
  else cls = 5;
  const n = norm.length;
  const len = n <= 2 ? 0 : n <= 4 ? 1 : n <= 7 ? 2 : 3;
  return cls * 4 + len;
}

const BOS = hashRange(900, "<s>");
const EOS = hashRange(900, "</s>");

/** Everything about a word that does not depend on its neighbours, computed once per distinct word. */
export type WordInfo = {
  norm: string; stem: string; forms: string[];
  /** the forms that start some gazetteer phrase (usually none, so most words skip the gazetteer at once) */
  gazForms: string[];
  wordH: number; stemH: number; proH: number; shape: number; fine: number; coarse: number; prior: number;
  /** when a leading و/ف/ب/ل was NOT peeled: the rest as if it were (hash, cluster, prior), else 0 / -2 */
  specH: number; specFine: number; specPrior: number;
  /** spellingClass of that rest (-1 when none) */
  specSpell: number;
  /** trigger class codes of the stem (-1 = none) */
  ltrig: number; rtrig: number;
  /** spellingClass of the stem (-2 outside the sentence) */
  spell: number;
  /** the word is an opening quotation mark or a straight quote */
  openQuote: boolean;
};

function padInfo(h: number): WordInfo {
  return {
    norm: "", stem: "", forms: [], gazForms: [], wordH: h, stemH: h, proH: 0, shape: -1, fine: -2, coarse: -2, prior: -2,
    specH: 0, specFine: -2, specPrior: -2, specSpell: -1, ltrig: -1, rtrig: -1, spell: -2, openQuote: false,
  };
}
/** What stands before the first word and after the last one. */
export const BOS_INFO: WordInfo = padInfo(BOS);
export const EOS_INFO: WordInfo = padInfo(EOS);

/**
 * The features of a token that depend on ONE word only, at a fixed offset from the token (−2 … +2): slot,
 * offset, hash (0 = absent). The tagger sums their weights once per distinct word and offset (model.ts); the
 * remaining slots (PAIR_SLOTS) join two words or depend on the sentence (gazetteer matches).
 */
export const UNIT_FEATURES: readonly { slot: number; off: -2 | -1 | 0 | 1 | 2; opt?: string; f: (w: WordInfo) => number }[] = [
  { slot: 0, off: 0, f: () => 1 }, // bias
  { slot: 1, off: 0, f: (w) => w.wordH },
  { slot: 6, off: 0, f: (w) => w.stemH },
  { slot: 9, off: 0, f: (w) => w.proH },
  { slot: 11, off: 0, f: (w) => hashRange(11, w.stem, 0, Math.min(1, w.stem.length)) },
  { slot: 12, off: 0, f: (w) => (w.stem.length >= 2 ? hashRange(12, w.stem, 0, 2) : 0) },
  { slot: 13, off: 0, f: (w) => (w.stem.length >= 3 ? hashRange(13, w.stem, 0, 3) : 0) },
  { slot: 14, off: 0, f: (w) => hashRange(14, w.stem, Math.max(0, w.stem.length - 1)) },
  { slot: 15, off: 0, f: (w) => (w.stem.length >= 2 ? hashRange(15, w.stem, w.stem.length - 2) : 0) },
  { slot: 16, off: 0, f: (w) => (w.stem.length >= 3 ? hashRange(16, w.stem, w.stem.length - 3) : 0) },
  { slot: 34, off: 0, f: (w) => (w.stem.length >= 4 ? hashRange(34, w.stem, w.stem.length - 4) : 0) },
  { slot: 17, off: 0, f: (w) => hashInt(17, w.shape) },
  { slot: 22, off: 0, f: (w) => hashInt(22, w.fine) },
  { slot: 23, off: 0, f: (w) => hashInt(23, w.coarse) },
  { slot: 36, off: 0, f: (w) => hashInt(36, w.prior) },
  { slot: 40, off: 0, f: (w) => w.specH },
  { slot: 41, off: 0, f: (w) => (w.specFine === -2 ? 0 : hashInt(41, w.specFine)) },
  { slot: 42, off: 0, f: (w) => (w.specPrior === -2 ? 0 : hashInt(42, w.specPrior)) },
  { slot: 47, off: 0, f: (w) => (w.spell < 0 ? 0 : hashInt(49, w.spell)) },
  { slot: 2, off: -1, f: (w) => hashPair(4, w.wordH, 0) },
  { slot: 7, off: -1, f: (w) => hashPair(8, w.stemH, 0) },
  { slot: 24, off: -1, f: (w) => hashInt(24, w.fine) },
  { slot: 37, off: -1, f: (w) => hashInt(37, w.prior) },
  { slot: 43, off: -1, f: (w) => (w.ltrig < 0 ? 0 : hashInt(43, w.ltrig)) },
  { slot: 31, off: -1, f: (w) => (w === BOS_INFO ? hashInt(31, 0) : 0) }, // first word of the sentence
  { slot: 3, off: 1, f: (w) => hashPair(5, w.wordH, 0) },
  { slot: 8, off: 1, f: (w) => hashPair(9, w.stemH, 0) },
  { slot: 25, off: 1, f: (w) => hashInt(25, w.fine) },
  { slot: 38, off: 1, f: (w) => hashInt(38, w.prior) },
  { slot: 45, off: 1, f: (w) => (w.rtrig < 0 ? 0 : hashInt(45, w.rtrig)) },
  { slot: 4, off: -2, f: (w) => hashPair(6, w.wordH, 0) },
  { slot: 44, off: -2, f: (w) => (w.ltrig < 0 ? 0 : hashInt(44, w.ltrig)) },
  { slot: 5, off: 2, f: (w) => hashPair(7, w.wordH, 0) },
  { slot: 46, off: 2, f: (w) => (w.rtrig < 0 ? 0 : hashInt(46, w.rtrig)) },
  // optional groups (slots 49-71), on only when the model lists the group in its options
  { slot: 49, off: -2, opt: "c2", f: (w) => hashInt(51, w.fine) },
  { slot: 50, off: 2, opt: "c2", f: (w) => hashInt(52, w.fine) },
  { slot: 51, off: -1, opt: "c2", f: (w) => hashInt(53, w.coarse) },
  { slot: 52, off: 1, opt: "c2", f: (w) => hashInt(54, w.coarse) },
  { slot: 53, off: -1, opt: "naff", f: (w) => hashRange(55, w.stem, Math.max(0, w.stem.length - 2)) },
  { slot: 54, off: 1, opt: "naff", f: (w) => hashRange(56, w.stem, Math.max(0, w.stem.length - 2)) },
  { slot: 55, off: -1, opt: "naff", f: (w) => hashPair(57, w.proH, 0) },
  { slot: 56, off: 1, opt: "naff", f: (w) => hashPair(58, w.proH, 0) },
  { slot: 57, off: -1, opt: "nspell", f: (w) => hashInt(59, w.spell) },
  { slot: 58, off: 1, opt: "nspell", f: (w) => hashInt(60, w.spell) },
  { slot: 59, off: -2, opt: "p2", f: (w) => hashInt(61, w.prior) },
  { slot: 60, off: 2, opt: "p2", f: (w) => hashInt(62, w.prior) },
  { slot: 61, off: 0, opt: "len", f: (w) => hashInt(63, Math.min(w.stem.length, 12)) },
  { slot: 62, off: 0, opt: "len", f: (w) => hashPair(64, w.fine, w.spell) },
  { slot: 63, off: -1, opt: "npre", f: (w) => hashRange(65, w.stem, 0, Math.min(2, w.stem.length)) },
  { slot: 64, off: 1, opt: "npre", f: (w) => hashRange(66, w.stem, 0, Math.min(2, w.stem.length)) },
  { slot: 65, off: -2, opt: "nstem2", f: (w) => hashPair(67, w.stemH, 0) },
  { slot: 66, off: 2, opt: "nstem2", f: (w) => hashPair(68, w.stemH, 0) },
  { slot: 67, off: -1, opt: "nsuf3", f: (w) => hashRange(69, w.stem, Math.max(0, w.stem.length - 3)) },
  { slot: 68, off: 1, opt: "nsuf3", f: (w) => hashRange(70, w.stem, Math.max(0, w.stem.length - 3)) },
  { slot: 70, off: 0, opt: "spec2", f: (w) => (w.specSpell < 0 ? 0 : hashInt(72, w.specSpell)) },
  { slot: 71, off: 0, opt: "spec2", f: (w) => (w.specH === 0 ? 0 : hashPair(73, w.specFine, w.specPrior)) },
];

/** The unit features a model uses: the fixed ones and the optional groups it was trained with. */
export function activeUnits(res: FeatureResources): typeof UNIT_FEATURES {
  return UNIT_FEATURES.filter((u) => !u.opt || (res.options?.has(u.opt) ?? false));
}

/** The slots filled by pairFeatures, in its output order. */
export const PAIR_SLOTS: readonly number[] = [10, 18, 19, 20, 21, 26, 27, 28, 29, 30, 32, 33, 35, 39, 48, 69];
export const PAIRS_PER_TOKEN = PAIR_SLOTS.length;

/** Per-sentence working arrays, reused across calls of the same size or smaller. */
class Scratch {
  cap = 0;
  norms: string[] = [];
  forms: string[][] = [];
  gaz = new Int32Array(0);
  ensure(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 64);
    this.cap = c;
    this.gaz = new Int32Array(c);
  }
}
const scratch = new Scratch();

/**
 * Fills `out[i * PAIRS_PER_TOKEN + j]` with the pair features of every token (PAIR_SLOTS order) of a sentence
 * given its words' infos. `infos` is read from 0 to n - 1; outside, BOS_INFO / EOS_INFO stand in.
 */
export function pairFeatures(infos: readonly WordInfo[], n: number, res: FeatureResources, out: Uint32Array): void {
  const gazetteer = res.gazetteer;
  const qtrig = res.options?.has("qtrig") ?? false;
  const s = scratch;
  s.ensure(n);
  s.norms.length = n;
  s.forms.length = n;
  for (let i = 0; i < n; i++) { s.norms[i] = infos[i].norm; s.forms[i] = infos[i].gazForms; }
  const gaz = s.gaz;
  matchGazetteer(s.norms, s.forms, gazetteer, gaz);
  const P = PAIRS_PER_TOKEN;
  for (let i = 0; i < n; i++) {
    const w = infos[i];
    const m1 = i > 0 ? infos[i - 1] : BOS_INFO;
    const p1 = i + 1 < n ? infos[i + 1] : EOS_INFO;
    const o = i * P;
    out[o] = i > 0 ? hashPair(10, m1.proH, w.stemH) : hashInt(10, 0);
    out[o + 1] = hashPair(18, hashPair(0, m1.shape, w.shape), p1.shape);
    out[o + 2] = hashPair(19, m1.wordH, w.wordH);
    out[o + 3] = hashPair(20, w.wordH, p1.wordH);
    out[o + 4] = hashPair(21, m1.stemH, w.stemH);
    out[o + 5] = hashPair(26, m1.coarse, w.coarse);
    out[o + 6] = hashPair(27, w.coarse, p1.coarse);
    out[o + 7] = hashInt(28, gaz[i]);
    out[o + 8] = hashInt(29, i > 0 ? gaz[i - 1] : -1);
    out[o + 9] = hashInt(30, i + 1 < n ? gaz[i + 1] : -1);
    out[o + 10] = hashPair(32, m1.wordH, w.stemH);
    out[o + 11] = hashPair(33, w.stemH, p1.stemH);
    out[o + 12] = hashPair(35, gaz[i], w.fine);
    out[o + 13] = hashPair(39, m1.prior, w.prior);
    out[o + 14] = w.spell < 0 ? 0 : hashPair(50, m1.spell, w.spell);
    // «بعنوان « X», «صحيفة « X»: the trigger word stands before the opening quote
    out[o + 15] = qtrig && i > 1 && m1.openQuote && infos[i - 2].ltrig >= 0 ? hashInt(71, infos[i - 2].ltrig) : 0;
  }
}

const SPECULATIVE = "وفبل";
/** Tokens that open a quotation (straight quotes open or close; either way the next word follows a quote). */
export const OPEN_QUOTES: readonly string[] = ["«", "\"", "'", "“", "‘"];

const CACHE_MAX = 200_000;
const caches = new WeakMap<FeatureResources, Map<string, WordInfo>>();

/** The neighbour-independent facts about one surface word (not cached: see wordInfo). */
export function computeWordInfo(word: string, res: FeatureResources): WordInfo {
  const norm = normalize(word);
  const p = peel(norm, (w) => res.clusters.has(w));
  let c = res.clusters.get(norm);
  if (c === undefined && p.stem !== norm) c = res.clusters.get(p.stem);
  if (c === undefined && p.pro.endsWith("ال")) c = res.clusters.get("ال" + p.stem);
  const pr = res.priors.get(p.stem);
  // «ومدحت», «بايهود»: a name the vocabulary does not know behind a clitic keeps its clitic in the stem;
  // give the tagger the rest as well, as a separate guess
  let specH = 0;
  let specFine = -2;
  let specPrior = -2;
  let specSpell = -1;
  let rest = "";
  if (p.pro === "" && norm.length >= 4 && SPECULATIVE.includes(norm[0])) {
    rest = norm.slice(1);
    specH = hashRange(40, rest);
    specFine = res.clusters.get(rest) ?? -1;
    specPrior = res.priors.get(rest) ?? -1;
    if (res.options?.has("spec2") && ARABIC.test(rest)) specSpell = spellingClass(rest, res.spelling);
  }
  const tg = res.triggers?.get(p.stem) ?? 0;
  const forms = p.stem === norm ? [norm] : p.pro.endsWith("ال") ? [norm, "ال" + p.stem, p.stem] : [norm, p.stem];
  // spec2: «وأشرف عبد الباقي» may start a listed name once the و is set aside
  if (rest && res.options?.has("spec2")) forms.push(rest);
  return {
    ltrig: (tg >> 4) - 1, rtrig: (tg & 15) - 1, spell: ARABIC.test(p.stem) ? spellingClass(p.stem, res.spelling) : -1,
    specH, specFine, specPrior, specSpell, openQuote: OPEN_QUOTES.includes(norm),
    norm, stem: p.stem, forms, gazForms: forms.filter((f) => res.gazetteer.firsts.has(f)),
    wordH: hashRange(1, norm), stemH: hashRange(2, p.stem), proH: hashRange(3, p.pro), shape: shapeOf(norm),
    fine: c === undefined ? -1 : c, coarse: c === undefined ? -1 : res.coarseOf[c], prior: pr === undefined ? -1 : pr,
  };
}

/** computeWordInfo, cached per resources and surface word. */
export function wordInfo(word: string, res: FeatureResources): WordInfo {
  let cache = caches.get(res);
  if (!cache) { cache = new Map(); caches.set(res, cache); }
  const hit = cache.get(word);
  if (hit) return hit;
  const info = computeWordInfo(word, res);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, info);
  return info;
}

let pairBuf = new Uint32Array(0);

/**
 * Features of every word of one sentence: `out[i * FEATS_PER_TOKEN + k]`, the unit features and the pair
 * features in their slots. `out` is reused when big enough. (Training reads this; tagging sums the unit
 * features per word instead, see model.ts, which adds up to the same scores.)
 * @example sentenceFeatures(["أعلن", "الرئيس", "الفرنسي"], res).length === 3 * FEATS_PER_TOKEN
 */
export function sentenceFeatures(words: readonly string[], res: FeatureResources, out?: Uint32Array): Uint32Array {
  const n = words.length;
  const F = FEATS_PER_TOKEN;
  const f = out && out.length >= n * F ? out : new Uint32Array(n * F);
  f.fill(0, 0, n * F);
  const infos: WordInfo[] = new Array(n);
  for (let i = 0; i < n; i++) infos[i] = wordInfo(words[i], res);
  const at = (i: number): WordInfo => (i < 0 ? BOS_INFO : i >= n ? EOS_INFO : infos[i]);
  const units = activeUnits(res);
  for (let i = 0; i < n; i++) for (const u of units) f[i * F + u.slot] = u.f(at(i + u.off));
  const P = PAIRS_PER_TOKEN;
  if (pairBuf.length < n * P) pairBuf = new Uint32Array(n * P * 2);
  pairFeatures(infos, n, res, pairBuf);
  for (let i = 0; i < n; i++) for (let j = 0; j < P; j++) f[i * F + PAIR_SLOTS[j]] = pairBuf[i * P + j];
  return f;
}
