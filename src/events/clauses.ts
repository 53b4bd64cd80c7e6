// Clauses within a sentence: the unit an event's arguments are read from. Arabic news chains clauses with
// commas, «لكن», «فيما», «بعدما», complementizers («إن», «أن»), relatives («التي», «الذي») and و/ف before a
// verb («وأسفرت», «وتستبعد»); a clause runs from one such opener to the next.
import type { Sentence } from "../core/doc.js";
import type { Words } from "./words.js";

export type ClauseOpener = "start" | "punct" | "boundary" | "comp" | "rel" | "coord";
export type Clause = { start: number; end: number; opener: ClauseOpener; sentence: number };

const SPLIT_PUNCT = new Set(["،", ",", "؛", ";", ":"]);

/** Whether token i is a verb the lexicons know (a trigger, a reporting, happening or light verb). */
export function isKnownVerb(w: Words, i: number): boolean {
  for (const m of w.cuesAt(i)) if (m.verb) return true;
  for (const m of w.triggersAt(i)) if (m.verb) return true;
  return false;
}

/** Splits a sentence into clauses (token ranges, end exclusive). */
export function splitClauses(w: Words, s: Sentence, sentence: number): Clause[] {
  const toks = w.tokens;
  const out: Clause[] = [];
  let start = s.tokenStart;
  let opener: ClauseOpener = "start";
  const cut = (i: number, next: ClauseOpener, skip: boolean) => {
    if (i > start) out.push({ start, end: i, opener, sentence });
    start = skip ? i + 1 : i;
    opener = next;
  };
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = toks[i];
    if (t.kind === "punct" || t.kind === "sym") {
      if (SPLIT_PUNCT.has(t.text)) cut(i, "punct", true);
      continue;
    }
    if (i === start) {
      // «، التي ...», «، لكن ...»: the word after a comma says what kind of clause it opens
      const was = opener as ClauseOpener;
      if (was === "punct" || was === "start") {
        if (w.isCue(i, "rel")) opener = "rel";
        else if (w.isCue(i, "comp")) opener = "comp";
        else if (w.isCue(i, "boundary") && was === "punct") opener = "boundary";
      }
      continue;
    }
    if (w.isCue(i, "comp")) cut(i, "comp", false);
    else if (w.isCue(i, "rel")) cut(i, "rel", false);
    else if (w.isCue(i, "boundary")) cut(i, "boundary", false);
    else if ((t.norm[0] === "و" || t.norm[0] === "ف") && t.norm.length >= 4 && isKnownVerb(w, i)) cut(i, "coord", false);
  }
  if (s.tokenEnd > start) out.push({ start, end: s.tokenEnd, opener, sentence });
  return out;
}
