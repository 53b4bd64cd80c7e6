// What full-text search indexes and matches: every word of an article as its normalized form
// (src/prep/normalize.ts, the one normalizer) plus, when it carries clitics, its bare stem, so that
// «والاشتباكات», «بالاشتباكات» and «الاشتباكات» all meet a query for «اشتباكات». Stripping is
// recall-oriented: both forms are indexed, so an over-stripped stem only adds a second key, never loses one.
import { normalize } from "../prep/normalize.js";


// A word is a run of letters, marks and digits (/[\p{L}\p{M}\p{N}]+/u), found by a scanner over char codes with a per-code-unit class table filled on
// first sight (the regex's Unicode property classes cost ~0.3 µs a word; snippets scan many words).
const ONE_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const UNIT_CLASS = new Uint8Array(0x10000); // 0 not seen yet (and high surrogates: always asked), 1 word, 2 not
const ASTRAL = new Map<number, boolean>();

/** The length (1 or 2 code units) of the word character at i, or 0 when text[i] does not start one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) {
      let w = ASTRAL.get(cp);
      if (w === undefined) { w = ONE_WORD_CHAR.test(String.fromCodePoint(cp)); if (ASTRAL.size < 10_000) ASTRAL.set(cp, w); }
      return w ? 2 : 0;
    }
  }
  let k = UNIT_CLASS[c];
  if (k === 0) {
    k = ONE_WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    if (c < 0xd800 || c > 0xdbff) UNIT_CLASS[c] = k; // a high surrogate's class depends on the next unit
  }
  return k === 1 ? 1 : 0;
}

// The normalized form of single code units, filled on first sight from normalize() itself (the one
// normalizer): -2 not seen yet, -1 dropped (a mark or tatweel), else the one unit it becomes. Trusted only
// in ASCII and the Arabic block, where normalize() works unit by unit; elsewhere (case rules that look at
// context, letters that lower-case to two units) the answer is "unknown".
const NORM_UNIT = new Int32Array(0x700).fill(-2);
export const UNKNOWN_UNIT = -3;

/**
 * The last code unit of normalize(text.slice(start, end)) without building it, or -1 when it is empty,
 * or UNKNOWN_UNIT when the last unit that counts is outside ASCII and the Arabic block.
 */
export function lastNormUnit(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c >= 0x700) return UNKNOWN_UNIT;
    let u = NORM_UNIT[c];
    if (u === -2) {
      const n = normalize(String.fromCharCode(c));
      u = n.length === 0 ? -1 : n.length === 1 ? n.charCodeAt(0) : UNKNOWN_UNIT;
      NORM_UNIT[c] = u;
    }
    if (u !== -1) return u;
  }
  return -1;
}

/** The start of the first word at or after `from`, or -1. */
export function wordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const k = UNIT_CLASS[text.charCodeAt(i)];
    if (k === 1) return i;
    if (k !== 2 && wordCharAt(text, i)) return i; // not seen yet, or a surrogate
  }
  return -1;
}

/** The end (exclusive) of the word that starts at `start`. */
export function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    const k = UNIT_CLASS[text.charCodeAt(i)]; // NaN past the end reads as undefined: not 1
    if (k === 1) { i++; continue; }
    if (k === 2 || i >= text.length) return i;
    const n = wordCharAt(text, i);
    if (!n) return i;
    i += n;
  }
}

// Proclitic chains on the normalized form, longest first: conjunction و/ف, preposition ب/ك/ل, article ال.
// A chain with the article needs a stem of >= 2 letters; a lone conjunction needs >= 3 (وزير stays whole
// as a second key is indexed anyway). Latin and digits are never stripped.
const ARTICLE_CHAINS = ["وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال"];
const CONJ_PREP = ["وب", "فب", "ول", "فل", "وك", "فك", "و", "ف", "ب", "ل"];
const ARABIC = /^[\u0621-\u064A]+$/;

/**
 * The bare stem of a normalized Arabic word, or the word itself.
 * @example stemOf("والاشتباكات") === "اشتباكات"; stemOf("للجيش") === "جيش"; stemOf("رصد") === "رصد"
 */
export function stemOf(norm: string): string {
  if (!ARABIC.test(norm)) return norm;
  for (const p of ARTICLE_CHAINS) {
    if (norm.startsWith(p) && norm.length - p.length >= 2) return norm.slice(p.length);
  }
  for (const p of CONJ_PREP) {
    if (norm.startsWith(p) && norm.length - p.length >= 4) return norm.slice(p.length);
  }
  return norm;
}

export type Word = { start: number; end: number; norm: string; stem: string };

/** The words of a text with their offsets, normalized form and stem. */
// Snippets re-read every word of every hit: the same surface words recur, so their keys are cached
// (bounded; cleared when full).
const KEYS = new Map<string, { norm: string; stem: string } | null>();
/** A surface word's normalized form and stem (null for a word that normalizes to nothing); cached. */
export function keyOf(surface: string): { norm: string; stem: string } | null {
  let k = KEYS.get(surface);
  if (k === undefined) {
    const norm = normalize(surface);
    k = norm ? { norm, stem: stemOf(norm) } : null;
    if (KEYS.size >= 100_000) KEYS.clear();
    KEYS.set(surface, k);
  }
  return k;
}

export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (let start = wordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    const key = keyOf(text.slice(start, end));
    if (key) out.push({ start, end, norm: key.norm, stem: key.stem });
    start = wordStart(text, end);
  }
  return out;
}

/**
 * The text the full-text index stores for an article: normalized words, each followed by its stem when
 * the stem differs. Title first so that title words count.
 */
export function indexText(title: string | null, text: string): string {
  const parts: string[] = [];
  for (const w of wordsOf(`${title ?? ""}\n${text}`)) {
    parts.push(w.norm);
    if (w.stem !== w.norm) parts.push(w.stem);
  }
  return parts.join(" ");
}

export type QueryTerm = { norm: string; stem: string; prefix: boolean };
export type ParsedQuery = { groups: QueryTerm[][]; terms: string[] };

/**
 * A user's query as words and phrases: `"a b"` is a phrase, `word*` a prefix; everything else a word.
 * @example parseQuery('اشتباكات "وزير الخارجية"').groups.length === 2
 */
export function parseQuery(q: string): ParsedQuery {
  const groups: QueryTerm[][] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of q.slice(0, 500).matchAll(re)) {
    const chunk = m[1] ?? m[2];
    const group: QueryTerm[] = [];
    for (const piece of chunk.split(/\s+/)) {
      const prefix = m[1] === undefined && piece.endsWith("*");
      for (const w of wordsOf(piece)) group.push({ norm: w.norm, stem: w.stem, prefix });
    }
    if (group.length) groups.push(group);
    if (groups.length >= 12) break;
  }
  const terms = [...new Set(groups.flat().flatMap((t) => (t.stem === t.norm ? [t.norm] : [t.norm, t.stem])))];
  return { groups, terms };
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** An SQLite FTS5 MATCH expression for a parsed query (every word required; a phrase as NEAR). */
export function fts5Match(pq: ParsedQuery): string | null {
  if (!pq.groups.length) return null;
  return pq.groups.map((g) => {
    if (g.length === 1) return termExpr(g[0]);
    // norm and stem are both indexed, so words of a phrase sit up to two positions apart
    return `NEAR(${g.map((t) => quote(t.stem)).join(" ")}, ${2 * g.length})`;
  }).join(" AND ");
}

function termExpr(t: QueryTerm): string {
  if (t.prefix) return `${quote(t.stem)}*`;
  return t.stem === t.norm ? quote(t.norm) : `(${quote(t.norm)} OR ${quote(t.stem)})`;
}

/** True when a word of the text matches a query term (used for snippets and highlights). */
export function matches(w: Word, terms: QueryTerm[]): boolean {
  for (const t of terms) {
    if (t.prefix ? w.stem.startsWith(t.stem) || w.norm.startsWith(t.norm) : w.stem === t.stem || w.norm === t.norm) return true;
  }
  return false;
}

