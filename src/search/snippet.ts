// A search hit's snippet: a window of the article's own text (never the normalized index text) around
// the densest run of matched words, with the matched words' offsets so a client can highlight them
// without parsing markup.
import { matches, wordsOf, type QueryTerm } from "./terms.js";

export type Snippet = { snippet: string; highlights: [number, number][] };

/**
 * @example makeSnippet("تجددت الاشتباكات بين القوات", [{norm: "اشتباكات", stem: "اشتباكات", prefix: false}])
 *   → {snippet: "تجددت الاشتباكات بين القوات", highlights: [[6, 16]]}
 */
export function makeSnippet(text: string, terms: QueryTerm[], width = 28): Snippet {
  const words = wordsOf(text);
  if (!words.length) return { snippet: text.slice(0, 200), highlights: [] };
  const hit = words.map((w) => matches(w, terms));
  // the window of `width` words holding the most hits (sliding count)
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (hit[i]) count++;
    if (i >= width && hit[i - width]) count--;
    const start = Math.max(0, i - width + 1);
    if (count > bestCount) { bestCount = count; best = start; }
  }
  // start a little before the first hit of the window so it has some context
  let first = best;
  while (first < words.length && !hit[first] && first < best + width - 1) first++;
  const startWord = Math.max(0, Math.min(first - 4, words.length - width));
  const endWord = Math.min(words.length, startWord + width) - 1;
  const from = startWord === 0 ? 0 : words[startWord].start;
  const to = endWord === words.length - 1 ? text.length : words[endWord].end;
  const lead = from > 0 ? "… " : "";
  const tail = to < text.length ? " …" : "";
  const body = text.slice(from, to).replace(/\s+/g, " ");
  // offsets in the whitespace-collapsed body: recompute words on it
  const highlights: [number, number][] = [];
  for (const w of wordsOf(body)) {
    if (matches(w, terms)) highlights.push([lead.length + w.start, lead.length + w.end]);
  }
  return { snippet: `${lead}${body.trim() === body ? body : body}${tail}`, highlights };
}
