// The words Arabic news uses to say when: month names of every calendar the press writes in (Middle
// Eastern, Levantine Syriac, Maghreb French-derived, Moroccan, Hijri), weekdays, relative days, period
// nouns and the modifiers that point them back or forward. Entries are written as the press spells them
// and folded once, at load, through the one normalizer, so lookups take token-normal forms.
import { normalize } from "../prep/normalize.js";

function table<T>(entries: [string, T][]): Map<string, T> {
  const m = new Map<string, T>();
  for (const [k, v] of entries) m.set(normalize(k), v);
  return m;
}

/**
 * Gregorian month names (one word). `safe: false` marks words that are also ordinary words or names
 * («مارس» practised, «ماي», «آب» father, «جوان» a name): those count as months only next to a day
 * number, a year, «شهر», or another month.
 */
export const MONTHS = table<{ m: number; safe: boolean }>([
  // Middle East (Egypt, Gulf)
  ["يناير", { m: 1, safe: true }], ["فبراير", { m: 2, safe: true }], ["مارس", { m: 3, safe: false }],
  ["أبريل", { m: 4, safe: true }], ["إبريل", { m: 4, safe: true }], ["ابريل", { m: 4, safe: true }],
  ["مايو", { m: 5, safe: true }], ["يونيو", { m: 6, safe: true }], ["يونيه", { m: 6, safe: true }],
  ["يوليو", { m: 7, safe: true }], ["يوليه", { m: 7, safe: true }], ["أغسطس", { m: 8, safe: true }],
  ["اغسطس", { m: 8, safe: true }], ["سبتمبر", { m: 9, safe: true }], ["أكتوبر", { m: 10, safe: true }],
  ["اكتوبر", { m: 10, safe: true }], ["نوفمبر", { m: 11, safe: true }], ["ديسمبر", { m: 12, safe: true }],
  // Maghreb (Tunisia, Algeria: French-derived)
  ["جانفي", { m: 1, safe: true }], ["فيفري", { m: 2, safe: true }], ["أفريل", { m: 4, safe: true }],
  ["افريل", { m: 4, safe: true }], ["ماي", { m: 5, safe: false }], ["جوان", { m: 6, safe: false }],
  ["جويلية", { m: 7, safe: true }], ["جويلة", { m: 7, safe: true }], ["أوت", { m: 8, safe: false }],
  ["اوت", { m: 8, safe: false }],
  // Morocco
  ["يوليوز", { m: 7, safe: true }], ["غشت", { m: 8, safe: true }], ["شتنبر", { m: 9, safe: true }],
  ["نونبر", { m: 11, safe: true }], ["دجنبر", { m: 12, safe: true }],
  // Levant, Iraq (Syriac): the two-word ones are in MONTH_PAIRS
  ["شباط", { m: 2, safe: true }], ["آذار", { m: 3, safe: true }], ["اذار", { m: 3, safe: true }],
  ["نيسان", { m: 4, safe: true }], ["أيار", { m: 5, safe: true }], ["ايار", { m: 5, safe: true }],
  ["حزيران", { m: 6, safe: true }], ["تموز", { m: 7, safe: true }], ["آب", { m: 8, safe: false }],
  ["أيلول", { m: 9, safe: true }], ["ايلول", { m: 9, safe: true }],
]);

/** Two-word Syriac months: first word, then the word that picks the month. */
export const MONTH_PAIRS = new Map<string, Map<string, number>>([
  [normalize("كانون"), table([["الثاني", 1], ["الأول", 12]])],
  [normalize("تشرين"), table([["الأول", 10], ["الثاني", 11]])],
]);

/** Hijri months, one or two words (first word -> optional second word -> month). */
export const HIJRI_MONTHS = new Map<string, { m?: number; safe: boolean; next?: Map<string, number> }>([
  [normalize("محرم"), { m: 1, safe: false }],
  [normalize("صفر"), { m: 2, safe: false }],
  [normalize("ربيع"), { safe: true, next: table([["الأول", 3], ["الثاني", 4], ["الآخر", 4]]) }],
  [normalize("جمادى"), { safe: true, next: table([["الأولى", 5], ["الأول", 5], ["الثانية", 6], ["الآخرة", 6], ["الاخرة", 6]]) }],
  [normalize("رجب"), { m: 7, safe: false }],
  [normalize("شعبان"), { m: 8, safe: false }],
  [normalize("رمضان"), { m: 9, safe: false }],
  [normalize("شوال"), { m: 10, safe: true }],
  [normalize("ذو"), { safe: true, next: table([["القعدة", 11], ["الحجة", 12]]) }],
  [normalize("ذي"), { safe: true, next: table([["القعدة", 11], ["الحجة", 12]]) }],
]);

/** Weekdays, 0 = Sunday. Only the forms with the article: «الخميس», «الجمعة». */
export const WEEKDAYS = table<number>([
  ["الأحد", 0], ["الاحد", 0], ["الإثنين", 1], ["الاثنين", 1], ["الاتنين", 1], ["الثلاثاء", 2], ["الثلاثا", 2],
  ["الأربعاء", 3], ["الاربعاء", 3], ["الخميس", 4], ["الجمعة", 5], ["السبت", 6],
]);

/** Weekdays without the article, read only right after «يوم» or a part of the day (a dropped ال). */
export const BARE_WEEKDAYS = table<number>([
  ["أحد", 0], ["اثنين", 1], ["إثنين", 1], ["ثلاثاء", 2], ["أربعاء", 3], ["خميس", 4], ["جمعة", 5], ["سبت", 6],
]);

/** Days relative to publication. */
export const RELATIVE_DAYS = table<number>([
  ["اليوم", 0], ["أمس", -1], ["الأمس", -1], ["البارحة", -1], ["غدا", 1], ["غدًا", 1], ["غد", 1], ["الغد", 1],
]);

/** Parts of the day: the word that opens «صباح الجمعة», «ليل الخميس». */
export const DAY_PARTS = table<true>([
  ["صباح", true], ["صبيحة", true], ["مساء", true], ["ليل", true], ["ليلة", true], ["فجر", true], ["ظهر", true],
  ["ظهيرة", true], ["عشية", true], ["عصر", true], ["ضحى", true], ["الظهر", true], ["الزوال", true],
]);

/** Period nouns: «الأسبوع الماضي», «الشهر المقبل», «العام الجاري». */
export const PERIODS = table<"week" | "month" | "year">([
  ["الأسبوع", "week"], ["الاسبوع", "week"], ["الشهر", "month"], ["العام", "year"], ["السنة", "year"],
]);

/** Direction words after a period, a month or a weekday. */
export const DIRECTIONS = table<-1 | 0 | 1>([
  ["الماضي", -1], ["الماضية", -1], ["المنصرم", -1], ["المنصرمة", -1], ["الفارط", -1], ["الفارطة", -1],
  ["المنقضي", -1], ["المنقضية", -1],
  ["المقبل", 1], ["المقبلة", 1], ["القادم", 1], ["القادمة", 1], ["القادمين", 1], ["المقبلين", 1],
  ["الجاري", 0], ["الجارية", 0], ["الحالي", 0], ["الحالية", 0],
]);

/** Year nouns before a number: «عام 2014», «سنة 1979». */
export const YEAR_NOUNS = table<true>([
  ["عام", true], ["العام", true], ["سنة", true], ["السنة", true], ["أعوام", true], ["سنوات", true], ["عامي", true],
  ["سنتي", true], ["موسم", true], ["الموسم", true],
]);
/** Month nouns before a month name: «شهر سبتمبر», «شهري مارس وأفريل». */
export const MONTH_NOUNS = table<true>([["شهر", true], ["شهري", true], ["أشهر", true], ["الشهر", true]]);

/** Where in a period: «مطلع الشهر», «نهاية سبتمبر», «منتصف جانفي». */
export const PERIOD_EDGES = table<true>([
  ["بداية", true], ["مطلع", true], ["أوائل", true], ["أول", true], ["منتصف", true], ["أواسط", true],
  ["نهاية", true], ["أواخر", true], ["آخر", true], ["موفى", true], ["موفي", true],
]);
export const SEASONS = table<true>([["صيف", true], ["شتاء", true], ["ربيع", true], ["خريف", true]]);

/** Duration units for «منذ 25 عاما», «قبل ثلاثة أيام». */
export type Unit = "day" | "week" | "month" | "year" | "decade";
export const UNITS = table<{ unit: Unit; n?: number }>([
  ["يوم", { unit: "day" }], ["يوما", { unit: "day" }], ["أيام", { unit: "day" }], ["يومين", { unit: "day", n: 2 }],
  ["يومان", { unit: "day", n: 2 }],
  ["أسبوع", { unit: "week" }], ["أسبوعا", { unit: "week" }], ["أسابيع", { unit: "week" }], ["أسبوعين", { unit: "week", n: 2 }],
  ["شهر", { unit: "month" }], ["شهرا", { unit: "month" }], ["أشهر", { unit: "month" }], ["شهور", { unit: "month" }],
  ["شهرين", { unit: "month", n: 2 }],
  ["عام", { unit: "year" }], ["عاما", { unit: "year" }], ["أعوام", { unit: "year" }], ["عامين", { unit: "year", n: 2 }],
  ["سنة", { unit: "year" }], ["سنوات", { unit: "year" }], ["سنين", { unit: "year" }], ["سنتين", { unit: "year", n: 2 }],
  ["عقد", { unit: "decade" }], ["عقود", { unit: "decade" }], ["عقدين", { unit: "decade", n: 2 }],
]);

/** Number words up to the teens and tens, as counts («ثلاثة أيام») and day ordinals («العاشر من ديسمبر»). */
export const NUMBER_WORDS = table<number>([
  ["أحد", 1], ["إحدى", 1], ["اثنا", 2], ["اثني", 2], ["واحد", 1], ["واحدة", 1], ["اثنين", 2], ["اثنان", 2], ["ثلاث", 3], ["ثلاثة", 3], ["أربع", 4], ["أربعة", 4],
  ["خمس", 5], ["خمسة", 5], ["ست", 6], ["ستة", 6], ["سبع", 7], ["سبعة", 7], ["ثماني", 8], ["ثمانية", 8], ["ثمان", 8],
  ["تسع", 9], ["تسعة", 9], ["عشر", 10], ["عشرة", 10], ["عشرين", 20], ["عشرون", 20], ["ثلاثين", 30], ["ثلاثون", 30],
  ["أربعين", 40], ["خمسين", 50], ["ستين", 60], ["سبعين", 70], ["ثمانين", 80], ["تسعين", 90], ["مائة", 100], ["مئة", 100],
]);

export const ORDINAL_DAYS = table<number>([
  ["الأول", 1], ["الفاتح", 1], ["غرة", 1], ["الثاني", 2], ["الثالث", 3], ["الرابع", 4], ["الخامس", 5], ["السادس", 6],
  ["السابع", 7], ["الثامن", 8], ["التاسع", 9], ["العاشر", 10], ["الحادي", 11], ["الثاني عشر", 12],
]);

/** Words that mean «about / more than / less than» before a count. */
export const APPROX = table<true>([
  ["أكثر", true], ["أقل", true], ["نحو", true], ["حوالي", true], ["قرابة", true], ["قرابه", true], ["زهاء", true],
  ["ما", true], ["يزيد", true], ["يقارب", true], ["من", true], ["على", true],
]);

/** Decades: «الخمسينات», «السبعينيات». */
export const DECADES = table<number>([
  ["الخمسينات", 1950], ["الخمسينيات", 1950], ["الستينات", 1960], ["الستينيات", 1960], ["السبعينات", 1970],
  ["السبعينيات", 1970], ["الثمانينات", 1980], ["الثمانينيات", 1980], ["التسعينات", 1990], ["التسعينيات", 1990],
]);
