// Normalization: a recognised meaning (Sem) plus the publication day and the clause's tense -> an ISO 8601
// value and a precision. Relative expressions need the publication day; without it they resolve to null.
import type { Precision } from "../core/contract.js";
import {
  addMonths, dayNumber, daysInMonth, fromDayNumber, fromHijri, hijriMonthSpan, isoDay, isoMonth, isoYear,
  isValidDate, toHijri, weekday, weekStart,
} from "./calendar.js";
import type { Clock, DayRef, Dir, Sem } from "./recognize.js";
import type { Tense } from "./tense.js";

/** A resolved period: first and last day, its value at its own granularity, and whether it needed the anchor. */
type R = { lo: number; hi: number; iso: string; loIso: string; hiIso: string; precision: Precision; absolute: boolean };

/** Why a Sem has no value: the anchor is missing, or the text names no real date («31 فيفري»). */
export type Unresolved = "needs-anchor" | "invalid";

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

function dayR(n: number, absolute: boolean, precision: Precision = "day"): R {
  const iso = isoDay(n);
  return { lo: n, hi: n, iso, loIso: iso, hiIso: iso, precision, absolute };
}
function monthR(y: number, m: number, absolute: boolean): R | Unresolved {
  if (y < MIN_YEAR || y > MAX_YEAR) return "invalid";
  const lo = dayNumber(y, m, 1);
  const iso = isoMonth(y, m);
  return { lo, hi: lo + daysInMonth(y, m) - 1, iso, loIso: iso, hiIso: iso, precision: "month", absolute };
}
function yearR(y: number, absolute: boolean, precision: Precision = "year"): R | Unresolved {
  if (y < MIN_YEAR || y > MAX_YEAR) return "invalid";
  const iso = isoYear(y);
  return { lo: dayNumber(y, 1, 1), hi: dayNumber(y, 12, 31), iso, loIso: iso, hiIso: iso, precision, absolute };
}
function spanR(lo: number, hi: number, precision: Precision, absolute: boolean): R {
  const loIso = isoDay(lo), hiIso = isoDay(hi);
  return { lo, hi, iso: `${loIso}/${hiIso}`, loIso, hiIso, precision, absolute };
}

/** Picks among candidate days by the direction word, else by the clause's tense, else nearest (past preferred). */
function pick(cands: number[], P: number, dir: Dir | undefined, tense: Tense): number | null {
  if (cands.length === 0) return null;
  if (dir === -1) return best(cands.filter((c) => c <= P), (c) => P - c) ?? best(cands, (c) => Math.abs(c - P));
  if (dir === 1) return best(cands.filter((c) => c >= P), (c) => c - P) ?? best(cands, (c) => Math.abs(c - P));
  if (tense === "future") return best(cands.filter((c) => c >= P), (c) => c - P) ?? best(cands, (c) => Math.abs(c - P));
  if (tense === "past") return best(cands.filter((c) => c <= P), (c) => P - c) ?? best(cands, (c) => Math.abs(c - P));
  return best(cands, (c) => (c <= P ? P - c : 2 * (c - P)));
}
function best(cands: number[], cost: (c: number) => number): number | null {
  let out: number | null = null;
  let bc = Infinity;
  for (const c of cands) {
    const k = cost(c);
    if (k < bc) { bc = k; out = c; }
  }
  return out;
}

/** The latest day with this weekday in [from, to] walking back from `to`, or forward from `from`. */
function latestWeekday(dow: number, to: number): number {
  return to - ((weekday(to) - dow + 7) % 7);
}
function nextWeekday(dow: number, from: number): number {
  return from + ((dow - weekday(from) + 7) % 7);
}

function resolveDay(ref: DayRef, P: number | null, tense: Tense): number | Unresolved {
  switch (ref.k) {
    case "rel": {
      if (ref.date) {
        const d = resolveDay(ref.date.dow === undefined && ref.dow !== undefined ? { ...ref.date, dow: ref.dow } : ref.date, P, tense);
        if (typeof d === "number") return d;
      }
      if (P === null) return "needs-anchor";
      const base = P + ref.off;
      if (ref.dow === undefined || weekday(base) === ref.dow) return base;
      // «أمس الثلاثاء» in a paper dated Thursday: the weekday is the more specific word
      if (ref.off < 0) return latestWeekday(ref.dow, P - 1);
      if (ref.off > 0) return nextWeekday(ref.dow, P + 1);
      return base;
    }
    case "dow": {
      if (P === null) return "needs-anchor";
      if (ref.dir === -1) return latestWeekday(ref.dow, P - 1);
      if (ref.dir === 1) return nextWeekday(ref.dow, P + 1);
      return tense === "future" ? nextWeekday(ref.dow, P) : latestWeekday(ref.dow, P);
    }
    case "abs": {
      const { d } = ref;
      if (ref.hijri) {
        if (ref.m === undefined) return "invalid";
        if (ref.y !== undefined) return fromHijri(ref.y, ref.m, d) ?? "invalid";
        if (P === null) return "needs-anchor";
        const hy = toHijri(P).y;
        const cands: number[] = [];
        for (const y of [hy - 1, hy, hy + 1]) {
          const n = fromHijri(y, ref.m, d);
          if (n !== null) cands.push(n);
        }
        return pick(cands, P, ref.dir, tense) ?? "invalid";
      }
      let m = ref.m;
      let y = ref.y;
      const Py = P === null ? null : fromDayNumber(P);
      if (m === undefined) {
        if (ref.mOff === undefined || Py === null) return Py === null ? "needs-anchor" : "invalid";
        const t = addMonths(Py.y, Py.m, ref.mOff);
        m = t.m;
        y = t.y;
      }
      if (y !== undefined) {
        if (!isValidDate(y, m, d)) return "invalid";
        let n = dayNumber(y, m, d);
        // a weekday that contradicts a year one off from publication: the year is the typo («10 جانفي 2016» in January 2017)
        if (ref.dow !== undefined && weekday(n) !== ref.dow && Py !== null && Math.abs(y - Py.y) === 1 && isValidDate(Py.y, m, d)) {
          const alt = dayNumber(Py.y, m, d);
          if (weekday(alt) === ref.dow) n = alt;
        }
        return n;
      }
      if (Py === null) return "needs-anchor";
      if (ref.yOff !== undefined) {
        const yy = Py.y + ref.yOff;
        return isValidDate(yy, m, d) ? dayNumber(yy, m, d) : "invalid";
      }
      let cands: number[] = [];
      for (const yy of [Py.y - 1, Py.y, Py.y + 1]) if (isValidDate(yy, m, d)) cands.push(dayNumber(yy, m, d));
      if (ref.dir === 0) return isValidDate(Py.y, m, d) ? dayNumber(Py.y, m, d) : "invalid";
      if (ref.dow !== undefined) {
        const same = cands.filter((c) => weekday(c) === ref.dow);
        if (same.length > 0) cands = same;
      }
      return pick(cands, P as number, ref.dir, tense) ?? "invalid";
    }
  }
}

/** "2020-10-08" + 21:00 -> "2020-10-08T21:00" */
export function withClock(day: string, c: Clock): string {
  return `${day}T${String(c.h).padStart(2, "0")}:${String(c.mi).padStart(2, "0")}`;
}

function resolveR(sem: Sem, P: number | null, tense: Tense, base: number | null = null): R | Unresolved {
  switch (sem.k) {
    case "day": {
      const n = resolveDay(sem.ref, P, tense);
      if (typeof n !== "number") return n;
      const r = dayR(n, isAbsolute(sem.ref), sem.part ? "part_of_day" : "day");
      if (sem.clock) r.iso = withClock(r.iso, sem.clock);
      return r;
    }
    case "clock": {
      // a clock time alone falls on the day the caller gives (the sentence's day, else publication)
      if (base === null) return P === null ? "needs-anchor" : { ...dayR(P, false, "part_of_day"), iso: withClock(isoDay(P), sem.clock) };
      return { ...dayR(base, false, "part_of_day"), iso: withClock(isoDay(base), sem.clock) };
    }
    case "month": {
      if (sem.hijri) return hijriMonth(sem, P, tense);
      if (sem.y !== undefined) return monthR(sem.y, sem.m, true);
      if (P === null) return "needs-anchor";
      const Py = fromDayNumber(P);
      if (sem.yOff !== undefined) return monthR(Py.y + sem.yOff, sem.m, false);
      const Pt = Py.y * 12 + Py.m - 1;
      const cands = [Py.y - 1, Py.y, Py.y + 1].map((y) => y * 12 + sem.m - 1);
      let t: number | null;
      if (sem.dir === -1) t = best(cands.filter((c) => c < Pt), (c) => Pt - c);
      else if (sem.dir === 1) t = best(cands.filter((c) => c > Pt), (c) => c - Pt);
      else if (sem.dir === 0) t = Py.y * 12 + sem.m - 1;
      else if (tense === "future") t = best(cands.filter((c) => c >= Pt), (c) => c - Pt);
      else t = best(cands.filter((c) => c <= Pt), (c) => Pt - c);
      if (t === null) return "invalid";
      return monthR(Math.floor(t / 12), (t % 12) + 1, false);
    }
    case "year": {
      if (!sem.hijri) return yearR(sem.y, true);
      const a = fromHijri(sem.y, 1, 1), b = fromHijri(sem.y + 1, 1, 1);
      return a === null || b === null ? "invalid" : spanR(a, b - 1, "year", true);
    }
    case "period": {
      if (P === null) return "needs-anchor";
      const Py = fromDayNumber(P);
      if (sem.unit === "week") {
        const ws = weekStart(P) + 7 * sem.off;
        return spanR(ws, ws + 6, "week", false);
      }
      if (sem.unit === "month") {
        const t = addMonths(Py.y, Py.m, sem.off);
        return monthR(t.y, t.m, false);
      }
      return yearR(Py.y + sem.off, false);
    }
    case "ago": {
      if (P === null) return "needs-anchor";
      const Py = fromDayNumber(P);
      const k = sem.sign * sem.n;
      switch (sem.unit) {
        case "day": return Math.abs(k) > 3_000_000 ? "invalid" : dayR(P + k, false, sem.approx ? "approximate" : "day");
        case "week": return Math.abs(k) > 400_000 ? "invalid" : dayR(P + 7 * k, false, "approximate");
        case "month": {
          const t = addMonths(Py.y, Py.m, k);
          const r = monthR(t.y, t.m, false);
          return typeof r === "string" ? r : { ...r, precision: "approximate" };
        }
        case "year": return yearR(Py.y + k, false, "approximate");
        case "decade": return yearR(Py.y + 10 * k, false, "approximate");
      }
      return "invalid";
    }
    case "decade": {
      const a = yearR(sem.y, true), b = yearR(sem.y + 9, true);
      if (typeof a === "string" || typeof b === "string") return "invalid";
      return { lo: a.lo, hi: b.hi, iso: `${a.iso}/${b.iso}`, loIso: a.iso, hiIso: b.iso, precision: "interval", absolute: true };
    }
    case "edge": {
      const r = resolveR(sem.inner, P, tense);
      if (typeof r === "string") return r;
      return sem.season ? { ...r, precision: "approximate" } : r;
    }
    case "since": {
      const r = resolveR(sem.a, P, tense);
      if (typeof r === "string") return r;
      if (P === null) return "needs-anchor";
      const end = isoDay(P);
      if (r.lo > P) return r;
      return { lo: r.lo, hi: P, iso: `${r.loIso}/${end}`, loIso: r.loIso, hiIso: end, precision: "interval", absolute: false };
    }
    case "range": {
      const [a0, b0] = complete(sem.a, sem.b);
      const b = resolveR(b0, P, tense);
      if (typeof b === "string") return b;
      const a = resolveR(a0, P, tense);
      if (typeof a === "string") return a;
      const [x, y] = a.lo <= b.lo ? [a, b] : [b, a];
      return { lo: x.lo, hi: y.hi, iso: `${x.loIso}/${y.hiIso}`, loIso: x.loIso, hiIso: y.hiIso, precision: "interval", absolute: a.absolute && b.absolute };
    }
  }
}

/** The first part of a range borrows what only the second one says: «4 إلى 11 نوفمبر 2017», «مارس وأفريل الماضي». */
function complete(a: Sem, b: Sem): [Sem, Sem] {
  if (a.k === "month" && b.k === "month" && !a.hijri && !b.hijri) {
    const out = { ...a };
    if (out.y === undefined && out.yOff === undefined) {
      if (b.y !== undefined) out.y = out.m > b.m ? b.y - 1 : b.y;
      else if (b.yOff !== undefined) out.yOff = b.yOff;
      if (out.dir === undefined && b.dir !== undefined) out.dir = b.dir;
    }
    return [out, b];
  }
  if (a.k === "day" && b.k === "day" && a.ref.k === "abs" && b.ref.k === "abs") {
    const ra = { ...a.ref }, rb = b.ref;
    if (ra.m === undefined && ra.mOff === undefined) { ra.m = rb.m; ra.mOff = rb.mOff; }
    if (ra.y === undefined && ra.yOff === undefined) {
      if (rb.y !== undefined) ra.y = ra.m !== undefined && rb.m !== undefined && ra.m > rb.m ? rb.y - 1 : rb.y;
      else if (rb.yOff !== undefined) ra.yOff = rb.yOff;
      if (ra.dir === undefined && rb.dir !== undefined) ra.dir = rb.dir;
    }
    return [{ ...a, ref: ra }, b];
  }
  return [a, b];
}

function isAbsolute(ref: DayRef): boolean {
  if (ref.k === "rel") return ref.date !== undefined && isAbsolute(ref.date);
  return ref.k === "abs" && ref.y !== undefined && (ref.m !== undefined || ref.hijri === true);
}

function hijriMonth(sem: Sem & { k: "month" }, P: number | null, tense: Tense): R | Unresolved {
  if (sem.y !== undefined) {
    const s = hijriMonthSpan(sem.y, sem.m);
    return s ? spanR(s[0], s[1], "month", true) : "invalid";
  }
  if (sem.gy !== undefined) {
    const hy = toHijri(dayNumber(sem.gy, 1, 1)).y;
    for (const y of [hy, hy + 1]) {
      const s = hijriMonthSpan(y, sem.m);
      if (s && fromDayNumber(s[0]).y === sem.gy) return spanR(s[0], s[1], "month", true);
    }
    return "invalid";
  }
  if (P === null) return "needs-anchor";
  const hy = toHijri(P).y;
  const spans: [number, number][] = [];
  for (const y of [hy - 1, hy, hy + 1]) {
    const s = hijriMonthSpan(y, sem.m);
    if (s) spans.push(s);
  }
  const inside = spans.find((s) => s[0] <= P && P <= s[1]);
  const chosen = inside ?? (() => {
    const start = pick(spans.map((s) => s[0]), P, sem.dir, tense);
    return spans.find((s) => s[0] === start);
  })();
  return chosen ? spanR(chosen[0], chosen[1], "month", false) : "invalid";
}

export type Value = { value: string; precision: Precision; absolute: boolean };

/**
 * Resolves a meaning against the publication day (a day number, or null when unknown). `base` is the day a
 * lone clock time falls on (the last day named in its sentence), null for publication.
 */
export function resolveSem(sem: Sem, P: number | null, tense: Tense, base: number | null = null): Value & { lo: number; hi: number } | Unresolved {
  const r = resolveR(sem, P, tense, base);
  if (typeof r === "string") return r;
  if (r.lo < dayNumber(MIN_YEAR, 1, 1) || r.hi > dayNumber(MAX_YEAR, 12, 31)) return "invalid";
  return { value: r.iso, precision: r.precision, absolute: r.absolute, lo: r.lo, hi: r.hi };
}

/** The precision a meaning has even when it cannot be resolved (no anchor). */
export function precisionOf(sem: Sem): Precision {
  switch (sem.k) {
    case "day": return sem.part ? "part_of_day" : "day";
    case "clock": return "part_of_day";
    case "month": return "month";
    case "year": return "year";
    case "period": return sem.unit;
    case "ago": return sem.unit === "day" && !sem.approx ? "day" : "approximate";
    case "edge": return sem.season ? "approximate" : precisionOf(sem.inner);
    default: return "interval";
  }
}
