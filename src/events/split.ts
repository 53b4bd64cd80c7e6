// One clause, several incidents: «أجرى مشاورات مع باشينيان مساء الخميس ومع علييف في وقت مبكر الجمعة» is two
// consultations on two days. A coordinated «ومع X» with a date of its own becomes an event of its own.
import type { Resolved, TimeMention } from "../core/doc.js";
import { groupActors, groupsIn, topLevel } from "./actors.js";
import type { Candidate } from "./incidents.js";
import type { Words } from "./words.js";

export function splitByDate(w: Words, resolved: Resolved, times: TimeMention[], cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    out.push(c);
    if (c.entry.pos !== "V" && c.type !== "CONSULT") continue;
    const actors = topLevel(resolved.actors);
    const groups = groupsIn(w, actors, c.trigger.end, c.clause.end).filter((g) => g.prep === "مع");
    if (groups.length < 2) continue;
    const dated = groups.map((g, k) => {
      const until = k + 1 < groups.length ? groups[k + 1].tokenStart : c.clause.end;
      return times.find((t) => t.tokenStart >= g.tokenEnd && t.tokenEnd <= until) ?? null;
    });
    if (!dated[0] || dated.slice(1).every((d) => !d || d.value === dated[0]!.value)) continue;
    const firstActors = c.actor.filter((a) => !groups.slice(1).some((g) => g.mentions.some((m) => m.span.text === a.text)));
    c.actor = firstActors;
    c.when = { value: dated[0].value, precision: dated[0].precision ?? "day", span: dated[0].span };
    c.argEnd = Math.min(c.argEnd, groups[1].tokenStart);
    const subject = firstActors.filter((a) => !groups[0].mentions.some((m) => m.span.text === a.text));
    for (let k = 1; k < groups.length; k++) {
      const d = dated[k];
      if (!d || d.value === dated[0].value) continue;
      const until = k + 1 < groups.length ? groups[k + 1].tokenStart : c.clause.end;
      out.push({
        ...c,
        actor: [...subject, ...groupActors(groups[k], resolved)],
        recipient: [],
        when: { value: d.value, precision: d.precision ?? "day", span: d.span },
        argStart: groups[k].tokenStart,
        argEnd: until,
        counts: [],
      });
    }
  }
  return out;
}
