// Fused-word repair: words the press ran together because a space was lost («الولاياتالمتحدة»,
// «أرمينياوأذربيجان», «الدخولإلى»). Every cut of a word that is not ruled out gets a score, a weighted sum of
// features learned by logistic regression (scripts/build-prep.ts --fit-fused): how well each part is attested in
// the corpus, through its proclitics, endings and stem too («وأذربيجان» = و + a known word, «التهابات» through
// «التهاب»); how often the two were seen side by side; how well the whole is attested as one word (with clitics
// and endings: «وبسياراتهم», «يقطنانها»); spelling cues (ة or ى before the cut, a hamza opening the right part);
// and how much likelier the letters read as two words than as one (a letter model of the vocabulary's word
// types, Vocabulary.cutLetterOdds). The best cut is made when its score reaches the threshold, and the rest is
// looked at again. Counts enter as logs, not membership, because the corpus itself contains a few fused forms.
// Names written closed («عبدالله», «أبوظبي») and words that do not read as two words are left alone.
import type { Vocabulary } from "./resources.js";

/** The features of one cut (see cutFeatures), in this order; a cut's score is their weighted sum. */
export const FUSED_FEATURES = [
  "bias", "weak", "strong", "leftRaw", "rightRaw", "pair", "whole", "wholeRaw", "taaAlef", "hamzaKasra", "hamzaFatha",
  "article", "nonJoining", "shortLeft", "shortRight", "shape", "spelling", "unseen", "rightClitic", "rightSuffixLike",
  "tinyLeft", "tinyRight", "alefLam", "rightWaw", "letters", "guess",
] as const;
export const FEATURE_COUNT = FUSED_FEATURES.length;
const F_WHOLE = 6;
const F_WHOLE_RAW = 7;
const F_LETTERS = 24;
/** Above the largest letter odds seen on the dev slice (20.0): a cut whose other features leave it below the
 *  threshold by more than this times the letters' weight is not worth reading letter by letter. */
const LETTER_BOUND = 25;

export type FusedOptions = {
  /** weight of each feature (FUSED_FEATURES order), learned by logistic regression */
  weights: readonly number[];
  /** a word is split at its best cut when that cut's score reaches this */
  threshold: number;
};

// Learned on the dev slice of ANT (ids ending in 5) by `npx tsx scripts/build-prep.ts --fit-fused`: logistic
// regression of "the space was lost here" over every cut of glued word pairs and of the words as written.
export const FUSED_DEFAULTS: FusedOptions = {
  weights: [-5.093, 0.118, 0.121, 0.512, 0.553, 0.622, -0.546, -1.062, 2.671, 1.481, 1.126, 0.21, -0.272, -1.086, -1.052, 0.131, 0.938, 0.058, 1.113, -1.035, 0.656, 0.415, -2.792, 0.46, 0.433, -2.01],
  threshold: 0.75,
};

// Pure clitic strings are never a left part; endings that are no word by themselves never a right part.
const NOT_LEFT = new Set(["ال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فب", "فل", "وك", "فك"]);
const NOT_RIGHT = new Set([
  "ها", "هن", "كن", "نا", "ني", "ان", "ين", "ون", "ات", "وا", "يه", "ته", "تها", "تهم", "تي", "ية", "يون", "يين",
  "يات", "ه", "كا", "تان", "تين",
]);
// Words that are also a pronoun suffix or an ending («هم», «كما», «له»): a right part that is one of them is
// often the end of a longer word; the model weighs it (feature rightSuffixLike).
const SUFFIX_LIKE = new Set(["هم", "هما", "كم", "كما", "ما", "هو", "هي", "يا", "لا", "لي", "له", "لها", "لهم", "تم"]);
// A part never seen is considered beside a part seen at least this often.
const GUESS_MIN = 50;
// Closed compound names: «عبد» + a divine name, «أبو»/«بو»/«بن» + a name.
const NAME_HEADS = new Set(["عبد", "ابو", "بو", "بن", "ابن", "ام"]);

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
 * The features of cutting `n` after letter i (FUSED_FEATURES order) written into `f`; false where a cut is ruled
 * out (a clitic or an ending standing alone, a closed-name head, a part of one letter, or a part neither
 * attested nor proven by the spelling). `whole` and `wholeRaw` are left 0: they are the word's, not the cut's.
 * Attestation counts a part through its proclitics and suffixes («وأذربيجان», «ميزانيته») and its stem.
 */
export function cutFeatures(n: string, surface: string, i: number, vocab: Vocabulary, f: Float64Array, letters = true): boolean {
  const l = n.slice(0, i);
  const r = n.slice(i);
  if (l.length < 2 || r.length < 2) return false;
  const lastL = surface[i - 1];
  const firstR = surface[i];
  const hamzaStart = firstR === "أ" || firstR === "إ";
  if (NOT_LEFT.has(l) || NAME_HEADS.has(l) || (NOT_RIGHT.has(r) && !(hamzaStart && r === "ان"))) return false;
  const cl = vocab.count(l);
  const cr = vocab.count(r);
  let al = Math.max(cl, attestation(l, vocab));
  let ar = Math.max(cr, attestation(r, vocab));
  // a part seen only with other endings or clitics: «تزعجهم» (يزعج), «الساقين» (ساق), «لديناصورات»
  if (al < 2) al = Math.max(al, stemAttestation(l, vocab) * 0.5);
  if (ar < 2) ar = Math.max(ar, stemAttestation(r, vocab) * 0.5);
  // ة or ى never stand inside a word, nor إ after a word: after one, a part may be a word never seen
  const taaAlef = lastL === "ة" || lastL === "ى";
  const hamzaKasra = firstR === "إ";
  // or a part never seen beside a common word (a name run into «اليوم»): the letters decide (feature guess)
  let unseen = 0;
  let guess = 0;
  if (Math.min(al, ar) < 2) {
    if (Math.max(al, ar) < 2) return false;
    if ((taaAlef || (hamzaKasra && al >= 2)) && l.length >= 3) unseen = 1;
    else if (Math.max(al, ar) >= GUESS_MIN && (al < 2 ? l : r).length >= 4) guess = 1;
    else return false;
  }
  const weak = Math.min(al, ar);
  const strong = Math.max(al, ar);
  f[0] = 1;
  f[1] = Math.log(1 + weak);
  f[2] = Math.log(1 + strong);
  f[3] = Math.log(1 + cl);
  f[4] = Math.log(1 + cr);
  f[5] = Math.log(1 + vocab.pairCount(l, r));
  f[F_WHOLE] = 0;
  f[F_WHOLE_RAW] = 0;
  f[8] = taaAlef ? 1 : 0;
  f[9] = hamzaKasra ? 1 : 0;
  // a hamza on alef opening the right part, or its stem after و or ف («وأذربيجان»)
  const second = surface[i + 1];
  f[10] = firstR === "أ" || ((firstR === "و" || firstR === "ف") && (second === "أ" || second === "إ")) ? 1 : 0;
  // the article opening a word of its own (not «الي», «الا»: ال + one letter)
  f[11] = surface.startsWith("ال", i) && r.length >= 5 ? 1 : 0;
  // a left part ending in a letter that does not join the next: the lost space is invisible there
  f[12] = NON_JOINING.has(lastL) ? 1 : 0;
  f[13] = Math.max(0, 4 - l.length);
  f[14] = Math.max(0, 4 - r.length);
  f[15] = vocab.boundaryOdds(l, r);
  // each part as spelled here: «الي» for «إلى» is rare, so «نفتالي» is hardly «نفت» + «إلى»
  // (a hamza written on the alef is the careful spelling, never a rare one, though the press often drops it)
  f[16] = spellingTerm(l, surface.slice(0, i), vocab) + spellingTerm(r, surface.slice(i), vocab);
  f[17] = unseen;
  // the right part known only through a proclitic: «وأذربيجان»
  f[18] = cr < 2 && (r[0] === "و" || r[0] === "ف" || r[0] === "ب" || r[0] === "ل") ? 1 : 0;
  f[19] = SUFFIX_LIKE.has(r) ? 1 : 0;
  f[20] = l.length === 2 ? 1 : 0;
  f[21] = r.length === 2 ? 1 : 0;
  // «علم|النفس» or «علما|لنفس»: the alef of the article read as the end of the left word
  f[22] = lastL === "ا" && r[0] === "ل" ? 1 : 0;
  f[23] = r[0] === "و" ? 1 : 0;
  // the letters: how much likelier they read as two words than as one (Vocabulary.cutLetterOdds)
  f[24] = letters ? vocab.cutLetterOdds(n, i) : 0;
  f[25] = guess;
  return true;
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

const feats = new Float64Array(FEATURE_COUNT);
const WRITTEN_HAMZA = /[أإآ]/;

function spellingTerm(norm: string, written: string, vocab: Vocabulary): number {
  return WRITTEN_HAMZA.test(written) ? 0 : Math.log(vocab.spellingShare(norm, written));
}

function dot(w: readonly number[], f: Float64Array): number {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += w[k] * f[k];
  return s;
}

/** The word-level features (whole, wholeRaw) of `n`: how well it is attested as one word. */
export function wholeFeatures(n: string, surface: string, vocab: Vocabulary, f: Float64Array): void {
  f[F_WHOLE] = Math.log(1 + wholeAnalysis(n, vocab, surface));
  f[F_WHOLE_RAW] = Math.log(1 + vocab.count(n));
}

function bestSplit(n: string, surface: string, vocab: Vocabulary, opt: FusedOptions): number {
  const len = n.length;
  if (len < 5) return -1;
  if (vocab.count(n) >= 200) return -1;
  // score every cut without the whole word's attestation first (its weights are negative, so it only lowers
  // scores, and it is the costly part)
  const w = opt.weights;
  let best = -1;
  let bestScore = -Infinity;
  const wl = w[F_LETTERS];
  const floor = opt.threshold;
  for (let i = 2; i <= len - 2; i++) {
    if (!cutFeatures(n, surface, i, vocab, feats, false)) continue;
    let score = dot(w, feats);
    // the letter odds (the costly feature) only where they could lift the cut above the threshold and the best
    if (score + Math.abs(wl) * LETTER_BOUND < Math.max(floor, bestScore)) continue;
    score += wl * vocab.cutLetterOdds(n, i);
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best < 0 || bestScore < opt.threshold) return -1;
  feats.fill(0);
  wholeFeatures(n, surface, vocab, feats);
  return bestScore + w[F_WHOLE] * feats[F_WHOLE] + w[F_WHOLE_RAW] * feats[F_WHOLE_RAW] >= opt.threshold ? best : -1;
}

// A whole word is also "known" when it is a known word with clitics or endings around it («وبسياراتهم»,
// «الأقرب», «قراراتي», «الطرفان»).
const HAMZA_ALEF = new Set(["أ", "إ", "آ"]);
// Inflection endings that a pronoun suffix may follow (duals, plurals, «وا» written «و» before the pronoun).
const ENDINGS = ["ان", "ين", "ون", "ات", "و", "تا"];
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
        // a pronoun after an inflection ending: «يقطنانها» (يقطن + ان + ها), «كتبوه» (كتب + و + ه)
        if (PRONOUNS.includes(suf)) {
          for (const end of ENDINGS) {
            if (!stem.endsWith(end) || stem.length - end.length < 3) continue;
            const base = stem.slice(0, -end.length);
            best = Math.max(best, vocab.count(base) * 0.25, attestation(base, vocab) * 0.25);
          }
        }
      }
    }
  }
  return best;
}
