// How the events stage picks the time of a clause: the time mention nearest to the event's trigger inside
// the same sentence, preferring one in the same clause (no clause break between them), then one after
// the trigger over one before at equal distance (Arabic puts the time after the verb: «اندلعت ليل الخميس»).
import type { When } from "../core/contract.js";
import type { Prepared, TimeMention } from "../core/doc.js";

/** A TimeMention as the `when` of an event (null when it has no value). */
export function toWhen(t: TimeMention): When | null {
  if (t.value === null || t.precision === null) return null;
  return { value: t.value, precision: t.precision, span: t.span };
}

const CLAUSE_BREAK = new Set([".", "،", ",", ";", "؛", ":", "!", "?", "؟"]);

/**
 * The time mention for an event whose trigger covers tokens [tokenStart, tokenEnd), looked for within
 * tokens [within.tokenStart, within.tokenEnd) (its sentence, or a clause). Null when none is there.
 * @example timeFor(times, doc, { tokenStart: 7, tokenEnd: 8 }, doc.sentences[0])
 */
export function timeFor(
  times: readonly TimeMention[],
  doc: Pick<Prepared, "tokens">,
  at: { tokenStart: number; tokenEnd: number },
  within: { tokenStart: number; tokenEnd: number },
): TimeMention | null {
  let best: TimeMention | null = null;
  let bestCost = Infinity;
  for (const t of times) {
    if (t.value === null) continue;
    if (t.tokenStart < within.tokenStart || t.tokenEnd > within.tokenEnd) continue;
    const after = t.tokenStart >= at.tokenEnd;
    const gap = after ? t.tokenStart - at.tokenEnd : Math.max(0, at.tokenStart - t.tokenEnd);
    const [lo, hi] = after ? [at.tokenEnd, t.tokenStart] : [t.tokenEnd, at.tokenStart];
    let breaks = 0;
    for (let i = lo; i < hi; i++) if (CLAUSE_BREAK.has(doc.tokens[i]?.text ?? "")) breaks++;
    const cost = breaks * 100 + gap * 2 + (after ? 0 : 1);
    if (cost < bestCost) { bestCost = cost; best = t; }
  }
  return best;
}
