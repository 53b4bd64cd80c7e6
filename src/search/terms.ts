// What full-text search indexes and matches: every word of an article as its normalized form
// (src/prep/normalize.ts, the one normalizer) plus, when it carries clitics, its bare stem, so that
// «والاشتباكات», «بالاشتباكات» and «الاشتباكات» all meet a query for «اشتباكات». Stripping is
// recall-oriented: both forms are indexed, so an over-stripped stem only adds a second key, never loses one.
import { normalize } from "../prep/normalize.js";

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

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
function keyOf(surface: string): { norm: string; stem: string } | null {
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
  for (const m of text.matchAll(WORD)) {
    const key = keyOf(m[0]);
    if (!key) continue;
    out.push({ start: m.index, end: m.index + m[0].length, norm: key.norm, stem: key.stem });
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

