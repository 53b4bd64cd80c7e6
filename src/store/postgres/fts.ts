// Full-text search on PostgreSQL over the same terms as the SQLite index (src/search/terms.ts): every word's
// normalized form and its clitic-free stem. Both are written straight into a tsvector literal at the word's
// position, so PostgreSQL's parser and locale never touch Arabic (the result is the same on any cluster
// locale), and a phrase is exact adjacency: «وزارة الدفاع» is (وزاره|زاره) <-> (الدفاع|دفاع).
import { wordsOf, type ParsedQuery, type QueryTerm } from "../../search/terms.js";

// PostgreSQL's own limits: positions 1..16383, 256 positions per lexeme, lexemes < 2 KiB, tsvector < 1 MiB.
const MAX_POS = 16383;
const MAX_POSITIONS = 255;
const MAX_LEXEME = 500;
const MAX_BYTES = 900_000;

/** A lexeme quoted for tsvector/tsquery input: quotes and backslashes doubled. */
export function quoteLexeme(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/**
 * The tsvector (as input text) indexing an article: title first, so that title words count.
 * @example tsvectorLiteral(null, "والاشتباكات عنيفة") === "'والاشتباكات':1 'اشتباكات':1 'عنيفه':2"
 */
export function tsvectorLiteral(title: string | null, text: string): string {
  const positions = new Map<string, number[]>();
  let bytes = 0;
  let pos = 0;
  const add = (lex: string, p: number) => {
    if (lex.length > MAX_LEXEME) return;
    let list = positions.get(lex);
    if (!list) {
      const size = Buffer.byteLength(lex) + 8;
      if (bytes + size > MAX_BYTES) return;
      bytes += size;
      list = [];
      positions.set(lex, list);
    }
    if (list.length < MAX_POSITIONS && list[list.length - 1] !== p) list.push(p);
  };
  for (const w of wordsOf(`${title ?? ""}\n${text}`)) {
    pos = Math.min(MAX_POS, pos + 1);
    add(w.norm, pos);
    if (w.stem !== w.norm) add(w.stem, pos);
  }
  const parts: string[] = [];
  for (const [lex, list] of positions) parts.push(`${quoteLexeme(lex)}:${list.join(",")}`);
  return parts.join(" ");
}

function wordQuery(t: QueryTerm): string {
  const alts = t.stem === t.norm ? [t.norm] : [t.norm, t.stem];
  const star = t.prefix ? ":*" : "";
  const inner = alts.map((a) => `${quoteLexeme(a)}${star}`).join(" | ");
  return alts.length > 1 ? `(${inner})` : inner;
}

/**
 * A tsquery (as input text) for a parsed query: every word or phrase required; a word matches by its
 * normalized form or its stem; a phrase's words must be adjacent. Null when the query has no words.
 */
export function tsqueryLiteral(pq: ParsedQuery): string | null {
  if (!pq.groups.length) return null;
  return pq.groups.map((g) => (g.length === 1 ? wordQuery(g[0]) : `(${g.map(wordQuery).join(" <-> ")})`)).join(" & ");
}
