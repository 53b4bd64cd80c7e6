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
};

/**
 * The spelling class of a stem: 3 × the most likely class (0 O, 1 PERS, 2 LOC, 3 ORG) + how sure (margin over
 * the runner-up: < 2, < 5, ≥ 5 nats); -1 without a model. Catches foreign names never seen («بنفيكا», «كوبل»).
 */
export function spellingClass(stem: string, sp: FeatureResources["spelling"]): number {
  if (!sp || stem.length < 2) return -1;
  const score = Float64Array.from(sp.logPrior);
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

export const FEATS_PER_TOKEN = 49;

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

/** Per-sentence working arrays, reused across calls of the same size or smaller. */
class Scratch {
  cap = 0;
  wordH = new Uint32Array(0);
  stemH = new Uint32Array(0);
  proH = new Uint32Array(0);
  shape = new Int32Array(0);
  fine = new Int32Array(0);
  coarse = new Int32Array(0);
  gaz = new Int32Array(0);
  prior = new Int32Array(0);
  specH = new Uint32Array(0);
  specFine = new Int32Array(0);
  specPrior = new Int32Array(0);
  ltrig = new Int32Array(0);
  rtrig = new Int32Array(0);
  spell = new Int32Array(0);
  ensure(n: number): void {
    if (n <= this.cap) return;
    const c = Math.max(n, this.cap * 2, 64);
    this.cap = c;
    this.wordH = new Uint32Array(c);
    this.stemH = new Uint32Array(c);
    this.proH = new Uint32Array(c);
    this.shape = new Int32Array(c);
    this.fine = new Int32Array(c);
    this.coarse = new Int32Array(c);
    this.gaz = new Int32Array(c);
    this.prior = new Int32Array(c);
    this.specH = new Uint32Array(c);
    this.specFine = new Int32Array(c);
    this.specPrior = new Int32Array(c);
    this.ltrig = new Int32Array(c);
    this.rtrig = new Int32Array(c);
    this.spell = new Int32Array(c);
  }
}
const scratch = new Scratch();

/** Everything about a word that does not depend on its neighbours, computed once per distinct word. */
type WordInfo = {
  norm: string; stem: string; forms: string[];
  wordH: number; stemH: number; proH: number; shape: number; fine: number; coarse: number; prior: number;
  /** when a leading و/ف/ب/ل was NOT peeled: the rest as if it were (hash, cluster, prior), else 0 / -2 */
  specH: number; specFine: number; specPrior: number;
  /** trigger class codes of the stem (-1 = none) */
  ltrig: number; rtrig: number;
  /** spellingClass of the stem */
  spell: number;
};

const SPECULATIVE = "وفبل";

const CACHE_MAX = 200_000;
const caches = new WeakMap<FeatureResources, Map<string, WordInfo>>();

function wordInfo(word: string, res: FeatureResources, cache: Map<string, WordInfo>): WordInfo {
  const hit = cache.get(word);
  if (hit) return hit;
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
  if (p.pro === "" && norm.length >= 4 && SPECULATIVE.includes(norm[0])) {
    const rest = norm.slice(1);
    specH = hashRange(40, rest);
    specFine = res.clusters.get(rest) ?? -1;
    specPrior = res.priors.get(rest) ?? -1;
  }
  const tg = res.triggers?.get(p.stem) ?? 0;
  const info: WordInfo = {
    ltrig: (tg >> 4) - 1, rtrig: (tg & 15) - 1, spell: ARABIC.test(p.stem) ? spellingClass(p.stem, res.spelling) : -1,
    specH, specFine, specPrior,
    norm, stem: p.stem,
    forms: p.stem === norm ? [norm] : p.pro.endsWith("ال") ? [norm, "ال" + p.stem, p.stem] : [norm, p.stem],
    wordH: hashRange(1, norm), stemH: hashRange(2, p.stem), proH: hashRange(3, p.pro), shape: shapeOf(norm),
    fine: c === undefined ? -1 : c, coarse: c === undefined ? -1 : res.coarseOf[c], prior: pr === undefined ? -1 : pr,
  };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, info);
  return info;
}

/** The peeled stems of surface words, as the features see them (cached). */
export function stemsOf(words: readonly string[], res: FeatureResources): string[] {
  let cache = caches.get(res);
  if (!cache) { cache = new Map(); caches.set(res, cache); }
  const out: string[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = wordInfo(words[i], res, cache).stem;
  return out;
}

/**
 * Features of every word of one sentence: `out[i * FEATS_PER_TOKEN + k]`. `out` is reused when big enough.
 * @example sentenceFeatures(["أعلن", "الرئيس", "الفرنسي"], res).length === 3 * FEATS_PER_TOKEN
 */
export function sentenceFeatures(words: readonly string[], res: FeatureResources, out?: Uint32Array): Uint32Array {
  const n = words.length;
  const F = FEATS_PER_TOKEN;
  const f = out && out.length >= n * F ? out : new Uint32Array(n * F);
  f.fill(0, 0, n * F);
  const s = scratch;
  s.ensure(n);
  let cache = caches.get(res);
  if (!cache) { cache = new Map(); caches.set(res, cache); }
  const norms: string[] = new Array(n);
  const stems: string[] = new Array(n);
  const forms: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = wordInfo(words[i], res, cache);
    norms[i] = w.norm;
    stems[i] = w.stem;
    forms[i] = w.forms;
    s.wordH[i] = w.wordH;
    s.stemH[i] = w.stemH;
    s.proH[i] = w.proH;
    s.shape[i] = w.shape;
    s.fine[i] = w.fine;
    s.coarse[i] = w.coarse;
    s.prior[i] = w.prior;
    s.specH[i] = w.specH;
    s.specFine[i] = w.specFine;
    s.specPrior[i] = w.specPrior;
    s.ltrig[i] = w.ltrig;
    s.rtrig[i] = w.rtrig;
    s.spell[i] = w.spell;
  }
  matchGazetteer(norms, forms, res.gazetteer, s.gaz);

  for (let i = 0; i < n; i++) {
    const o = i * F;
    const wm1 = i > 0 ? s.wordH[i - 1] : BOS;
    const wm2 = i > 1 ? s.wordH[i - 2] : BOS;
    const wp1 = i + 1 < n ? s.wordH[i + 1] : EOS;
    const wp2 = i + 2 < n ? s.wordH[i + 2] : EOS;
    const sm1 = i > 0 ? s.stemH[i - 1] : BOS;
    const sp1 = i + 1 < n ? s.stemH[i + 1] : EOS;
    const stem = stems[i];
    const sl = stem.length;
    f[o] = 1; // bias
    f[o + 1] = s.wordH[i];
    f[o + 2] = hashPair(4, wm1, 0);
    f[o + 3] = hashPair(5, wp1, 0);
    f[o + 4] = hashPair(6, wm2, 0);
    f[o + 5] = hashPair(7, wp2, 0);
    f[o + 6] = s.stemH[i];
    f[o + 7] = hashPair(8, sm1, 0);
    f[o + 8] = hashPair(9, sp1, 0);
    f[o + 9] = s.proH[i];
    f[o + 10] = i > 0 ? hashPair(10, s.proH[i - 1], s.stemH[i]) : hashInt(10, 0);
    f[o + 11] = hashRange(11, stem, 0, Math.min(1, sl));
    f[o + 12] = sl >= 2 ? hashRange(12, stem, 0, 2) : 0;
    f[o + 13] = sl >= 3 ? hashRange(13, stem, 0, 3) : 0;
    f[o + 14] = hashRange(14, stem, Math.max(0, sl - 1));
    f[o + 15] = sl >= 2 ? hashRange(15, stem, sl - 2) : 0;
    f[o + 16] = sl >= 3 ? hashRange(16, stem, sl - 3) : 0;
    f[o + 17] = hashInt(17, s.shape[i]);
    f[o + 18] = hashPair(18, hashPair(0, i > 0 ? s.shape[i - 1] : -1, s.shape[i]), i + 1 < n ? s.shape[i + 1] : -1);
    f[o + 19] = hashPair(19, wm1, s.wordH[i]);
    f[o + 20] = hashPair(20, s.wordH[i], wp1);
    f[o + 21] = hashPair(21, sm1, s.stemH[i]);
    f[o + 22] = hashInt(22, s.fine[i]);
    f[o + 23] = hashInt(23, s.coarse[i]);
    f[o + 24] = hashInt(24, i > 0 ? s.fine[i - 1] : -2);
    f[o + 25] = hashInt(25, i + 1 < n ? s.fine[i + 1] : -2);
    f[o + 26] = hashPair(26, i > 0 ? s.coarse[i - 1] : -2, s.coarse[i]);
    f[o + 27] = hashPair(27, s.coarse[i], i + 1 < n ? s.coarse[i + 1] : -2);
    f[o + 28] = hashInt(28, s.gaz[i]);
    f[o + 29] = hashInt(29, i > 0 ? s.gaz[i - 1] : -1);
    f[o + 30] = hashInt(30, i + 1 < n ? s.gaz[i + 1] : -1);
    f[o + 31] = i === 0 ? hashInt(31, 0) : 0;
    f[o + 32] = hashPair(32, wm1, s.stemH[i]);
    f[o + 33] = hashPair(33, s.stemH[i], sp1);
    f[o + 34] = sl >= 4 ? hashRange(34, stem, sl - 4) : 0;
    f[o + 35] = hashPair(35, s.gaz[i], s.fine[i]);
    f[o + 36] = hashInt(36, s.prior[i]);
    f[o + 37] = hashInt(37, i > 0 ? s.prior[i - 1] : -2);
    f[o + 38] = hashInt(38, i + 1 < n ? s.prior[i + 1] : -2);
    f[o + 39] = hashPair(39, i > 0 ? s.prior[i - 1] : -2, s.prior[i]);
    f[o + 40] = s.specH[i];
    f[o + 41] = s.specFine[i] === -2 ? 0 : hashInt(41, s.specFine[i]);
    f[o + 42] = s.specPrior[i] === -2 ? 0 : hashInt(42, s.specPrior[i]);
    const lt1 = i > 0 ? s.ltrig[i - 1] : -1;
    const lt2 = i > 1 ? s.ltrig[i - 2] : -1;
    const rt1 = i + 1 < n ? s.rtrig[i + 1] : -1;
    const rt2 = i + 2 < n ? s.rtrig[i + 2] : -1;
    f[o + 43] = lt1 < 0 ? 0 : hashInt(43, lt1);
    f[o + 44] = lt2 < 0 ? 0 : hashInt(44, lt2);
    f[o + 45] = rt1 < 0 ? 0 : hashInt(45, rt1);
    f[o + 46] = rt2 < 0 ? 0 : hashInt(46, rt2);
    f[o + 47] = s.spell[i] < 0 ? 0 : hashInt(49, s.spell[i]);
    f[o + 48] = s.spell[i] < 0 ? 0 : hashPair(50, i > 0 ? s.spell[i - 1] : -2, s.spell[i]);
  }
  return f;
}
