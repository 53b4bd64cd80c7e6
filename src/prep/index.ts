// Stage 1, text preparation: raw article text -> cleaned text with repairs, sentences and clitic-segmented tokens.
// FIRST CUT (to be replaced by the full stage): invisible marks dropped, whitespace/punctuation tokens,
// sentences at terminal punctuation and line breaks, no clitic segmentation.
import type { Repair } from "../core/contract.js";
import type { Prepared, Sentence, Token, TokenKind } from "../core/doc.js";
import { normalize } from "./normalize.js";

export type PrepResources = Record<string, never>;

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

function kindOf(t: string): TokenKind {
  if (/^\p{N}+$/u.test(t)) return "num";
  if (/[\u0600-\u06FF]/.test(t)) return "ar";
  if (/^\p{L}/u.test(t)) return "latin";
  if (/^\p{P}$/u.test(t)) return "punct";
  return "sym";
}

export function prepare(raw: string, _res: PrepResources = {}): Prepared {
  const repairs: Repair[] = [];
  const text = raw.replace(INVISIBLE, "");
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sStart = -1;
  let sTok = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (sStart < 0) { sStart = start; sTok = tokens.length; }
    const norm = normalize(m[0]);
    tokens.push({
      i: tokens.length, start, end, text: m[0], norm, kind: kindOf(m[0]), sentence: sentences.length,
      morphs: [{ start, end, text: m[0], role: "stem", tag: "STEM" }], stem: norm,
    });
    const after = text.slice(end, end + 2);
    if (/^[.!?؟]$/.test(m[0]) || after.startsWith("\n")) {
      sentences.push({ start: sStart, end, tokenStart: sTok, tokenEnd: tokens.length });
      sStart = -1;
    }
  }
  if (sStart >= 0) sentences.push({ start: sStart, end: tokens[tokens.length - 1].end, tokenStart: sTok, tokenEnd: tokens.length });
  return { text, repairs, sentences, tokens, warnings: [] };
}
