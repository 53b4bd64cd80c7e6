// One search hit as both stores return it: the article's fields and a snippet around the matched terms.
// Only the score differs between the stores (bm25 in SQLite, ts_rank in PostgreSQL), so it is passed in.
import { makeSnippet } from "../search/snippet.js";
import type { QueryTerm } from "../search/terms.js";
import type { SearchHit } from "./store.js";

export function searchHitOf(r: Record<string, unknown>, terms: QueryTerm[], score: number): SearchHit {
  const s = makeSnippet(r.text as string, terms);
  return {
    id: r.id as string, title: r.title as string | null, published: r.published as string | null,
    outlet: r.outlet as string | null, url: r.url as string | null,
    snippet: s.snippet, highlights: s.highlights, score,
  };
}
