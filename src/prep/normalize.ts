// The one Arabic normalizer. Matching, indexing, search and model features all use it, so that a
// lexicon entry, a query and a token written with different hamza seats or final letters meet.
// The display text never goes through it: it keeps the article's own letters.

// Diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) and tatweel carry no identity.
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const FOLD: Record<string, string> = {
  "\u0623": "\u0627", // أ
  "\u0625": "\u0627", // إ
  "\u0622": "\u0627", // آ
  "\u0671": "\u0627", // ٱ
  "\u0649": "\u064A", // ى
  "\u0629": "\u0647", // ة
  "\u06CC": "\u064A", // Persian yeh
  "\u06A9": "\u0643", // keheh
  "\u0660": "0", "\u0661": "1", "\u0662": "2", "\u0663": "3", "\u0664": "4",
  "\u0665": "5", "\u0666": "6", "\u0667": "7", "\u0668": "8", "\u0669": "9",
  "\u06F0": "0", "\u06F1": "1", "\u06F2": "2", "\u06F3": "3", "\u06F4": "4",
  "\u06F5": "5", "\u06F6": "6", "\u06F7": "7", "\u06F8": "8", "\u06F9": "9",
};
const FOLDABLE = /[\u0623\u0625\u0622\u0671\u0649\u0629\u06CC\u06A9\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * The matching form of a word or phrase: diacritics and tatweel dropped, alef and hamza-on-alef forms
 * to bare alef, alef maqsura to yaa, taa marbuta to haa, Eastern digits to Western, Latin lower-cased.
 * @example normalize("الأُرْدُنّ") === "الاردن"; normalize("مدرسة") === "مدرسه"
 */
export function normalize(s: string): string {
  return s.replace(MARKS, "").replace(FOLDABLE, (c) => FOLD[c]).toLowerCase();
}

/** normalize() and collapse whitespace: the key for multi-word lexicon entries and queries. */
export function normalizePhrase(s: string): string {
  return normalize(s).replace(/\s+/g, " ").trim();
}
