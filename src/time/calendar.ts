// Calendar arithmetic on plain day numbers (days since 1970-01-01, proleptic Gregorian, UTC): no time zones,
// no clock. Hijri dates go through Intl's Umm al-Qura calendar, the one the Gulf press and most Arab states
// publish; converting back (Hijri -> Gregorian) searches around an arithmetic estimate.

/** Days since 1970-01-01 for a Gregorian date (month 1-12); months and days out of range roll over. */
export function dayNumber(y: number, m: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // unlike Date.UTC, keeps years 0-99 literal
  return Math.round(t.getTime() / 86_400_000);
}

export type Ymd = { y: number; m: number; d: number };

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday (the Arabic week order: الأحد is the first day). */
export function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function daysInMonth(y: number, m: number): number {
  return dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, w: number): string => {
  const s = String(Math.abs(n)).padStart(w, "0");
  return n < 0 ? `-${s}` : s;
};

export function isoYear(y: number): string {
  return pad(y, 4);
}
export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}
export function isoDay(n: number): string {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Adds months to (y, m), returning the new year and month. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + k;
  return { y: Math.floor(t / 12), m: (t % 12 + 12) % 12 + 1 };
}

/** The Monday that starts the ISO week of day n. */
export function weekStart(n: number): number {
  return n - ((weekday(n) + 6) % 7);
}

/**
 * Parses the anchor: "YYYY-MM-DD" or an ISO date-time (its calendar date is taken as written, the offset
 * is not applied: a dateline's local day is the day the outlet meant). Null when it is not a real date.
 */
export function parseAnchor(published: string | null): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(published.trim());
  if (!m) return null;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

// ---- Hijri (Umm al-Qura through Intl)
let hijriFormat: Intl.DateTimeFormat | null = null;

/** The Hijri date of a day number. */
export function toHijri(n: number): Ymd {
  hijriFormat ??= new Intl.DateTimeFormat("en-u-ca-islamic-umalqura", {
    timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric",
  });
  const parts = hijriFormat.formatToParts(new Date(n * 86_400_000));
  let y = 0, m = 0, d = 0;
  for (const p of parts) {
    if (p.type === "year" || (p.type as string) === "relatedYear") y = Number.parseInt(p.value, 10);
    else if (p.type === "month") m = Number.parseInt(p.value, 10);
    else if (p.type === "day") d = Number.parseInt(p.value, 10);
  }
  return { y, m, d };
}

const HIJRI_EPOCH = dayNumber(622, 7, 19); // 1 Muharram 1 AH, near enough to start the search

/** The day number of a Hijri date, or null when that date does not exist (e.g. 30 of a 29-day month). */
export function fromHijri(y: number, m: number, d: number): number | null {
  if (!(y >= 1 && y <= 3000 && m >= 1 && m <= 12 && d >= 1 && d <= 30)) return null;
  let n = HIJRI_EPOCH + Math.floor((y - 1) * 354.36667 + (m - 1) * 29.5306 + (d - 1));
  for (let i = 0; i < 6; i++) {
    const h = toHijri(n);
    const diff = (y - h.y) * 354 + (m - h.m) * 29.5 + (d - h.d);
    if (diff === 0) return n;
    n += Math.abs(diff) < 1 ? Math.sign(diff) : Math.round(diff);
  }
  for (let k = -3; k <= 3; k++) {
    const h = toHijri(n + k);
    if (h.y === y && h.m === m && h.d === d) return n + k;
  }
  return null;
}

/** First and last day numbers of a Hijri month. */
export function hijriMonthSpan(y: number, m: number): [number, number] | null {
  const a = fromHijri(y, m, 1);
  const next = m === 12 ? fromHijri(y + 1, 1, 1) : fromHijri(y, m + 1, 1);
  return a === null || next === null ? null : [a, next - 1];
}
