// Actor phrases (from the resolve stage) grouped the way a clause uses them: coordinated phrases («واشنطن
// وباريس وموسكو», «قوات أذربيجان وقوات من أصل أرميني») form one group, and each group carries the
// preposition that governs it («مع», «على», «بين», «في», a ب/ل clitic), which decides its role.
import type { Actor } from "../core/contract.js";
import type { ActorMention, Resolved } from "../core/doc.js";
import { normalize } from "../prep/normalize.js";
import type { Words } from "./words.js";

export type Group = {
  mentions: ActorMention[];
  tokenStart: number;
  tokenEnd: number;
  /** the governing preposition, normalized («مع», «علي», «بين», «في», «ب», «ل», «من قبل»), or null */
  prep: string | null;
};

/** Top-level actor phrases (nested ones dropped), in text order. */
export function topLevel(actors: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let end = -1;
  for (const a of actors) {
    if (a.tokenStart < end) continue;
    out.push(a);
    end = a.tokenEnd;
  }
  return out;
}

const CONJ_TOKENS = new Set(["و", "،", ",", "او"]);

function prepOf(w: Words, m: ActorMention, from: number): string | null {
  const toks = w.tokens;
  const first = toks[m.tokenStart];
  // a clitic preposition: from the segmentation, or the span starting inside the word
  if (first) {
    for (const mo of first.morphs) if (mo.role === "proclitic" && mo.tag === "PREP") return normalize(mo.text);
    if (m.span.start > first.start) {
      const pre = normalize(w.doc.text.slice(first.start, m.span.start));
      if (pre.includes("ب")) return "ب";
      if (pre.includes("ل")) return "ل";
    }
    const n = first.norm.replace(/^[وف]/, "");
    if (n.startsWith("لل") || n.startsWith("بال")) return n[0];
  }
  const prev = m.tokenStart - 1;
  if (prev >= from && prev >= 0) {
    const p = toks[prev];
    if (p.norm === "قبل" && toks[prev - 1]?.norm === "من") return "من قبل";
    const bare = p.norm.replace(/^[وف]/, "");
    // («وبين حزب التكتل ... تضامنه»: the verb «بيّن», not the preposition)
    if (w.isCue(prev, "prep") && !(bare === "بين" && w.isBayyana(prev))) return bare === "الي" ? "الي" : bare;
  }
  return null;
}

const NISBA = /^(ال)?[^\s]{2,}(ي|يه|يين|يون)$/;

/** A bare nationality adjective («الأمريكي», «الفلسطيني»): a country, no sector, one word. */
function isNationality(w: Words, m: ActorMention): boolean {
  return m.country !== null && m.sector === null && m.tokenEnd - m.tokenStart === 1 && NISBA.test(normalize(m.span.text));
}

/** Words between two phrases that still leave them one noun phrase: a title or a genitive, no preposition, verb or comma. */
function sameNounPhrase(w: Words, from: number, to: number): boolean {
  if (to - from > 1) return false;
  for (let k = from; k < to; k++) {
    const t = w.tokens[k];
    if (t.kind !== "ar" || w.isCue(k, "prep") || w.triggersAt(k).length || CONJ_TOKENS.has(t.norm) || /^[وف]/.test(t.norm)) return false;
  }
  return true;
}

/** Groups the top-level actor phrases lying inside tokens [from, to). */
export function groupsIn(w: Words, actors: ActorMention[], from: number, to: number): Group[] {
  const out: Group[] = [];
  for (const m0 of actors) {
    let m = m0;
    if (m.tokenStart < from || m.tokenEnd > to) continue;
    const last = out[out.length - 1];
    // «السيناتور الأمريكي جون ماكين», «سلطات الاحتلال الإسرائيلي»: a nationality next to a person or an
    // office with no country of its own gives it that country; the two are one participant
    const lm = last?.mentions[last.mentions.length - 1];
    if (last && lm && sameNounPhrase(w, lm.tokenEnd, m.tokenStart)) {
      if (isNationality(w, lm) && m.country === null) {
        last.mentions[last.mentions.length - 1] = { ...m, country: lm.country };
        last.tokenEnd = m.tokenEnd;
        continue;
      }
      if (isNationality(w, m) && lm.country === null) {
        last.mentions[last.mentions.length - 1] = { ...lm, country: m.country };
        last.tokenEnd = m.tokenEnd;
        continue;
      }
    }
    if (last) {
      let joined = false;
      const gapTokens = w.tokens.slice(last.tokenEnd, m.tokenStart);
      const startsWithWa = w.tokens[m.tokenStart]?.norm.startsWith("و") && m.span.start === w.tokens[m.tokenStart].start;
      if (gapTokens.length > 0 && gapTokens.length <= 2 && gapTokens.every((t) => CONJ_TOKENS.has(t.norm))) joined = true;
      if (gapTokens.length === 0 && (startsWithWa || m.span.start > w.tokens[m.tokenStart].start && normalize(w.doc.text.slice(w.tokens[m.tokenStart].start, m.span.start)).startsWith("و"))) joined = true;
      if (joined) {
        last.mentions.push(m);
        last.tokenEnd = m.tokenEnd;
        continue;
      }
    }
    out.push({ mentions: [m], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, prep: prepOf(w, m, from) });
  }
  return out;
}

/** The contract's Actor for a phrase. */
export function toActor(m: ActorMention, resolved: Resolved): Actor {
  void resolved;
  return { entity: m.entity, text: m.span.text, country: m.country, sector: m.sector };
}

export function groupActors(g: Group, resolved: Resolved): Actor[] {
  return g.mentions.map((m) => toActor(m, resolved));
}
