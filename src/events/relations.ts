// Relations the text states between two resolved entities: «تركيا الحليف الوثيق لأذربيجان» (ally),
// «روسيا التي لديها اتفاق دفاع مشترك مع أرمينيا» (defense_pact), «تتبع هذه المنطقة أذربيجان» (part_of),
// «X عضو في Y» (member_of), «X عاصمة Y» (capital_of), «وساطة X في Y» (mediates), «بقيادة X» (leads),
// «تستضيف X قمة Y» (hosts). holds_office comes from the resolve stage.
import type { Entity, Relation, RelationType } from "../core/contract.js";
import type { Resolved, ResolvedMention } from "../core/doc.js";
import { spanOf } from "../core/span.js";
import type { Words } from "./words.js";

type Ctx = { w: Words; resolved: Resolved; byId: Map<string, Entity> };

const ALLY = new Set(["حليف", "حليفه", "حلفاء", "الحليف", "الحليفه"]);
const PACT = new Set(["اتفاق", "اتفاقيه", "معاهده", "حلف", "اتفاقا", "معاهدات"]);
const MEMBER = new Set(["عضو", "اعضاء", "عضويه", "عضوا"]);
const CAPITAL = new Set(["عاصمه"]);
const MEDIATE = new Set(["وساطه", "توسط", "يتوسط", "تتوسط", "الوسيط", "وسيط", "الوساطه"]);
const PART_VERB = new Set(["تتبع", "يتبع"]);
const PART_ADJ = new Set(["تابعه", "تابع", "التابعه", "التابع", "جزء"]);
const LEAD_PREP = new Set(["بقياده"]);
const LEAD_VERB = new Set(["يقود", "تقود", "تقوده", "يقوده", "قاد", "قادت"]);
const HOST = new Set(["تستضيف", "يستضيف", "استضافت", "استضاف"]);

const ANY = new Set([...ALLY, ...PACT, ...MEMBER, ...CAPITAL, ...MEDIATE, ...PART_VERB, ...PART_ADJ, ...LEAD_PREP, ...LEAD_VERB, ...HOST]);

function has(w: Words, i: number, set: Set<string>): boolean {
  const ks = w.keys[i];
  if (!ks) return false;
  for (const k of ks) if (set.has(k)) return true;
  return false;
}

function mentionsIn(r: Resolved, from: number, to: number): ResolvedMention[] {
  return r.mentions.filter((m) => m.tokenStart >= from && m.tokenEnd <= to);
}

function isRegion(e: Entity | undefined): boolean {
  return Boolean(e && (e.type === "LOC" || e.type === "GPE"));
}

export function readRelations(w: Words, resolved: Resolved): Relation[] {
  const ctx: Ctx = { w, resolved, byId: new Map(resolved.entities.map((e) => [e.id, e])) };
  const out: Relation[] = [];
  const toks = w.tokens;
  const add = (type: RelationType, a: ResolvedMention | undefined, b: ResolvedMention | undefined, sentence: number) => {
    if (!a || !b || a.entity === b.entity) return;
    if (out.some((r) => r.type === type && r.a === a.entity && r.b === b.entity)) return;
    const s = w.doc.sentences[sentence];
    out.push({ type, a: a.entity, b: b.entity, label: null, evidence: spanOf(w.doc.text, s.start, s.end) });
  };
  for (let si = 0; si < w.doc.sentences.length; si++) {
    const s = w.doc.sentences[si];
    const before = (i: number, span = 6) => mentionsIn(resolved, Math.max(s.tokenStart, i - span), i).pop();
    const after = (i: number, span = 4) => mentionsIn(resolved, i, Math.min(s.tokenEnd, i + span))[0];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (toks[i].kind !== "ar" || !w.keys[i].some((k) => ANY.has(k))) continue;
      if (has(w, i, ALLY)) add("ally", before(i, 2), after(i + 1, 3), si);
      else if (has(w, i, PACT) && i + 1 < s.tokenEnd && toks[i + 1].norm.replace(/^لل?/, "").includes("دفاع")) {
        let b: ResolvedMention | undefined;
        for (let k = i + 2; k < Math.min(s.tokenEnd, i + 6); k++) if (toks[k].norm === "مع") { b = after(k + 1, 4); break; }
        add("defense_pact", before(i, 8), b, si);
      } else if (has(w, i, MEMBER) && toks[i + 1]?.norm === "في") add("member_of", before(i, 3), after(i + 2, 4), si);
      else if (has(w, i, CAPITAL)) {
        const b = after(i + 1, 2);
        if (b && isRegion(ctx.byId.get(b.entity))) add("capital_of", before(i, 2), b, si);
      } else if (has(w, i, MEDIATE)) {
        const b = after(i + 1, 4);
        for (const a of mentionsIn(resolved, Math.max(s.tokenStart, i - 6), i)) {
          const ea = ctx.byId.get(a.entity);
          if (ea && (ea.type === "GPE" || ea.type === "ORG" || ea.type === "PER")) add("mediates", a, b, si);
        }
      } else if (PART_VERB.has(toks[i].norm.replace(/^[وف]/, ""))) {
        // «تتبع هذه المنطقة أذربيجان»: a demonstrative region refers to the last region named before
        let a: ResolvedMention | undefined = after(i + 1, 2);
        let bFrom = i + 1;
        if (!a && (w.isCue(i + 1, "anaphor"))) {
          bFrom = i + 3;
          const prev = resolved.mentions.filter((m) => m.tokenEnd <= s.tokenStart && isRegion(ctx.byId.get(m.entity)));
          const b0 = after(bFrom, 3);
          a = [...prev].reverse().find((m) => !b0 || m.entity !== b0.entity);
        } else if (a) bFrom = a.tokenEnd;
        add("part_of", a, after(bFrom, 3), si);
      } else if (has(w, i, PART_ADJ) && (toks[i + 1]?.norm.startsWith("ل") || toks[i + 1]?.norm === "من")) {
        add("part_of", before(i, 5), after(i + 1, 3), si);
      } else if (has(w, i, LEAD_PREP)) add("leads", after(i + 1, 3), before(i, 4), si);
      else if (LEAD_VERB.has(toks[i].norm.replace(/^[وف]/, ""))) {
        const a = after(i + 1, 3);
        const b = before(i, 3);
        if (b && ctx.byId.get(b.entity)?.type === "ORG") add("leads", a, b, si);
      } else if (HOST.has(toks[i].norm.replace(/^[وف]/, ""))) {
        const a = after(i + 1, 2);
        const b = a ? after(a.tokenEnd, 3) : undefined;
        if (b && ctx.byId.get(b.entity)?.type === "MISC") add("hosts", a, b, si);
      }
    }
  }
  return out;
}
