// Who says so: reporting verbs («قالت وزارة الدفاع إن ...», «نقلت وكالة ... عن ...») and source markers
// («وفقا لـ», «بحسب») give the `source` of the events in the clause they introduce; «وأضاف أن» keeps the
// previous speaker. The reporting clause itself is not an event.
import type { Actor } from "../core/contract.js";
import type { ActorMention, Resolved, Sentence } from "../core/doc.js";
import { groupsIn, toActor, type Group } from "./actors.js";
import { bodyAt, bodyBefore } from "./bodies.js";
import type { Words } from "./words.js";

export type SourceScope = {
  /** the reporting word (token index) */
  at: number;
  /** events whose trigger lies in [from, to) are reported by `source` */
  from: number;
  to: number;
  source: Actor | null;
  /** the subject group of the reporting verb (not an event participant) */
  subject: Group | null;
};

function nounSource(w: Words, i: number): Actor | null {
  const t = w.tokens[i];
  if (!t || !w.isCue(i, "report")) return null;
  let end = i + 1;
  const next = w.tokens[end];
  if (next && next.kind === "ar" && next.sentence === t.sentence && !w.isCue(end, "comp") && !w.isCue(end, "prep")) end++;
  const text = w.doc.text.slice(t.start, w.tokens[end - 1].end);
  return { entity: null, text, country: null, sector: null };
}

/** Reporting scopes of one sentence, in order. `previous` is the last source of the article so far. */
export function sourceScopes(
  w: Words,
  s: Sentence,
  actors: ActorMention[],
  resolved: Resolved,
  previous: Actor | null,
  isTriggerVerb: (i: number) => boolean,
): SourceScope[] {
  const out: SourceScope[] = [];
  const toks = w.tokens;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const report = w.cue(i, "report");
    const cont = w.cue(i, "continue");
    const marker = w.cue(i, "source-n");
    if (marker) {
      const g = groupsIn(w, actors, marker.end, Math.min(s.tokenEnd, marker.end + 6))[0];
      const src = g && g.tokenStart <= marker.end + 1 ? toActor(g.mentions[0], resolved) : nounSource(w, marker.end);
      if (src) out.push({ at: i, from: s.tokenStart, to: s.tokenEnd, source: src, subject: g ?? null });
      continue;
    }
    if (!(report?.verb || cont || w.isBayyana(i)) || isTriggerVerb(i)) continue;
    // the complement: the first complementizer or colon after the verb
    let comp = -1;
    for (let k = i + 1; k < s.tokenEnd && k <= i + 14; k++) {
      if (w.isCue(k, "comp") || toks[k].text === ":") { comp = k; break; }
    }
    const stop = comp >= 0 ? comp : Math.min(s.tokenEnd, i + 8);
    const after = groupsIn(w, actors, i + 1, stop);
    let subject: Group | null = null;
    let source: Actor | null = null;
    // «نقلت وكالة X عن Y»: Y is the source
    // «نسبت الوكالة إلى تميم قوله إن ...»: the one the words are attributed to
    const attributed = /^[وف]?[يت]?نسب/.test(toks[i].norm);
    const an = after.find((g) => g.prep === "عن" || (attributed && g.prep === "الي"));
    if (an) source = toActor(an.mentions[0], resolved);
    const subj = after.find((g) => g.prep === null && g.tokenStart <= i + 3);
    if (subj) {
      subject = subj;
      if (!source) source = toActor(subj.mentions[0], resolved);
    }
    if (!subject) {
      // SVO: «الشرطة قالت»; the clause start right before the verb
      const before = groupsIn(w, actors, Math.max(s.tokenStart, i - 6), i);
      const b = before[before.length - 1];
      if (b && b.tokenEnd >= i - 1 && b.prep === null) {
        subject = b;
        if (!source) source = toActor(b.mentions[0], resolved);
      }
    }
    if (!source && cont) source = previous;
    if (!source) source = nounSource(w, i + 1) ?? bodyAt(w, i + 1) ?? bodyBefore(w, i, s.tokenStart);
    if (!source && !cont) continue;
    out.push({ at: i, from: comp >= 0 ? comp : (subject ? subject.tokenEnd : i + 1), to: s.tokenEnd, source, subject });
  }
  return out;
}

/** The innermost scope covering token i. */
export function scopeAt(scopes: SourceScope[], i: number): SourceScope | null {
  let best: SourceScope | null = null;
  for (const sc of scopes) if (i >= sc.from && i < sc.to && (!best || sc.from >= best.from)) best = sc;
  return best;
}
