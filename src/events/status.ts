// Whether an event happened: negation («لم يحضر», «عدم»), futurity («سيزور», «من المتوقع أن يجتمع»,
// «المقبل», a date after publication) and hypotheticals («قد يتدخل إذا», «في حال», questions).
import type { EventStatus, When } from "../core/contract.js";
import type { Clause } from "./clauses.js";
import type { Words } from "./words.js";

export type StatusInput = {
  trigger: number;
  verb: "past" | "pres" | null;
  future: boolean;
  clause: Clause;
  /** the clause before, when this one opens with a complementizer («من المتوقع أن ...») */
  previous: Clause | null;
  sentenceEnd: number;
  when: When | null;
  published: string | null;
};

function negatedAt(w: Words, i: number, trigger: number): boolean {
  if (!w.isCue(i, "neg")) return false;
  const next = i + 1 < trigger ? i + 1 : trigger;
  if (next !== trigger && w.isCue(next, "neg-stop")) return false;
  if (w.isCue(i + 1, "neg-stop")) return false;
  // «لم ... إلا» is "only": asserted
  return true;
}

const AFTER = new Set(["بعد", "اثر", "عقب", "غداه", "اعقاب", "اثر"]);

/** Whether «بعد», «إثر», «عقب», «غداة», «في أعقاب» stands in the two words before a noun trigger. */
export function afterPast(w: Words, trigger: number, from: number): boolean {
  for (let i = Math.max(from, trigger - 2); i < trigger; i++) if (AFTER.has(w.tokens[i].norm.replace(/^[وف]/, ""))) return true;
  return false;
}

export function statusOf(w: Words, s: StatusInput): EventStatus {
  const toks = w.tokens;
  const { trigger, clause } = s;
  // negation: a negator in the three words before the trigger, within its clause
  for (let i = Math.max(clause.start, trigger - 3); i < trigger; i++) {
    if (negatedAt(w, i, trigger)) {
      let only = false;
      for (let k = trigger + 1; k < clause.end; k++) if (toks[k].norm === "الا") only = true;
      if (!only) return "negated";
    }
  }
  // hypothetical: «قد» before a present verb, a conditional or modal earlier in the clause, a question
  if (s.verb === "pres" && trigger > clause.start && w.isCue(trigger - 1, "hyp-qad")) return "hypothetical";
  for (let i = clause.start; i < trigger; i++) if (w.isCue(i, "hyp")) return "hypothetical";
  if (s.previous) for (let i = s.previous.start; i < s.previous.end; i++) if (w.isCue(i, "hyp")) return "hypothetical";
  const last = toks[s.sentenceEnd - 1];
  if (last && (last.text === "؟" || last.text === "?")) return "hypothetical";
  // «بعد عدة هجمات», «إثر الاشتباكات»: a noun after «بعد» happened before what the clause tells
  if (s.verb === null && afterPast(w, trigger, clause.start)) return "asserted";
  // future
  if (s.future) return "future";
  for (let i = Math.max(clause.start, trigger - 2); i < trigger; i++) if (toks[i].norm === "سوف") return "future";
  for (let i = clause.start; i < clause.end; i++) if (i !== trigger && w.isCue(i, "fut")) return "future";
  if (s.previous) for (let i = s.previous.start; i < s.previous.end; i++) if (w.isCue(i, "fut")) return "future";
  if (s.when?.value && s.published && /^\d{4}-\d{2}-\d{2}/.test(s.when.value) && s.when.value.slice(0, 10) > s.published.slice(0, 10)) {
    return "future";
  }
  return "asserted";
}
