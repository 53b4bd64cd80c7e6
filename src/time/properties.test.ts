// Properties over every publication date from 1950 to 2100: reading never throws, every span is an exact
// slice, and weekdays resolve right for each weekday x tense x publication weekday.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepare } from "../prep/index.js";
import { dayNumber, weekday } from "./calendar.js";
import { readTimes } from "./index.js";

const dates = fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true });
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const dayOf = (s: string): number => dayNumber(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));

// words that drive the reader down its paths, mixed with noise
const VOCAB = [
  "منذ", "بين", "من", "إلى", "حتى", "و", "قبل", "بعد", "يوم", "يومي", "اليوم", "أمس", "غدا", "غد", "الأول", "أول",
  "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "صباح", "مساء", "ليل", "الليلة",
  "الماضي", "المقبل", "الجاري", "سبتمبر", "أيلول", "جانفي", "ماي", "مارس", "كانون", "الثاني", "رمضان", "شوال",
  "ذو", "الحجة", "شهر", "شهري", "عام", "سنة", "العام", "السنة", "الأسبوع", "هـ", "م", "هجري", "أكثر", "عاما",
  "أيام", "سنتين", "نهاية", "بداية", "صيف", "النصف", "الربع", "الخمسينات", "(", ")", "/", "-", "،", ".", "«", "»",
  "سيجتمع", "من المتوقع أن", "غرة", "العاشر", "الموافق", "ل", "٢٧", "٢٠٢٠",
];
const token = fc.oneof(
  fc.constantFrom(...VOCAB),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.integer({ min: 1, max: 31 }).map(String),
  fc.string({ maxLength: 4 }),
);
const texts = fc.oneof(
  fc.array(token, { maxLength: 40 }).map((ws) => ws.join(" ")),
  fc.array(token, { maxLength: 20 }).map((ws) => ws.join("")),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
);
const published = fc.oneof(
  dates.map(iso),
  dates.map((d) => d.toISOString()),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);
const VALUE = /^(-?\d{4}(-\d{2}(-\d{2})?)?)(\/-?\d{4}(-\d{2}(-\d{2})?)?)?$/;

describe("readTimes properties", () => {
  it("never throws, and gives exact, ordered, non-overlapping spans with ISO values", () => {
    fc.assert(
      fc.property(texts, published, (text, pub) => {
        const doc = prepare(text);
        const times = readTimes(doc, pub);
        let last = -1;
        for (const t of times) {
          expect(doc.text.slice(t.span.start, t.span.end)).toBe(t.span.text);
          expect(t.span.start).toBeGreaterThanOrEqual(last);
          last = t.span.end;
          if (t.value !== null) expect(t.value).toMatch(VALUE);
          else expect(t.anchor).toBe("none");
          expect(t.tokenStart).toBeLessThanOrEqual(t.tokenEnd);
        }
      }),
      { numRuns: 1500 },
    );
  });

  const WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
  // tense -> sentence with the weekday, and the allowed distance (publication - value) in days
  const TENSES: [string, (w: string) => string, (diff: number) => boolean][] = [
    ["past", (w) => `وقال وزير الخارجية يوم ${w} إن المحادثات فشلت`, (d) => d >= 0 && d <= 6],
    ["unmarked", (w) => `اندلعت اشتباكات عنيفة ليل ${w} على طول الحدود`, (d) => d >= 0 && d <= 6],
    ["future", (w) => `ومن المتوقع أن يجتمع الوزيران في موسكو يوم ${w}`, (d) => d <= 0 && d >= -6],
    ["future سـ", (w) => `وسيزور الرئيس باريس ${w}`, (d) => d <= 0 && d >= -6],
    ["الماضي", (w) => `اجتمع المجلس يوم ${w} الماضي`, (d) => d >= 1 && d <= 7],
    ["المقبل", (w) => `يجتمع المجلس يوم ${w} المقبل`, (d) => d <= -1 && d >= -7],
  ];
  it("resolves every weekday x tense x publication weekday", () => {
    fc.assert(
      fc.property(dates, (date) => {
        const pub = iso(date);
        const P = dayOf(pub);
        for (let w = 0; w < 7; w++) {
          for (const [, sentence, ok] of TENSES) {
            const times = readTimes(prepare(sentence(WEEKDAYS[w])), pub);
            expect(times).toHaveLength(1);
            const v = times[0].value as string;
            const n = dayOf(v);
            expect(weekday(n)).toBe(w);
            expect(ok(P - n)).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it("covers all seven publication weekdays explicitly", () => {
    // one week of publication days, Monday 2020-10-05 to Sunday 2020-10-11
    for (let k = 5; k <= 11; k++) {
      const pub = `2020-10-${String(k).padStart(2, "0")}`;
      const P = dayOf(pub);
      for (let w = 0; w < 7; w++) {
        for (const [name, sentence, ok] of TENSES) {
          const v = readTimes(prepare(sentence(WEEKDAYS[w])), pub)[0]?.value as string;
          expect({ name, pub, w, ok: ok(P - dayOf(v)) && weekday(dayOf(v)) === w }).toEqual({ name, pub, w, ok: true });
        }
      }
    }
  });
});
