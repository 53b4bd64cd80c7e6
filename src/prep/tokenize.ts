// Tokens of the cleaned text: Arabic words (letters with their diacritics), numbers (3.5, 1,000, 10:30,
// 2020/10/09 stay one token), words of other scripts (letters and digits: COVID19, F16), and one token per
// punctuation mark or symbol (an emoji, a surrogate pair, is one symbol token).
import type { TokenKind } from "../core/doc.js";
import { C, CLASS } from "./char-class.js";

export type RawToken = { start: number; end: number; kind: TokenKind };

const NUM_JOINERS = new Set([0x2e, 0x2c, 0x3a, 0x2f]); // . , : / between digits
const LETTER_CP = /^[\p{L}\p{M}]/u;
const NUMBER_CP = /^\p{N}/u;

/**
 * Splits cleaned text into tokens (no whitespace token).
 * @example tokenize("قتل 31 مدنيا.").map((t) => t.kind) → ["ar", "num", "ar", "punct"]
 */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = CLASS[text.charCodeAt(i)];
    const start = i;
    switch (k) {
      case C.SPACE:
      case C.NEWLINE:
        i++;
        continue;
      case C.AR:
      case C.MARK:
      case C.TATWEEL:
        i++;
        while (i < n) {
          const kk = CLASS[text.charCodeAt(i)];
          if (kk !== C.AR && kk !== C.MARK && kk !== C.TATWEEL) break;
          i++;
        }
        out.push({ start, end: i, kind: "ar" });
        continue;
      case C.DIGIT:
      case C.ARDIGIT:
        i++;
        while (i < n) {
          const kk = CLASS[text.charCodeAt(i)];
          if (kk === C.DIGIT || kk === C.ARDIGIT) { i++; continue; }
          if (NUM_JOINERS.has(text.charCodeAt(i)) && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C.DIGIT) { i += 2; continue; }
          break;
        }
        out.push({ start, end: i, kind: "num" });
        continue;
      case C.LETTER:
        i++;
        while (i < n) {
          const kk = CLASS[text.charCodeAt(i)];
          if (kk !== C.LETTER && kk !== C.DIGIT) break;
          i++;
        }
        out.push({ start, end: i, kind: "latin" });
        continue;
      case C.PUNCT:
        out.push({ start, end: ++i, kind: "punct" });
        continue;
      case C.HIGH:
        if (i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C.LOW) {
          const cp = text.slice(i, i + 2);
          i += 2;
          out.push({ start, end: i, kind: LETTER_CP.test(cp) ? "latin" : NUMBER_CP.test(cp) ? "num" : "sym" });
          continue;
        }
        out.push({ start, end: ++i, kind: "sym" });
        continue;
      default:
        out.push({ start, end: ++i, kind: "sym" });
    }
  }
  return out;
}
