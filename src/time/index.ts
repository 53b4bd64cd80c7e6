// Stage 4, time: Arabic time expressions, recognised and normalized against the publication date, never
// the clock. The recipe: read the text as words over its normalized form (scan), find the expressions
// (recognize), read the tense of each one's clause (tense), resolve each to an ISO 8601 value (resolve),
// and map its span back onto the prep tokens.
import type { Prepared, TimeMention } from "../core/doc.js";
import { spanOf } from "../core/span.js";
import { parseAnchor } from "./calendar.js";
import { recognize } from "./recognize.js";
import { explicitYear, withYear } from "./reference-year.js";
import { precisionOf, resolveSem } from "./resolve.js";
import { scan } from "./scan.js";
import { tenseBefore } from "./tense.js";

export { timeFor, toWhen } from "./time-for.js";

const SENTENCE_END = new Set([".", "!", "?", "؟"]);

/**
 * The time expressions of a prepared document, in text order, without overlaps.
 * `published` is "YYYY-MM-DD" or an ISO date-time (its calendar date is the anchor). Without it, relative
 * expressions keep their span with value null and anchor "none"; fully written dates still resolve.
 * @example readTimes(prepare("قالت أذربيجان الخميس إن 31 مدنيا قتلوا منذ 27 سبتمبر"), "2020-10-10")
 *   // -> «الخميس» 2020-10-08 (day), «منذ 27 سبتمبر» 2020-09-27/2020-10-10 (interval)
 */
export function readTimes(doc: Prepared, published: string | null): TimeMention[] {
  const { words, back } = scan(doc.text);
  const anchor = parseAnchor(published);
  const out: TimeMention[] = [];
  let tok = 0;
  const tokens = doc.tokens;
  // sentence number of each word, so that a lone clock time takes the day last named in its sentence
  const sentence = new Int32Array(words.length);
  for (let i = 1, n = 0; i < words.length; i++) {
    const p = words[i - 1];
    if (words[i].nl || (p.punct && SENTENCE_END.has(p.t))) n++;
    sentence[i] = n;
  }
  let lastDay: { sentence: number; day: number } | null = null;
  let lastYear: { sentence: number; y: number } | null = null;
  for (const m of recognize(words)) {
    // a date without a year takes the year of a full date earlier in its sentence («هجوم يوم 7 مارس 2016
    // ... وتواصلت الاشتباكات إلى يوم 9 مارس»): the sentence's reference time, not publication
    const y = explicitYear(m.sem);
    if (y !== null) lastYear = { sentence: sentence[m.a], y };
    else if (lastYear !== null && lastYear.sentence === sentence[m.a]) m.sem = withYear(m.sem, lastYear.y);
    const first = words[m.a];
    const start = m.cut > 0 ? back[first.ns + m.cut] : first.s;
    const end = words[m.b - 1].e;
    if (end <= start) continue;
    const base = m.sem.k === "clock" && lastDay !== null && lastDay.sentence === sentence[m.a] ? lastDay.day : null;
    const r = resolveSem(m.sem, anchor, tenseBefore(words, m.a), base);
    if (r === "invalid") continue;
    if (typeof r !== "string" && m.sem.k === "day") lastDay = { sentence: sentence[m.a], day: r.lo };
    while (tok < tokens.length && tokens[tok].end <= start) tok++;
    let tokEnd = tok;
    while (tokEnd < tokens.length && tokens[tokEnd].start < end) tokEnd++;
    const span = spanOf(doc.text, start, end);
    if (r === "needs-anchor") {
      out.push({ span, value: null, precision: precisionOf(m.sem), anchor: "none", tokenStart: tok, tokenEnd: tokEnd });
    } else {
      out.push({
        span, value: r.value, precision: r.precision, anchor: r.absolute ? "absolute" : "publication",
        tokenStart: tok, tokenEnd: tokEnd,
      });
    }
  }
  return out;
}
