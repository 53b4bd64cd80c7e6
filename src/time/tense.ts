// The tense of the clause a time expression sits in decides which Friday «الجمعة» is: a past clause means
// the latest Friday on or before publication, a future one the next. Arabic marks the future lexically
// (the prefix سـ on an imperfective verb, سوف, لن, «من المتوقع أن», «من المقرر», «يعتزم») and the past
// mostly by verb form, which we do not analyse, so «past» is read from a few strong cues and is otherwise
// the default of news writing. The nearest cue before the expression, inside its clause, wins.
import { normalize } from "../prep/normalize.js";
import type { Word } from "./scan.js";

export type Tense = "past" | "future" | "none";

const set = (words: string[]): Set<string> => new Set(words.map(normalize));

const FUTURE = set([
  "سوف", "لن", "المتوقع", "المنتظر", "المقرر", "المرتقب", "المزمع", "المبرمج", "المبرمجة", "يعتزم", "تعتزم",
  "يزمع", "تزمع", "يرتقب", "يرتقب", "يتوقع", "تتوقع", "مرتقب", "مرتقبة", "مقرر", "مقررة", "مبرمج", "مبرمجة",
  "غدا", "المقبل", "المقبلة", "القادم", "القادمة", "ستكون", "سيكون", "سيتم",
]);
const PAST = set([
  "أمس", "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفارط", "الفارطة", "المنقضي", "كان", "كانت", "قد", "لقد",
  "تم", "سبق", "بعدما", "وقع", "وقعت", "جرى", "جرت",
]);
/** Words that open a new clause: the tense of what came before them no longer applies. */
const CLAUSE = set(["لكن", "لكنه", "لكنها", "بينما", "فيما", "حيث", "بعد", "قبل", "إذ", "إذا", "حين", "عندما"]);
/** Nouns and names that begin like a future verb (سي، ست، سن، سأ). */
const NOT_VERB = /^(سيا|سيد|سيط|سيول|سينا|سينما|سنو|سنه|سنين|سنت|ستين|ستا|ستي|ستو|سنغال|سيره|سيري|سيف$)/;
const FUTURE_VERB = /^[وف]?س[يتن][\u0621-\u064A]{2,}$/;
const STOP_PUNCT = /^[.،,;؛:!?؟()«»"“”]$/;
const WINDOW = 16;

function isFutureVerb(t: string): boolean {
  if (!FUTURE_VERB.test(t)) return false;
  const stem = t[0] === "و" || t[0] === "ف" ? t.slice(1) : t;
  return stem.length >= 4 && !NOT_VERB.test(stem);
}

function strip(t: string): string {
  return (t[0] === "و" || t[0] === "ف") && t.length > 3 ? t.slice(1) : t;
}

/**
 * The tense cue nearest before words[at], looking back to the start of its clause.
 * @example «من المتوقع أن يجتمع ... في موسكو يوم الاثنين» -> "future"; «اندلعت ليل الخميس» -> "none"
 */
export function tenseBefore(words: Word[], at: number): Tense {
  for (let i = at - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
    if (words[i + 1].nl) return "none";
    const w = words[i];
    if (w.punct && STOP_PUNCT.test(w.t)) {
      // a comma inside a clause («قال، الاثنين،») is no boundary for the nearest couple of words
      if (n > 2 || w.t !== "،" && w.t !== ",") return "none";
      continue;
    }
    const t = w.t;
    if (FUTURE.has(t) || FUTURE.has(strip(t)) || isFutureVerb(t)) return "future";
    if (PAST.has(t) || PAST.has(strip(t))) return "past";
    if (CLAUSE.has(t) || CLAUSE.has(strip(t))) return "none";
  }
  return "none";
}
