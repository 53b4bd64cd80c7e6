// Casualty counts and the claims they belong to: «ما يزيد على 400 شخص حتفهم» (more than 400 dead),
// «31 مدنيا قتلوا فيما أصيب 154» (31 civilians dead, 154 injured), «376 من أفراد قواتها» (combatants, the
// claimant's own side), «نحو 30 ألف», «عشرات», «ثلاثة». A claim keeps its claimant; figures of different
// claimants are never merged.
import type { Actor, CountQualifier, Count } from "../core/contract.js";
import type { Sentence, TimeMention } from "../core/doc.js";
import type { Words } from "./words.js";

export type CasualtyCount = {
  start: number;
  end: number;
  count: Count;
  kind: "dead" | "injured";
  among: "civilians" | "combatants" | null;
  /** the count is of the claimant's own people («قواتها», «جنوده») */
  ownSide: boolean;
  /** token of the casualty word it was tied to */
  cue: number;
};

const POSSESSIVE = /(ها|ه|هم)$/;

/** Reads a number starting at token i: digits or number words, with a scale («30 ألف», «ثلاثة آلاف»). */
export function numberAt(w: Words, i: number): { value: number; end: number; few: boolean } | null {
  const toks = w.tokens;
  const t = toks[i];
  if (!t) return null;
  let value: number | null = null;
  let few = false;
  let end = i + 1;
  const digits = t.norm.replace(/^[وف]/, "");
  if (/^\d+$/.test(digits)) {
    value = Number(digits);
  } else {
    const few1 = w.cue(i, "num-few");
    const num = w.cue(i, "num");
    if (num) { value = Number(num.entry.value); end = num.end; }
    else if (few1) { value = Number(few1.entry.value); few = true; end = few1.end; }
    else return null;
    // «خمسة عشر», «خمسة وعشرون»
    const nx = w.cue(end, "num");
    if (nx && value < 10) {
      const v2 = Number(nx.entry.value);
      if (v2 === 10) { value += 10; end = nx.end; }
      else if (v2 >= 20 && v2 < 100 && toks[end].norm.startsWith("و")) { value += v2; end = nx.end; }
    }
  }
  const scale = w.cue(end, "scale");
  if (scale && value !== null && !(value >= 1000)) {
    value = (value || 1) * Number(scale.entry.value);
    end = scale.end;
  }
  return value === null ? null : { value, end, few };
}

function qualifierBefore(w: Words, i: number, from: number): CountQualifier | null {
  for (let k = Math.max(from, i - 4); k < i; k++) {
    const q = w.cue(k, "qual");
    if (q && q.end === i) return q.entry.value as CountQualifier;
  }
  return null;
}

function qualifierAfter(w: Words, end: number): CountQualifier | null {
  const q = w.cue(end, "qual");
  if (q && (q.entry.value === "at_least" || w.tokens[end].norm === "تقريبا")) return q.entry.value as CountQualifier;
  const q2 = w.cue(end + 1, "qual");
  if (q2 && q2.entry.value === "at_least") return "at_least";
  return null;
}

function casualtyKind(w: Words, i: number): "dead" | "injured" | null {
  if (w.isCue(i, "dead")) return "dead";
  if (w.isCue(i, "injured")) return "injured";
  return null;
}

/** Casualty counts in one sentence, tied to the nearest casualty word. Numbers inside dates are skipped. */
export function casualtyCounts(w: Words, s: Sentence, times: TimeMention[]): CasualtyCount[] {
  const toks = w.tokens;
  const inTime = (i: number) => times.some((t) => i >= t.tokenStart && i < t.tokenEnd);
  const out: CasualtyCount[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (inTime(i)) continue;
    const n = numberAt(w, i);
    if (!n) continue;
    if (n.end < s.tokenEnd && w.isCue(n.end, "unit")) { i = n.end - 1; continue; }
    // the casualty word: after the number (a few words on), else before it
    let cue = -1;
    let kind: "dead" | "injured" | null = null;
    // the casualty word: right after the number («25 قتيلا وعشرات الجرحى»), else a noun governing it right
    // before («مقتل نحو 30 ألف»), else further after (up to a clause boundary), else further before
    if (n.end < s.tokenEnd && !/^[وف]/.test(toks[n.end].norm)) {
      const kk = casualtyKind(w, n.end);
      if (kk) { cue = n.end; kind = kk; }
    }
    if (cue < 0) {
      let q = i - 1;
      for (let k = Math.max(s.tokenStart, i - 4); k < i; k++) { const qm = w.cue(k, "qual"); if (qm && qm.end === i) { q = k - 1; break; } }
      if (q >= s.tokenStart) { const kk = casualtyKind(w, q); if (kk) { cue = q; kind = kk; } }
    }
    for (let k = n.end; cue < 0 && k < Math.min(s.tokenEnd, n.end + 7); k++) {
      if (toks[k].kind === "punct" || w.isCue(k, "boundary")) break;
      const kk = casualtyKind(w, k);
      if (kk) { cue = k; kind = kk; break; }
      if (k > n.end && numberAt(w, k) && k + 1 < s.tokenEnd && casualtyKind(w, k + 1) === null && casualtyKind(w, k + 2) === null) break;
    }
    if (cue < 0) {
      for (let k = i - 1; k >= Math.max(s.tokenStart, i - 7); k--) {
        if (toks[k].kind === "punct") break;
        const kk = casualtyKind(w, k);
        if (kk) { cue = k; kind = kk; break; }
      }
    }
    if (cue < 0 || !kind) { i = n.end - 1; continue; }
    let among: CasualtyCount["among"] = null;
    let ownSide = false;
    const lo = n.end;
    const hi = Math.min(s.tokenEnd, n.end + 4);
    for (let k = lo; k < hi; k++) {
      if (k !== lo && (numberAt(w, k) || toks[k].kind === "num")) break;
      if (w.isCue(k, "civ")) { among = "civilians"; break; }
      if (w.isCue(k, "combat")) {
        among = "combatants";
        if (POSSESSIVE.test(toks[k].norm) && toks[k].norm.length > 4) ownSide = true;
        const nx = toks[k + 1];
        if (nx && k + 1 < hi && /^قوات(ها|ه|هم)$/.test(nx.norm.replace(/^[وف]/, ""))) ownSide = true;
        break;
      }
    }
    if (!among && cue >= 0) {
      for (let k = Math.min(cue + 1, s.tokenEnd - 1); k < Math.min(s.tokenEnd, cue + 3); k++) {
        if (numberAt(w, k)) break;
        if (w.isCue(k, "civ")) { among = "civilians"; break; }
        if (w.isCue(k, "combat")) { among = "combatants"; break; }
      }
    }
    let qualifier: CountQualifier = qualifierBefore(w, i, s.tokenStart) ?? qualifierAfter(w, n.end) ?? "exact";
    if (n.few && qualifier === "exact") qualifier = "at_least";
    out.push({ start: i, end: n.end, count: { value: n.value, qualifier }, kind, among, ownSide, cue });
    i = n.end - 1;
  }
  return out;
}

export type Claim = {
  claimant: Actor | null;
  dead: Count | null;
  injured: Count | null;
  among: "civilians" | "combatants" | null;
  ownSide: boolean;
  start: number;
  end: number;
};

/** Groups a sentence's counts into claims: a dead figure with the injured figure that follows it. */
export function groupClaims(counts: CasualtyCount[], claimant: (i: number) => Actor | null): Claim[] {
  const out: Claim[] = [];
  for (const c of counts) {
    const who = claimant(c.start);
    const last = out[out.length - 1];
    const sameClaimant = last && (last.claimant?.text ?? null) === (who?.text ?? null);
    if (last && sameClaimant) {
      if (c.kind === "injured" && !last.injured && (c.among === null || c.among === last.among)) {
        last.injured = c.count;
        last.end = Math.max(last.end, c.end);
        continue;
      }
      if (c.kind === "dead" && !last.dead && (c.among === null || last.among === null || c.among === last.among)) {
        last.dead = c.count;
        last.among = last.among ?? c.among;
        last.end = Math.max(last.end, c.end);
        continue;
      }
    }
    out.push({
      claimant: who,
      dead: c.kind === "dead" ? c.count : null,
      injured: c.kind === "injured" ? c.count : null,
      among: c.among,
      ownSide: c.ownSide,
      start: c.start,
      end: c.end,
    });
  }
  return out;
}
