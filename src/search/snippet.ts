// A search hit's snippet: a window of the article's own text (never the normalized index text) around
// the densest run of matched words, with the matched words' offsets so a client can highlight them
// without parsing markup.
//
// Snippets are built on the request path for every hit of a page, so the work per hit is bounded and
// small: words are read from the start only until the text has been covered up to SCAN_CHARS and a window
// past the first hit is complete (a long article with its hits late is read up to them, then one window
// more); a word is normalized only when its last letter could end a query word (a whole-word term matches
// only words whose normalized form ends like the term's stem); the highlights come from the same pass.
import { keyOf, lastNormUnit, matches, UNKNOWN_UNIT, wordEnd, wordStart, type QueryTerm } from "./terms.js";

export type Snippet = { snippet: string; highlights: [number, number][] };

const SCAN_CHARS = 3000;
const SPACES = /\s+/g;

/** The normalized last units a matching word can end with; null when any word may match (a prefix term). */
function possibleEnds(terms: QueryTerm[]): Set<number> | null {
  const ends = new Set<number>();
  for (const t of terms) {
    if (t.prefix || !t.stem) return null;
    // w.stem === t.stem or w.norm === t.norm: either way w.norm ends with t.stem (a suffix of t.norm)
    ends.add(t.stem.charCodeAt(t.stem.length - 1));
  }
  return ends;
}

/**
 * @example makeSnippet("تجددت الاشتباكات بين القوات", [{norm: "اشتباكات", stem: "اشتباكات", prefix: false}])
 *   → {snippet: "تجددت الاشتباكات بين القوات", highlights: [[6, 16]]}
 */
export function makeSnippet(text: string, terms: QueryTerm[], width = 28): Snippet {
  const ends = possibleEnds(terms);
  // the words read, as offsets, and whether each matches
  const starts: number[] = [];
  const stops: number[] = [];
  const hit: boolean[] = [];
  let firstHit = -1;
  let more = false; // words remain after the last one read
  let pos = 0;
  for (let start = wordStart(text, pos); start >= 0; start = wordStart(text, pos)) {
    const end = wordEnd(text, start);
    pos = end;
    const last = lastNormUnit(text, start, end);
    if (last === -1) continue; // normalizes to nothing (a lone mark or tatweel): not a word
    let h = false;
    if (ends === null || last === UNKNOWN_UNIT || ends.has(last)) {
      const key = keyOf(text.slice(start, end));
      if (!key) continue;
      h = matches({ start, end, norm: key.norm, stem: key.stem }, terms);
    }
    if (firstHit >= 0 && start > SCAN_CHARS && starts.length >= firstHit + 2 * width) { more = true; break; }
    if (h && firstHit < 0) firstHit = starts.length;
    starts.push(start);
    stops.push(end);
    hit.push(h);
  }
  const n = starts.length;
  if (!n) return { snippet: text.slice(0, 200), highlights: [] };
  // the window of `width` words holding the most hits (sliding count)
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (hit[i]) count++;
    if (i >= width && hit[i - width]) count--;
    const start = Math.max(0, i - width + 1);
    if (count > bestCount) { bestCount = count; best = start; }
  }
  // start a little before the first hit of the window so it has some context
  let first = best;
  while (first < n && !hit[first] && first < best + width - 1) first++;
  const startWord = Math.max(0, Math.min(first - 4, n - width));
  const endWord = Math.min(n, startWord + width) - 1;
  const from = startWord === 0 ? 0 : starts[startWord];
  const to = endWord === n - 1 && !more ? text.length : stops[endWord];
  const lead = from > 0 ? "… " : "";
  const tail = to < text.length ? " …" : "";
  // the window with whitespace runs collapsed, highlight offsets taken as the words are copied
  let body = lead;
  const highlights: [number, number][] = [];
  let at = from;
  for (let i = startWord; i <= endWord; i++) {
    const gap = text.slice(at, starts[i]);
    body += gap === " " ? gap : gap.replace(SPACES, " ");
    const s = body.length;
    body += text.slice(starts[i], stops[i]);
    if (hit[i]) highlights.push([s, body.length]);
    at = stops[i];
  }
  body += text.slice(at, to).replace(SPACES, " ");
  return { snippet: `${body}${tail}`, highlights };
}
