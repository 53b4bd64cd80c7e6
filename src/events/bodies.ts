// A party or a union the resolver left unnamed is still a party: «ودعت حركة الشعب ...», «وأكدت الحركة ...»,
// «أما الحزب الإشتراكي فقد أكد ...». Its head noun (cues.tsv kind `body`, value = PLOVER sector) gives the
// sector; the name runs to the next comma, preposition, complementizer or verb. The country is left to the
// article (a party named without a state is the outlet's country's, see index.ts).
import type { Actor } from "../core/contract.js";
import { isKnownVerb } from "./clauses.js";
import type { Words } from "./words.js";

const MAX_WORDS = 7;

/** The unnamed body whose head noun stands at token i, or null. */
export function bodyAt(w: Words, i: number): Actor | null {
  const cue = w.cue(i, "body");
  if (!cue || !cue.entry.value) return null;
  const toks = w.tokens;
  const s = toks[i].sentence;
  let end = cue.end;
  while (end < toks.length && end - i < MAX_WORDS) {
    const t = toks[end];
    if (t.sentence !== s || t.kind !== "ar" || w.isCue(end, "prep") || w.isCue(end, "comp") || w.isCue(end, "rel") || w.isCue(end, "report") || w.isCue(end, "boundary") || isKnownVerb(w, end) || w.triggersAt(end).length) break;
    // «فقد», «قد» open the predicate
    if (/^[وف]?قد$/.test(t.norm)) break;
    end++;
  }
  return { entity: null, text: w.doc.text.slice(toks[i].start, toks[end - 1].end), country: null, sector: cue.entry.value };
}

/** The unnamed body that is the subject before a verb at token v («أما الحزب الإشتراكي فقد أكد»), or null. */
export function bodyBefore(w: Words, v: number, from: number): Actor | null {
  for (let k = v - 1; k >= Math.max(from, v - 6); k--) {
    const t = w.tokens[k];
    if (t.kind === "punct") return null;
    if (w.isCue(k, "body")) return bodyAt(w, k);
  }
  return null;
}
