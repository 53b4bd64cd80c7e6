// Fused-word repair: words the press ran together because a space was lost («الولاياتالمتحدة»,
// «أرمينياوأذربيجان», «الدخولإلى»). A word is split where the whole is rare in the corpus but both parts are
// well attested, the right part possibly with proclitics («وأذربيجان» = و + a known word). Thresholds are
// ratios, not membership, because the corpus itself contains a few fused forms. A part is also known through its
// stem («التهابات» through «التهاب»), and where the spelling proves the boundary (ة or ى before the cut, إ after a
// known word) one part may be a word never seen. Names written closed
// («عبدالله», «أبوظبي») and words that do not split into frequent words are left alone.
import type { Vocabulary } from "./resources.js";

export type FusedOptions = {
  /** a split is made when its score reaches this (see splitScore) */
  threshold: number;
  /** weight of the whole word's own attestation against the parts' */
  wholeWeight: number;
  /** bonus where the spelling proves a boundary: ة or ى ending the left part, إ opening the right one */
  strongCue: number;
  /** bonus where it suggests one: the right part opens with أ or the article, the left ends in a letter that
   *  does not join the next (the lost space is invisible there) */
  weakCue: number;
  /** penalty per letter a part is shorter than 4 (short pieces of long unknown names are everywhere) */
  shortPenalty: number;
  /** weight of how often the two parts were seen side by side in the corpus (log count) */
  pairWeight: number;
  /** weight of the letters' look of a word boundary (Vocabulary.boundaryOdds) */
  shapeWeight: number;
  /** weight of the better-attested part (log count), beside the weaker part's */
  strongWeight: number;
  /** extra penalty where a part has two letters («من» + «قطع» is also the one word «منقطع») */
  tinyPenalty: number;
  /** weight of a part's stem attestation (stemAttestation) where the part itself is unseen; 0: not used */
  stemWeight: number;
  /** weight of how often each part is written as it is here (log share of its spellings, Vocabulary.spellingShare) */
  spellWeight: number;
  /** the attestation given to a part never seen (or seen once) when the spelling proves the boundary: ة or ى
   *  before the cut, or إ after a known word */
  unseenProven: number;
};

// Chosen on the dev slice of ANT (ids ending in 5) by scripts/build/prep-tune-fused.ts: the highest recall on
// glued pairs with precision >= 0.95 and <= 1 false split per 10,000 words of unglued text.
export const FUSED_DEFAULTS: FusedOptions = {
  threshold: 3.4, wholeWeight: 2, strongCue: 5, weakCue: 1, shortPenalty: 1.5, pairWeight: 1, shapeWeight: 0.25, strongWeight: 0.5,
  unseenProven: 2, tinyPenalty: 0, stemWeight: 0.5, spellWeight: 0.5,
};

// Pure clitic strings are never a left part; pronoun suffixes and inflection endings never a right part.
const NOT_LEFT = new Set(["ال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "وك", "فك", "لي", "لا", "يا", "ما"]);
const NOT_RIGHT = new Set([
  "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ما", "ان", "ين", "ون", "ات", "وا", "يه", "ته", "تها",
  "تهم", "تم", "تي", "هو", "هي", "يا", "ية", "يه", "يون", "يين", "يات", "ه", "لا", "لي", "له", "لها", "لهم", "كا",
]);
// Closed compound names: «عبد» + a divine name, «أبو»/«بو»/«بن» + a name.
const NAME_HEADS = new Set(["عبد", "ابو", "بو", "بن", "ابن", "ام"]);
const TWO_LETTER_RIGHT = new Set(["في", "من", "عن", "مع", "او", "قد"]);
// Two-letter words that do stand on their own before another word; any other left part needs three letters.
const TWO_LETTER_LEFT = new Set(["في", "من", "عن", "مع", "او", "ان", "لم", "لن", "قد", "هو", "هي", "كل", "ثم", "بل", "اي", "ذو", "تم"]);

/** How well a candidate part is attested, its proclitics allowed: «واذربيجان» counts «اذربيجان». */
export function attestation(x: string, vocab: Vocabulary): number {
  let best = vocab.count(x);
  if (x.length < 4) return best;
  let i = 0;
  if (x[0] === "و" || x[0] === "ف") i = 1;
  for (let pass = 0; pass < 2; pass++) {
    const rest = x.slice(i);
    if (rest.length >= 3 && i > 0) {
      const c = vocab.count(rest) * 0.5;
      if (c > best) best = c;
    }
    if (rest.startsWith("لل") && rest.length >= 5) {
      const c = vocab.count("ال" + rest.slice(2)) * 0.5;
      if (c > best) best = c;
    }
    const p = rest[0];
    if (pass === 0 && (p === "ب" || p === "ل" || p === "ك") && rest.length >= 4) i += 1;
    else break;
  }
  // a pronoun suffix on a known word, its proclitics allowed: «ميزانيته», «وتطهيرها» (ة written ت before it)
  for (const suf of PRONOUNS) {
    if (x.length - suf.length < 3 || !x.endsWith(suf)) continue;
    const stem = x.slice(0, -suf.length);
    for (let k = 0; k <= i && stem.length - k >= 3; k++) {
      const st = stem.slice(k);
      const c = Math.max(vocab.count(st), st.endsWith("ت") ? vocab.count(st.slice(0, -1) + "ه") : 0) * (k === 0 ? 0.25 : 0.125);
      if (c > best) best = c;
    }
    break;
  }
  return best;
}

const PRONOUNS = ["هما", "كما", "ها", "هم", "هن", "كم", "نا", "ه"];

/**
 * Where to split a normalized word that is two words run together; empty when it is one word.
 * `surface` is the same word with its own letters (marks removed, not folded), same length as `norm`:
 * a taa marbuta or alef maqsura inside it proves a boundary.
 * @example fusedSplits("الولاياتالمتحده", "الولاياتالمتحدة", vocab) → [8]
 */
export function fusedSplits(norm: string, surface: string, vocab: Vocabulary, opt: FusedOptions = FUSED_DEFAULTS): number[] {
  const out: number[] = [];
  let from = 0;
  // a run may hold more than two words: split off the best left word, then look at the rest again
  for (let guard = 0; guard < 4; guard++) {
    const cut = bestSplit(norm.slice(from), surface.slice(from), vocab, opt);
    if (cut < 0) break;
    out.push(from + cut);
    from += cut;
  }
  return out;
}

const NON_JOINING = new Set(["ا", "أ", "إ", "آ", "د", "ذ", "ر", "ز", "و", "ؤ", "ء", "ة", "ى"]);

/**
 * The score of splitting `n` after letter i: how well the weaker part is attested against how well the whole
 * is (log counts), plus spelling cues, minus a penalty for short parts; -Infinity where a split is ruled out.
 */
export function splitScore(n: string, surface: string, i: number, known: number, vocab: Vocabulary, opt: FusedOptions): number {
  const l = n.slice(0, i);
  const r = n.slice(i);
  const lastL = surface[i - 1];
  const firstR = surface[i];
  const hamzaStart = firstR === "أ" || firstR === "إ";
  if (NOT_LEFT.has(l) || NAME_HEADS.has(l) || (NOT_RIGHT.has(r) && !(hamzaStart && r === "ان"))) return -Infinity;
  if (i === 2 && !TWO_LETTER_LEFT.has(l)) return -Infinity;
  const strong = lastL === "ة" || lastL === "ى" || firstR === "إ";
  if (r.length === 2 && !TWO_LETTER_RIGHT.has(r) && !strong && !(hamzaStart && r === "ان")) return -Infinity;
  const al = Math.max(vocab.count(l), attestation(l, vocab));
  const ar = attestation(r, vocab);
  let weak = Math.min(al, ar);
  if (weak < 2 && opt.stemWeight > 0) {
    // a part seen only with other endings or clitics: «تزعجهم» (يزعج), «الساقين» (ساق), «لديناصورات»
    const sl = al < 2 ? stemAttestation(l, vocab) * opt.stemWeight : al;
    const sr = ar < 2 ? stemAttestation(r, vocab) * opt.stemWeight : ar;
    weak = Math.min(sl, sr);
  }
  // ة or ى never stand inside a word, nor إ after three letters that are a word: after one, the split is proven
  // even where a part is a word never seen
  if (weak < 2 && l.length >= 3 && r.length >= 3 && (lastL === "ة" || lastL === "ى" || (firstR === "إ" && al >= 2))) weak = opt.unseenProven;
  if (weak < 2) return -Infinity;
  // the article is a cue only before a word of its own (not «الي», «الا»: ال + one letter)
  const weakCue = firstR === "أ" || (surface.startsWith("ال", i) && r.length >= 5) || NON_JOINING.has(lastL);
  const short = Math.max(0, 4 - l.length) + Math.max(0, 4 - r.length) + (l.length <= 2 || r.length <= 2 ? opt.tinyPenalty / (opt.shortPenalty || 1) : 0);
  const pair = vocab.pairCount(l, r);
  // each part as spelled here: «الي» for «إلى» is rare, so «نفتالي» is hardly «نفت» + «إلى»
  const spelling = opt.spellWeight ? opt.spellWeight * (Math.log(vocab.spellingShare(l, surface.slice(0, i))) + Math.log(vocab.spellingShare(r, surface.slice(i)))) : 0;
  return Math.log(weak) + (opt.strongWeight ? opt.strongWeight * Math.log(Math.max(al, ar) / weak) : 0) - opt.wholeWeight * Math.log(known + 1) + (strong ? opt.strongCue : 0) + (weakCue ? opt.weakCue : 0) - opt.shortPenalty * short + opt.pairWeight * Math.log(1 + pair) + (opt.shapeWeight ? opt.shapeWeight * vocab.boundaryOdds(l, r) : 0) + spelling;
}

/** How well a part's stem is attested: the part with its article, suffixes and proclitics taken off
 *  (wholeAnalysis), or a verb in the imperfect with its person prefix changed («تتزوج» → «يتزوج»). */
function stemAttestation(x: string, vocab: Vocabulary): number {
  if (x.length < 4) return 0;
  let best = wholeAnalysis(x, vocab);
  const k = x[0] === "و" || x[0] === "ف" ? 1 : 0;
  const p = x[k];
  if ((p === "ت" || p === "ي" || p === "ن") && x.length - k >= 4) {
    for (const q of ["ي", "ت"]) {
      if (q === p) continue;
      const alt = q + x.slice(k + 1);
      best = Math.max(best, vocab.count(alt) * 0.5, attestation(alt, vocab) * 0.5);
    }
  }
  return best;
}

function bestSplit(n: string, surface: string, vocab: Vocabulary, opt: FusedOptions): number {
  const len = n.length;
  if (len < 5) return -1;
  if (vocab.count(n) >= 200) return -1;
  // score every cut without the whole word's attestation first: it only lowers scores, and it is the costly part
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 2; i <= len - 2; i++) {
    const score = splitScore(n, surface, i, 0, vocab, opt);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0 || bestScore < opt.threshold) return -1;
  const penalty = opt.wholeWeight * Math.log(wholeAnalysis(n, vocab, surface) + 1);
  return bestScore - penalty >= opt.threshold ? best : -1;
}

// A whole word is also "known" when it is a known word with clitics or endings around it («وبسياراتهم»,
// «الأقرب», «قراراتي», «الطرفان»).
const HAMZA_ALEF = new Set(["أ", "إ", "آ"]);
const SUFFIXES = ["هما", "ها", "هم", "ه", "كم", "نا", "ي", "ك", "ات", "ان", "ين", "ون", "تين", "تان", "ية", "يه", "يين", "يون", "يات", "ه"];
// `surface` (same length, letters not folded) rules out a suffix whose alef is written with a hamza: «بعدأن» is not
// a dual «بعد» + «ان».
export function wholeAnalysis(n: string, vocab: Vocabulary, surface = n): number {
  let best = Math.max(vocab.count(n), attestation(n, vocab));
  const bases = [n];
  if (n.startsWith("ال") && n.length >= 5) bases.push(n.slice(2));
  if (/^[وف]ال/.test(n) && n.length >= 6) bases.push(n.slice(3));
  if (/^[وف]?[بك]ال/.test(n) && n.length >= 6) bases.push(n.slice(n[0] === "و" || n[0] === "ف" ? 4 : 3));
  for (const b of bases) {
    if (b !== n) best = Math.max(best, vocab.count(b) * 0.5);
    for (const suf of SUFFIXES) {
      if (b.endsWith(suf) && b.length - suf.length >= 3) {
        if (suf[0] === "ا" && HAMZA_ALEF.has(surface[n.length - suf.length])) continue;
        const stem = b.slice(0, -suf.length);
        best = Math.max(best, vocab.count(stem) * 0.5, vocab.count(stem + "ه") * 0.5, attestation(stem, vocab) * 0.5);
      }
    }
  }
  return best;
}
