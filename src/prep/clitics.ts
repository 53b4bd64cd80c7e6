// Clitic segmentation: a word's proclitics (و ف, ب ل ك, س, ال) and pronoun suffix (ه ها هم هما هن ك كم
// كما كن نا) peeled off with exact offsets, so that «وبالحكومة», «للحكومة» and «الحكومة» share the stem and
// «عليه» is على + ه. Corpus frequencies decide: a clitic is split only when what remains is a word seen often
// enough, compared with the whole word («وقال» → و + قال, but «وزير», «بغداد», «بيروت», «كركوك» stay whole).
// Closed-class words that merely look segmentable («كما», «لكن», «هناك», «الذي») are never split.
import type { Morph, MorphTag } from "../core/doc.js";
import { C, CLASS } from "./char-class.js";
import { normalize } from "./normalize.js";
import type { Vocabulary } from "./resources.js";

/** One piece of a segmentation, by length in code units (offsets are added when a token is placed). */
export type Piece = { len: number; role: Morph["role"]; tag: MorphTag };
export type Analysis = Piece[];

/** Thresholds per clitic: the remaining word must be seen `min` times and `ratio` times as often as the whole. */
export type SegmentOptions = { min: number; ratio: Record<string, number>; depthBonus: number };

// Tuned on sentences 1-500 of UD Arabic-PUD by scripts/build/prep-tune-segment.ts (scripts/eval/prep.ts reports both halves).
export const SEGMENT_DEFAULTS: SegmentOptions = {
  min: 1,
  depthBonus: 0,
  ratio: { و: 0.2, ف: 5, ب: 0.2, ل: 0.1, ك: 0.5, س: 1, ه: 0.05, ها: 0.05, هم: 0.2, هما: 0.05, هن: 0.3, ك_: 1, كم: 0.3, كما: 0.3, كن: 1000, نا: 5 },
};

// Closed-class words whose first or last letters look like clitics but are part of the word.
const LEXICAL = new Set(
  [
    "كما", "فيما", "عندما", "بينما", "حينما", "ربما", "كلما", "مما", "عما", "ممن", "كان", "كانت", "كانوا", "كانا",
    "لكن", "كذلك", "هناك", "هنا", "لقد", "لدى", "لدي", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان",
    "اللتان", "اللواتي", "اللاتي", "اللائي", "بعد", "بعض", "قبل", "حيث", "منذ", "ذلك", "هذا", "هذه", "هؤلاء",
    "تلك", "حتى", "إلى", "إلا", "لا", "لم", "لن", "ثم", "أو", "أم", "سوى", "كأن", "بل", "بين", "ليس", "ليست",
    "فقط", "أيضا", "لأجل", "كي", "لكي", "كيف", "كم", "فوق", "لعل", "ما", "ماذا", "هو", "هي", "هم", "هما", "هن",
    "نحن", "أنا", "أنت", "أنتم", "الله", "لله", "ولله", "فلله", "بالله", "والله", "تالله", "اللهم", "الآن",
    "لذا", "إذا", "إذ", "وإذا", "فإذا", "كذا", "هكذا", "لدن", "بها", "كلا", "كلتا",
  ].map((w) => normalize(w)),
);
// Pronoun suffixes, longest first, as written (ه is never ة).
const ENCLITICS = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك"];
// Prepositions that are words by themselves and take a pronoun: «له» = ل + ه, «به» = ب + ه.
const BARE_PREP = new Set(["ل", "ب", "ك"]);

/**
 * Segments one word into morphs with offsets into the text (the word starts at `offset`). A word that is
 * not Arabic, or has no clitics, is one STEM morph. Pass the vocabulary from loadPrepResources() for the
 * frequency-informed segmentation that prepare() uses (NER training should do the same); without it, only
 * the article (ال and its forms) and the conjunction before an article are split.
 * @example segmentWord("وبالحكومة").map((m) => m.text) → ["و", "ب", "ال", "حكومة"]
 * @example segmentWord("للسلطة").map((m) => m.text) → ["ل", "ل", "سلطة"] (ل + the article with its alef elided)
 * @example segmentWord("عليه", 0, vocab).map((m) => m.text) → ["علي", "ه"]
 */
export function segmentWord(word: string, offset = 0, vocab?: Vocabulary, opt: SegmentOptions = SEGMENT_DEFAULTS): Morph[] {
  const pieces = analyze(word, vocab, opt);
  const out: Morph[] = [];
  let pos = 0;
  for (const p of pieces) {
    const start = pos;
    pos += p.len;
    out.push({ start: offset + start, end: offset + pos, text: word.slice(start, pos), role: p.role, tag: p.tag });
  }
  return out;
}

/** Makes a segmenter with a bounded cache (words repeat: the cache keeps prepare() fast). */
export function makeSegmenter(vocab?: Vocabulary, opt: SegmentOptions = SEGMENT_DEFAULTS): (word: string, offset: number) => Morph[] {
  const cache = new Map<string, Analysis>();
  return (word, offset) => {
    let pieces = cache.get(word);
    if (pieces === undefined) {
      pieces = analyze(word, vocab, opt);
      if (cache.size > 100_000) cache.clear();
      cache.set(word, pieces);
    }
    const out: Morph[] = new Array(pieces.length);
    let pos = 0;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      const start = pos;
      pos += p.len;
      out[i] = { start: offset + start, end: offset + pos, text: word.slice(start, pos), role: p.role, tag: p.tag };
    }
    return out;
  };
}

function whole(len: number): Analysis {
  return [{ len, role: "stem", tag: "STEM" }];
}

/** Analysis in surface code units: finds clitics on the letters, then maps letter counts to code units. */
export function analyze(word: string, vocab: Vocabulary | undefined, opt: SegmentOptions): Analysis {
  const n = word.length;
  // letters of the word (marks dropped) and where each letter starts in the surface word
  let letters = "";
  const at: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = CLASS[word.charCodeAt(i)];
    if (k === C.AR) { at.push(i); letters += word[i]; }
    else if (k !== C.MARK && k !== C.TATWEEL) return whole(n);
  }
  if (letters.length < 2) return whole(n);
  const norm = normalize(letters);
  if (norm.length !== letters.length || LEXICAL.has(norm)) return whole(n);
  const letterPieces = vocab ? bestAnalysis(letters, norm, vocab, opt) : ruleAnalysis(letters);
  if (letterPieces.length === 1) return whole(n);
  // letter lengths → surface lengths: a morph ends where the next one's first letter starts
  const out: Analysis = [];
  let li = 0;
  for (let p = 0; p < letterPieces.length; p++) {
    const from = p === 0 ? 0 : at[li];
    li += letterPieces[p].len;
    const to = li < at.length ? at[li] : n;
    out.push({ len: to - from, role: letterPieces[p].role, tag: letterPieces[p].tag });
  }
  return out;
}

const CONJ: Piece = { len: 1, role: "proclitic", tag: "CONJ" };
const PREP: Piece = { len: 1, role: "proclitic", tag: "PREP" };
const FUT: Piece = { len: 1, role: "proclitic", tag: "FUT" };

/** Without frequencies: only the article, the prepositions and conjunctions in front of it (on the letters
 *  as written: «إلى» is not ال + ى). */
function ruleAnalysis(norm: string): Analysis {
  const pre: Piece[] = [];
  let i = 0;
  if ((norm[0] === "و" || norm[0] === "ف") && (norm.startsWith("ال", 1) || norm.startsWith("لل", 1) || (/[بكل]/.test(norm[1] ?? "") && norm.startsWith("ال", 2)))) {
    pre.push(CONJ);
    i = 1;
  }
  const art = articleAt(norm, i);
  if (art === null) return pre.length ? [...pre, { len: norm.length - i, role: "stem", tag: "STEM" }] : whole(norm.length);
  return [...pre, ...art.pieces, { len: norm.length - art.end, role: "stem", tag: "STEM" }];
}

/** The article at letter i, with a preposition before it: «ال», «بال», «كال», «لل» (ل + ال, alef elided). */
function articleAt(norm: string, i: number): { pieces: Piece[]; end: number } | null {
  const DET2: Piece = { len: 2, role: "proclitic", tag: "DET" };
  const DET1: Piece = { len: 1, role: "proclitic", tag: "DET" };
  const rest = (j: number) => norm.length - j;
  if (norm.startsWith("ال", i) && rest(i + 2) >= 2 && !isAllah(norm, i + 2)) return { pieces: [DET2], end: i + 2 };
  if (norm.startsWith("لل", i) && rest(i + 2) >= 2 && !isAllah(norm, i + 2)) return { pieces: [PREP, DET1], end: i + 2 };
  if ((norm[i] === "ب" || norm[i] === "ك") && norm.startsWith("ال", i + 1) && rest(i + 3) >= 2 && !isAllah(norm, i + 3)) {
    return { pieces: [PREP, DET2], end: i + 3 };
  }
  return null;
}

// «الله» is one word, not ال + له
function isAllah(norm: string, stemAt: number): boolean {
  return norm.startsWith("له", stemAt) && (norm.length - stemAt === 2 || norm.startsWith("لهم", stemAt));
}

/** With frequencies: every clitic reading whose remaining word is well attested; the deepest one wins. */
function bestAnalysis(letters: string, norm: string, vocab: Vocabulary, opt: SegmentOptions): Analysis {
  const len = norm.length;
  const wholeCount = vocab.count(norm);
  let best: Analysis | null = null;
  let bestScore = -Infinity;
  const consider = (pre: Piece[], core: number, coreEnd: number, enc: string, gate: string[]) => {
    if (coreEnd - core < 1) return;
    const coreNorm = norm.slice(core, coreEnd);
    if (LEXICAL.has(coreNorm) === false && coreEnd - core === 1 && !(enc && BARE_PREP.has(coreNorm))) return;
    let c = vocab.count(coreNorm);
    if (enc) {
      // the stem before a pronoun shows ة as ت and ء as ئ/ؤ: «سلسلته», «ورائها»
      const last = coreNorm[coreNorm.length - 1];
      if (last === "ت") c = Math.max(c, vocab.count(coreNorm.slice(0, -1) + "ه"));
      else if (last === "ئ" || last === "ؤ") c = Math.max(c, vocab.count(coreNorm.slice(0, -1) + "ء"));
      else if (last === "ا" && coreNorm.length >= 3) c = Math.max(c, vocab.count(coreNorm.slice(0, -1) + "ي"));
        // a plural in ات before a pronoun: «صديقاتها» counts «صديقات», else the singular «صديقة»
      if (c < opt.min && coreNorm.endsWith("ات") && coreNorm.length >= 5) c = Math.max(c, vocab.count(coreNorm.slice(0, -2) + "ه"), vocab.count(coreNorm.slice(0, -2)));
      if (BARE_PREP.has(coreNorm)) c = Math.max(c, opt.min * 1000);
    }
    // ل + a word starting with ل: «للسلطة» is ل + the article with its alef elided when «السلطة» is the word
    let elided = false;
    if (!enc && pre.length > 0 && pre[pre.length - 1] === PREP && norm[core - 1] === "ل" && norm[core] === "ل" && coreEnd - core >= 3) {
      const withArticle = vocab.count("ا" + coreNorm);
      if (withArticle > c) { c = withArticle; elided = true; }
    }
    if (c < opt.min) return;
    for (const g of gate) if (c < (opt.ratio[g] ?? 1) * wholeCount) return;
    const depth = pre.length + (enc ? 1 : 0);
    const score = Math.log(c) + opt.depthBonus * depth;
    if (score > bestScore) {
      const pieces: Piece[] = [...pre];
      const det = articleAt(letters, core);
      let stemStart = core;
      if (elided) {
        pieces.push({ len: 1, role: "proclitic", tag: "DET" });
        stemStart = core + 1;
      } else if (det !== null && det.pieces.length === 1 && !enc) {
        pieces.push(det.pieces[0]);
        stemStart = det.end;
      } else if (det !== null && det.pieces.length === 2 && det.pieces[0].tag === "PREP" && !enc) {
        // «لل»: ل + the article's lam
        pieces.push(...det.pieces);
        stemStart = det.end;
      }
      pieces.push({ len: coreEnd - stemStart, role: "stem", tag: "STEM" });
      if (enc) pieces.push({ len: enc.length, role: "enclitic", tag: "PRON" });
      best = pieces;
      bestScore = score;
    }
  };

  // proclitic prefixes: [و|ف]? then [ب|ل|ك|س]?
  const starts: { pre: Piece[]; at: number; gate: string[] }[] = [{ pre: [], at: 0, gate: [] }];
  if ((norm[0] === "و" || norm[0] === "ف") && len >= 3) starts.push({ pre: [CONJ], at: 1, gate: [norm[0]] });
  for (const s of [...starts]) {
    if (LEXICAL.has(norm.slice(s.at))) continue; // «وكان» is و + كان, never و + ك + ان
    const ch = norm[s.at];
    if ((ch === "ب" || ch === "ل" || ch === "ك") && len - s.at >= 3) starts.push({ pre: [...s.pre, PREP], at: s.at + 1, gate: [...s.gate, ch] });
    if (ch === "س" && len - s.at >= 4 && "يتنا".includes(norm[s.at + 1])) starts.push({ pre: [...s.pre, FUT], at: s.at + 1, gate: [...s.gate, "س"] });
  }
  const noArticleRest = (at: number) => !letters.startsWith("ال", at) && !letters.startsWith("لل", at);
  for (const s of starts) {
    // no pronoun suffix
    if (s.pre.length > 0) consider(s.pre, s.at, len, "", s.gate);
    // «لل» after a preposition would be ل + ل: only ل + ال reads that way, handled by articleAt
    for (const e of ENCLITICS) {
      if (!letters.endsWith(e) || len - e.length - s.at < 1) continue;
      if (!noArticleRest(s.at)) continue; // the article and a pronoun suffix exclude each other
      consider(s.pre, s.at, len - e.length, e, [...s.gate, e === "ك" ? "ك_" : e]);
    }
  }
  if (best !== null) return best;
  // the article alone (and «لل», «بال», «كال», «وال»): no frequencies needed
  const r = ruleAnalysis(letters);
  if (r.length > 1) return r;
  // an unknown word after «و» is most likely و + an unknown word («وبيراموف»)
  if (wholeCount <= 1 && norm[0] === "و" && len >= 5 && vocab.count(norm.slice(1)) >= 1) {
    return [CONJ, { len: len - 1, role: "stem", tag: "STEM" }];
  }
  return whole(len);
}
