// Recognition: finds time expressions in the word sequence and reads each into a small meaning (Sem),
// before any date arithmetic. A recursive-descent reader tries every phrase shape at each word and keeps
// the longest match, left to right, so «في ساعة متأخرة من مساء الخميس» wins over «الخميس» alone.
import {
  APPROX, BARE_WEEKDAYS, DAY_PARTS, DECADES, DIRECTIONS, HIJRI_MONTHS, MONTH_NOUNS, MONTH_PAIRS, MONTHS, NUMBER_WORDS,
  ORDINAL_DAYS, PERIOD_EDGES, PERIODS, RELATIVE_DAYS, SEASONS, UNITS, WEEKDAYS, YEAR_NOUNS, type Unit,
} from "./lexicon.js";
import { normalize } from "../prep/normalize.js";
import type { Word } from "./scan.js";

export type Dir = -1 | 0 | 1;

/** A time of day, 24-hour. */
export type Clock = { h: number; mi: number };

/** A day: a calendar date (possibly without year or month), a day relative to publication, or a weekday. */
export type DayRef =
  | { k: "abs"; d: number; m?: number; y?: number; yOff?: number; mOff?: number; dow?: number; dir?: Dir; hijri?: boolean }
  | { k: "rel"; off: number; dow?: number; date?: DayRef }
  | { k: "dow"; dow: number; dir?: Dir };

export type Sem =
  | { k: "day"; ref: DayRef; part: boolean; clock?: Clock }
  | { k: "clock"; clock: Clock }
  | { k: "month"; m: number; y?: number; yOff?: number; dir?: Dir; hijri?: boolean; gy?: number }
  | { k: "year"; y: number; hijri?: boolean }
  | { k: "period"; unit: "week" | "month" | "year"; off: number }
  | { k: "ago"; unit: Unit; n: number; sign: -1 | 1; approx: boolean }
  | { k: "decade"; y: number }
  | { k: "range"; a: Sem; b: Sem }
  | { k: "since"; a: Sem }
  | { k: "edge"; inner: Sem; season: boolean };

/** Words [a, b) of the scan; `cut` letters of proclitics on word a stay out of the span. */
export type Match = { a: number; b: number; cut: number; sem: Sem };

const words = (list: string[]): Set<string> => new Set(list.map(normalize));
const DAY_NOUN = words(["يوم", "يومي"]);
const CONNECT_RANGE = words(["إلى", "الى", "حتى", "-", "–", "/"]);
const UNTIL_TAIL = words(["غاية", "حدود", "حد"]);
const AND = "و";
const SINCE = normalize("منذ");
const BETWEEN = normalize("بين");
const FROM = words(["من"]);
const MIN = normalize("من");
const ON = words(["على", "عن"]);
const SPAN_PREPOSITIONS = words(["في", "خلال"]);
const HOUR_NOUN = normalize("الساعة");
const HOUR_NOUNS = new Set([HOUR_NOUN]);
const HOUR_WORDS = new Map<string, number>([
  ["الواحدة", 1], ["الثانية", 2], ["الثالثة", 3], ["الرابعة", 4], ["الخامسة", 5], ["السادسة", 6], ["السابعة", 7],
  ["الثامنة", 8], ["التاسعة", 9], ["العاشرة", 10], ["الحادية", 11],
].map(([k, v]) => [normalize(k as string), v as number]));
const HALF = words(["النصف", "نصف"]);
const QUARTER = words(["الربع", "ربع"]);
const EXCEPT = words(["إلا", "الا"]);
const MINUTE = words(["دقيقة", "دقائق", "دق", "د"]);
/** Parts of the day after a clock time, and how they move the hour onto a 24-hour clock. */
const CLOCK_PARTS = new Map<string, "am" | "pm" | "noon" | "night">([
  ["صباحا", "am"], ["فجرا", "am"], ["صباح", "am"], ["مساء", "pm"], ["مساءا", "pm"], ["مساءً", "pm"], ["عصرا", "pm"],
  ["ليلا", "night"], ["ظهرا", "noon"], ["الظهر", "noon"], ["الزوال", "pm"], ["زوالا", "pm"],
].map(([k, v]) => [normalize(k), v as "am" | "pm" | "noon" | "night"]));
/** Words that may stand between a day and its clock time: «يوم 12 أفريل بداية من الساعة 15:00». */
const CLOCK_GLUE = words(["على", "من", "بداية", "ابتداء", "انطلاقا", "حوالي", "حدود", "تمام", ":", "،", ",", "-", "في"]);
/** Words after which an ambiguous month name («مارس», «ماي», «أوت») can only be the month. */
const MONTH_CONTEXT = words(["في", "خلال", "منذ", "حتى", "إلى", "الى", "من", "قبل", "بعد", "بداية", "مطلع", "نهاية", "منتصف", "أواخر", "أوائل", "موفى"]);
const MONTH_WORD = normalize("شهر");
const BEFORE = normalize("قبل");
const AFTER = normalize("بعد");
const THIS = words(["هذا", "هذه"]);
const SAME = words(["نفس", "ذات"]);
const TODAY = normalize("اليوم");
const TO = normalize("إلى");
const TONIGHT = normalize("الليلة");
const GENERAL = normalize("العام");
const IN = normalize("في");
const THAT = words(["ذلك", "هذا", "تلك", "مثل", "نفس", "ذات"]);
const SAME_AFTER = words(["نفسه", "ذاته"]);
const NEWSPAPER = words(["صحيفة", "جريدة", "يومية", "موقع", "قناة"]);
/** Words before an amount: a four-digit number after them is a count («أكثر من 2000 فعالية»). */
const AMOUNT_BEFORE = words(["نحو", "حوالي", "قرابة", "زهاء", "يقارب", "ناهز", "بلغ", "بلغت", "تجاوز", "يتجاوز", "مجموع", "إجمالي", "اجمالي"]);
const MORE_LESS = words(["أكثر", "أقل"]);
/**
 * Words after «اليوم» that make it «the Nth / the named day» of something, not today: ordinals
 * («لليوم الثامن على التوالي», «اليوم العشرين للإضراب», «اليوم الأول من الهجوم») and adjectives that do not end
 * in -ي («اليوم الموعود»; «اليوم العالمي», «اليوم الوطني» are caught by their ending).
 */
const DAY_OF_WORDS = words([
  "الأول", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
  "الحادي", "العشرين", "الثلاثين", "الأربعين", "الخمسين", "الستين", "السبعين", "الثمانين", "التسعين", "المائة",
  "المئة", "الألف", "الأخير", "الآخر", "الموالي", "التالي", "الموعود", "المشهود", "المفتوح", "ذاته", "نفسه",
]);
/** «الـ15» (scanned «ال» «15»): an ordinal written in digits. */
const ORDINAL_ARTICLE = normalize("ال");
/** «على التوالي», «تواليا»: a count of consecutive days («لليوم 15 على التوالي»), never a date. */
const IN_A_ROW = words(["التوالي", "تواليا", "توالياً"]);
/** «على مدار اليوم», «طيلة اليوم»: throughout a day, a length of time, not today's date. */
const THROUGHOUT = words(["مدار", "مدى", "طيلة", "طوال", "امتداد"]);
const CLOSE_QUOTE = /^[»"”')]$/;
const YEAR_PARTS = new Map<string, number>([
  [normalize("النصف"), 6], [normalize("السداسي"), 6], [normalize("الربع"), 3], [normalize("الثلاثي"), 3], [normalize("الثلث"), 4],
]);
const PART_ORDINALS = new Map<string, number>([
  [normalize("الأول"), 1], [normalize("الثاني"), 2], [normalize("الثالث"), 3], [normalize("الرابع"), 4], [normalize("الأخير"), -1],
]);
const SEPARATING = normalize("الفاصلة");
const FIRST = words(["الأول", "الاول"]);
const YESTERDAY = words(["أمس", "الأمس"]);
const FIRST_OF = normalize("أول");
const TOMORROW = words(["غد", "الغد"]);
const CORRESPONDS = words(["الموافق", "الموافقة", "الموافق لـ"]);
const TIME_NOUN = words(["ساعة", "وقت"]);
const EARLY_LATE = words(["متأخرة", "متأخر", "مبكرة", "مبكر", "مبكرا", "متقدمة"]);
const HIJRI_MARK = words(["ه", "هـ", "هجري", "هجرية", "للهجرة", "هجريا"]);
const AD_MARK = words(["م", "ميلادي", "ميلادية", "للميلاد"]);
const TEEN = words(["عشر", "عشرة"]);
const OPEN_QUOTE = /^[«»"“”'(]$/;
const DATE_SEP = /^[/.-]$/;
/** Counted nouns: a four-digit number before them is an amount, not a year («2000 دينار»). */
const COUNTED = words([
  "دينار", "دولار", "يورو", "أورو", "اورو", "درهم", "ريال", "جنيه", "ليرة", "مليون", "مليار", "ألف", "الف", "آلاف",
  "شخص", "أشخاص", "متر", "كلم", "كيلومتر", "طن", "هكتار", "نسمة", "قتيل", "جريح", "مواطن", "عائلة", "حالة",
  "سائح", "لاجئ", "مهاجر", "مهاجرا", "طفل", "طفلا", "امرأة", "رجل", "جندي", "عنصر", "مقاتل", "منزل", "مسكن",
  "تلميذ", "طالب", "صوت", "مترا", "شخصا", "دج", "د", "بالمائة", "بالمئة", "نقطة", "هدف", "دقيقة", "ساعة",
  "مليم", "كغ", "كلغ", "لتر", "وحدة", "موطن", "مؤسسة", "سيارة", "رحلة", "قرص", "غرام",
]);
const NOT_MONDAY_BEFORE = words(["بين", "كلا", "هذين", "الطرفين", "الرجلين", "البلدين"]);
const NOT_MONDAY_AFTER = words(["معا", "منهم", "منهما"]);
const NOT_FRIDAY_BEFORE = words(["صلاة", "خطبة", "خطيب", "صلاه"]);
const NOT_SUNDAY_AFTER = words(["عشر", "من", "أبرز", "أهم", "اكبر", "أكبر"]);

type Hit<T> = { v: T; cut: number };

/** Every word that can open a time expression; any other word (and most words are) is skipped at once. */
const OPENERS = new Set<string>([
  ...MONTHS.keys(), ...MONTH_PAIRS.keys(), ...HIJRI_MONTHS.keys(), ...WEEKDAYS.keys(), ...RELATIVE_DAYS.keys(),
  ...DAY_PARTS.keys(), ...PERIODS.keys(), ...YEAR_NOUNS.keys(), ...MONTH_NOUNS.keys(), ...PERIOD_EDGES.keys(),
  ...SEASONS.keys(), ...ORDINAL_DAYS.keys(), ...DECADES.keys(), ...DAY_NOUN, ...TIME_NOUN, ...THIS, ...FROM,
  ...YEAR_PARTS.keys(), ...HOUR_WORDS.keys(), HOUR_NOUN, SINCE, BETWEEN, BEFORE, AFTER, TONIGHT, FIRST_OF, "-",
]);

/** Reads the words of one document. Built per document; holds no state between documents. */
export class Reader {
  private readonly W: Word[];
  /** per word: the form without و/ف, and without و/ف plus ب/ل/ك («ال» restored after «لل») */
  private readonly strip1: (string | null)[];
  private readonly strip2: (string | null)[];
  private readonly cut2: number[];

  constructor(W: Word[]) {
    this.W = W;
    this.strip1 = new Array(W.length);
    this.strip2 = new Array(W.length);
    this.cut2 = new Array(W.length);
    for (let i = 0; i < W.length; i++) {
      const t = W[i].t;
      let j = 0;
      this.strip1[i] = null;
      this.strip2[i] = null;
      this.cut2[i] = 0;
      if (W[i].punct || W[i].num !== null) continue;
      if ((t[0] === "و" || t[0] === "ف") && t.length > 2) { j = 1; this.strip1[i] = t.slice(1); }
      const c = t[j];
      if ((c === "ب" || c === "ل" || c === "ك") && t.length - j > 2) {
        if (c === "ل" && t[j + 1] === "ل") { this.strip2[i] = "ا" + t.slice(j + 1); this.cut2[i] = 0; }
        else { this.strip2[i] = t.slice(j + 1); this.cut2[i] = j + 1; }
      }
    }
  }

  private look<T>(tab: Map<string, T>, i: number): Hit<T> | null {
    const w = this.W[i];
    if (!w) return null;
    let v = tab.get(w.t);
    if (v !== undefined) return { v, cut: 0 };
    const s1 = this.strip1[i];
    if (s1 !== null) { v = tab.get(s1); if (v !== undefined) return { v, cut: 1 }; }
    const s2 = this.strip2[i];
    if (s2 !== null) { v = tab.get(s2); if (v !== undefined) return { v, cut: this.cut2[i] }; }
    return null;
  }

  /** The proclitic length when word i (or it without و/ف, or without ب/ل/ك too) is in the set. */
  private cutIn(set: Set<string>, i: number): number | null {
    const w = this.W[i];
    if (!w) return null;
    if (set.has(w.t)) return 0;
    if (this.strip1[i] !== null && set.has(this.strip1[i] as string)) return 1;
    if (this.strip2[i] !== null && set.has(this.strip2[i] as string)) return this.cut2[i];
    return null;
  }

  private has(set: Set<string>, i: number): boolean {
    const w = this.W[i];
    return w !== undefined && (set.has(w.t) || (this.strip1[i] !== null && set.has(this.strip1[i] as string)));
  }

  private is(t: string, i: number): boolean {
    const w = this.W[i];
    return w !== undefined && (w.t === t || this.strip1[i] === t);
  }

  private isDecimalPart(i: number): boolean {
    const W = this.W;
    const p = W[i - 1], n = W[i + 1];
    if (p && W[i].glue && p.punct && (p.t === "." || p.t === "," || p.t === "،") && W[i - 2]?.num !== null && p.glue) return true;
    if (n && n.glue && n.punct && (n.t === "." || n.t === "," || n.t === "،" || n.t === "%" || n.t === "٪") && (W[i + 2]?.num !== null && W[i + 2]?.glue || n.t === "%" || n.t === "٪")) return true;
    return false;
  }

  private dayNum(i: number): number | null {
    const w = this.W[i];
    if (!w || w.num === null || w.t.length > 2 || w.num < 1 || w.num > 31) return null;
    if (this.isDecimalPart(i)) return null;
    return w.num;
  }

  private yearNum(i: number, min = 1000): number | null {
    const w = this.W[i];
    if (!w || w.num === null || w.t.length !== 4 || w.num < min || w.num > 2999) return null;
    if (this.isDecimalPart(i)) return null;
    return w.num;
  }

  /** A year number and its era mark: «2014», «1436هـ», «1979م», «1436 هجري». */
  private year(i: number, min = 1000): { y: number; hijri: boolean; b: number } | null {
    const y = this.yearNum(i, min);
    if (y === null) return null;
    const n = this.W[i + 1];
    if (n && this.has(HIJRI_MARK, i + 1) && (n.glue || n.t.length > 1)) return { y, hijri: true, b: i + 2 };
    if (n && this.has(AD_MARK, i + 1) && (n.glue || n.t.length > 1)) return { y, hijri: false, b: i + 2 };
    return { y, hijri: false, b: i + 1 };
  }

  private dir(i: number): Dir | null {
    const h = this.look(DIRECTIONS, i);
    return h && h.cut === 0 ? h.v : null;
  }

  /** A Gregorian month name, with a parenthesised or slashed alternative: «يوليو (تموز)», «تموز/يوليو». */
  private monthName(i: number): { m: number; safe: boolean; b: number; cut: number } | null {
    let r: { m: number; safe: boolean; b: number; cut: number } | null = null;
    const h = this.look(MONTHS, i);
    const t = this.W[i]?.t ?? "";
    const fused = h || !t.startsWith(MONTH_WORD) ? undefined : MONTHS.get(t.slice(MONTH_WORD.length));
    if (h) r = { m: h.v.m, safe: h.v.safe, b: i + 1, cut: h.cut };
    else if (fused) r = { m: fused.m, safe: true, b: i + 1, cut: 0 }; // «شهرماي»: a fused word
    else {
      const p = this.look(MONTH_PAIRS, i);
      const second = p ? p.v.get(this.W[i + 1]?.t ?? "") : undefined;
      if (p && second !== undefined) r = { m: second, safe: true, b: i + 2, cut: p.cut };
    }
    if (!r) return null;
    const W = this.W;
    // «يوليو (تموز)», «تموز/يوليو»: the alternative name is part of the expression
    if (W[r.b]?.t === "(" || W[r.b]?.t === "/" || W[r.b]?.t === "-") {
      const alt = this.monthNameBare(r.b + 1);
      if (alt && alt.m === r.m) {
        r.b = W[alt.b]?.t === ")" ? alt.b + 1 : alt.b;
        r.safe = true;
      }
    }
    return r;
  }

  private monthNameBare(i: number): { m: number; b: number } | null {
    const h = this.look(MONTHS, i);
    if (h) return { m: h.v.m, b: i + 1 };
    const p = this.look(MONTH_PAIRS, i);
    const second = p ? p.v.get(this.W[i + 1]?.t ?? "") : undefined;
    return p && second !== undefined ? { m: second, b: i + 2 } : null;
  }

  private hijriMonth(i: number): { m: number; safe: boolean; b: number; cut: number } | null {
    const h = this.look(HIJRI_MONTHS, i);
    if (!h) return null;
    if (h.v.m !== undefined) return { m: h.v.m, safe: h.v.safe, b: i + 1, cut: h.cut };
    const m = h.v.next?.get(this.W[i + 1]?.t ?? "");
    return m === undefined ? null : { m, safe: true, b: i + 2, cut: h.cut };
  }

  /**
   * What may follow a month: a year («2020», «من سنة 2015», «لسنة 2016», «1436 هـ»), a year relative to
   * publication («من العام الماضي», «السنة الماضية», «هذا العام»), or «من نفس السنة» (no year given).
   */
  private yearTail(i: number): { y?: number; yOff?: number; hijri?: boolean; b: number } | null {
    const W = this.W;
    const y0 = this.year(i);
    if (y0) return { y: y0.y, hijri: y0.hijri, b: y0.b };
    let j = i;
    if (this.is(MIN, j) || W[j]?.t === "ل") j++;
    if (this.has(SAME, j) && this.look(YEAR_NOUNS, j + 1)) return { b: j + 2 };
    const noun = this.look(YEAR_NOUNS, j);
    if (noun) {
      const y = this.year(j + 1);
      if (y) return { y: y.y, hijri: y.hijri, b: y.b };
      const d = this.dir(j + 1);
      if (d !== null && W[j].t.startsWith("ال") || d !== null && W[j].t.startsWith("لل")) return { yOff: d as number, b: j + 2 };
    }
    if (j === i && this.has(THIS, i) && this.look(YEAR_NOUNS, i + 1)) return { yOff: 0, b: i + 2 };
    return null;
  }

  /** «27 سبتمبر 2020», «27 أيلول», «الأول من سبتمبر», «غرة جوان 2017», «17 من الشهر الجاري», «15 شوال 1436هـ», «27/9/2020». */
  private date(i: number): { ref: DayRef & { k: "abs" }; b: number; cut: number } | null {
    const W = this.W;
    const numeric = this.numericDate(i);
    if (numeric) return numeric;
    let d = this.dayNum(i);
    let j = i + 1;
    let cut = 0;
    if (d === null) {
      const o = this.look(ORDINAL_DAYS, i);
      if (!o) return null;
      d = o.v;
      cut = o.cut;
      if (this.is(MIN, j)) j++;
    } else if (this.is(MIN, j) && !this.monthName(j)) j++;
    const mn = this.monthName(j);
    if (mn && mn.cut <= 1) {
      const ref: DayRef & { k: "abs" } = { k: "abs", d, m: mn.m };
      let b = mn.b;
      const t = this.yearTail(b);
      if (t) {
        if (t.y !== undefined) ref.y = t.y;
        if (t.yOff !== undefined) ref.yOff = t.yOff;
        b = t.b;
      } else {
        const dr = this.dir(b);
        if (dr !== null) { ref.dir = dr; b++; }
      }
      return { ref, b, cut };
    }
    const hm = this.hijriMonth(j);
    if (hm && hm.cut <= 1) {
      const ref: DayRef & { k: "abs" } = { k: "abs", d, m: hm.m, hijri: true };
      let b = hm.b;
      const y = this.year(b, 1);
      if (y && (y.hijri || y.y < 1700)) { ref.y = y.y; b = y.b; }
      return { ref, b, cut };
    }
    // «17 من الشهر الجاري»
    if (j > i + 1 && this.look(PERIODS, j)?.v === "month") {
      const dr = this.dir(j + 1);
      if (dr !== null) return { ref: { k: "abs", d, mOff: dr }, b: j + 2, cut };
    }
    return null;
  }

  private numericDate(i: number): { ref: DayRef & { k: "abs" }; b: number; cut: number } | null {
    const W = this.W;
    const a = W[i], s1 = W[i + 1], b = W[i + 2], s2 = W[i + 3], c = W[i + 4];
    if (!a || !s1 || !b || !s2 || !c || a.num === null || b.num === null || c.num === null) return null;
    if (!s1.punct || !DATE_SEP.test(s1.t) || s2.t !== s1.t) return null;
    // «27/9/2020» glued; «26 /11 / 1436» spaced only with a slash or a dash
    if (!(s1.glue && b.glue && s2.glue && c.glue) && s1.t === ".") return null;
    let ref: DayRef & { k: "abs" };
    if (a.t.length === 4 && b.t.length <= 2 && c.t.length <= 2) ref = { k: "abs", y: a.num, m: b.num, d: c.num };
    else if (a.t.length <= 2 && b.t.length <= 2 && c.t.length === 4) ref = { k: "abs", d: a.num, m: b.num, y: c.num };
    else return null;
    let end = i + 5;
    // «27/9/1436 هـ»; a four-digit year from 1300 to 1500 in a numeric date is Hijri (Gulf press)
    const yearAt = a.t.length === 4 ? i : i + 4;
    const marked = yearAt === i + 4 && this.has(HIJRI_MARK, end) && (W[end].glue || W[end].t.length > 1);
    if (marked) end++;
    if (marked || ((ref.y as number) >= 1300 && (ref.y as number) <= 1500)) ref.hijri = true;
    if (ref.m === undefined || ref.m < 1 || ref.m > 12) return null;
    return { ref, b: end, cut: 0 };
  }

  /** A weekday, with the guards that keep «الاثنين» (the two) and «صلاة الجمعة» out. */
  private weekday(i: number, bare: boolean): Hit<number> | null {
    const h = this.look(WEEKDAYS, i);
    if (!h) return null;
    if (bare) {
      if (h.v === 1 && (this.has(NOT_MONDAY_BEFORE, i - 1) || this.has(NOT_MONDAY_AFTER, i + 1))) return null;
      if (h.v === 5 && this.has(NOT_FRIDAY_BEFORE, i - 1)) return null;
      if (h.v === 0 && this.has(NOT_SUNDAY_AFTER, i + 1)) return null;
    }
    return h;
  }

  /** «الـ15 ...», «15 على التوالي», «الثامن على التوالي»: from word k, an ordinal in digits or a run of days. */
  private dayCount(k: number): boolean {
    const W = this.W;
    const digits = W[k + 1];
    if (this.is(ORDINAL_ARTICLE, k) && digits !== undefined && digits.num !== null && digits.glue) return true;
    for (let n = k; n < k + 4 && n < W.length; n++) {
      if (W[n].punct || W[n].nl) return false;
      if (IN_A_ROW.has(W[n].t)) return true;
    }
    return false;
  }

  /** «"المصري اليوم"», «(روسيا اليوم)», «موقع "اليوم"»: «اليوم» closing a quoted two-word name (or one after a newspaper). */
  private quotedTitle(j: number): boolean {
    const W = this.W;
    const close = W[j + 1];
    if (close === undefined || !close.punct || !CLOSE_QUOTE.test(close.t)) return false;
    if (W[j - 1] !== undefined && W[j - 1].punct && OPEN_QUOTE.test(W[j - 1].t)) return this.has(NEWSPAPER, j - 2);
    const open = W[j - 2];
    return open !== undefined && open.punct && OPEN_QUOTE.test(open.t) && W[j - 1] !== undefined && !W[j - 1].punct;
  }

  /**
   * A day: [يوم] then a relative day («أمس الجمعة», «اليوم الاثنين 14 نوفمبر 2016», «أمس الأول», «بعد غد»),
   * a weekday with an optional date or direction («الخميس 18 ماي 2017», «السبت الماضي»), or a date.
   */
  private day(i: number, afterPart = false): { ref: DayRef; b: number; cut: number } | null {
    const W = this.W;
    let j = i;
    let cut = 0;
    const noun = this.cutIn(DAY_NOUN, i);
    const hasNoun = noun !== null;
    if (noun !== null) { j++; cut = noun; }
    const start = j;
    // relative days
    let off: number | null = null;
    let b = j;
    if (this.is(FIRST_OF, j) && this.has(YESTERDAY, j + 1)) { off = -2; b = j + 2; }
    else if (this.is(AFTER, j) && this.has(TOMORROW, j + 1) || this.is(AFTER, j) && W[j + 1]?.t === "غدا") { off = 2; b = j + 2; }
    else {
      const r = this.look(RELATIVE_DAYS, j);
      if (r && !(r.v === 0 && hasNoun)) {
        const next = W[j + 1];
        // «اليوم الدولي», «اليوم الأول»: «the day of», not «today»; «أصدرته اليوم الهيئة» is today
        // («إلى» normalizes to «الي»: «وصل اليوم إلى تونس» is today)
        const theDayOf = r.v === 0 && (next !== undefined && !next.punct && next.t.startsWith("ال") && next.t !== TO &&
          (next.t.endsWith("ي") || next.t.endsWith("يه") || DAY_OF_WORDS.has(next.t)) && !this.look(WEEKDAYS, j + 1) ||
          // «لليوم الـ15», «لليوم 15 على التوالي»: a count of days
          r.v === 0 && this.dayCount(j + 1) ||
          // «مرتين في اليوم»: per day; «ذلك اليوم», «اليوم نفسه»: a day named before; «على مدار اليوم»: any day
          r.cut === 0 && !hasNoun && (W[j - 1]?.t === IN || this.has(THAT, j - 1) || this.has(SAME_AFTER, j + 1) ||
            this.has(THROUGHOUT, j - 1)) ||
          // «صحيفة اليوم», «جريدة الغد», «موقع "تونس اليوم"», «"المصري اليوم"»: newspapers and channels
          this.has(NEWSPAPER, j - 1) || r.v === 0 && this.quotedTitle(j));
        // «لامس» is not «ل» + «أمس»: only «بالأمس», «للغد» take a preposition
        const badClitic = r.cut > 1 || (r.cut === 1 && W[j].t[0] !== "و" && W[j].t[0] !== "ف") ? !this.strip2[j]?.startsWith("ال") : false;
        if (!theDayOf && !badClitic) {
          off = r.v;
          b = j + 1;
          if (r.v === -1 && this.has(FIRST, b)) { off = -2; b++; }
          if (j === start && !hasNoun) cut = r.cut;
        }
      }
    }
    if (off !== null) {
      const ref: DayRef & { k: "rel" } = { k: "rel", off };
      let k = b;
      while (W[k]?.punct && (OPEN_QUOTE.test(W[k].t) || W[k].t === "،" || W[k].t === ",")) k++;
      const wd = this.weekday(k, false);
      if (wd && wd.cut === 0) {
        ref.dow = wd.v;
        b = k + 1;
        let k2 = b;
        if (W[k2]?.t === "،" || W[k2]?.t === ",") k2++;
        const dt = this.date(k2);
        if (dt && dt.cut === 0) { ref.date = dt.ref; b = dt.b; }
      } else {
        let k2 = b;
        if (W[k2]?.t === "،" || W[k2]?.t === ",") k2++;
        const dt = this.date(k2);
        if (dt && dt.cut === 0 && off === 0) { ref.date = dt.ref; b = dt.b; }
      }
      return { ref, b, cut };
    }
    // weekdays («ليلة لخميس»: the article dropped, readable after a day noun or a part of the day)
    const wd = this.weekday(j, !hasNoun) ?? (hasNoun || afterPart ? this.look(BARE_WEEKDAYS, j) : null);
    if (wd) {
      if (!hasNoun) cut = wd.cut;
      b = j + 1;
      let k = b;
      if (W[k]?.t === "،" || W[k]?.t === ",") k++;
      if (this.has(CORRESPONDS, k)) { k++; if (W[k]?.t === "ل" || W[k]?.t === "لـ") k++; }
      const dt = this.date(k);
      if (dt && dt.cut === 0) {
        dt.ref.dow = wd.v;
        return { ref: dt.ref, b: dt.b, cut };
      }
      const dr = this.dir(b);
      const ref: DayRef = { k: "dow", dow: wd.v };
      if (dr !== null) { ref.dir = dr; b++; }
      return { ref, b, cut };
    }
    const dt = this.date(j);
    return dt ? { ref: dt.ref, b: dt.b, cut: hasNoun ? cut : dt.cut } : null;
  }

  /** «مساء الخميس», «ليل الخميس», «صباح اليوم», «بعد ظهر أمس», «في ساعة متأخرة من مساء الخميس», «في وقت مبكر الجمعة». */
  private partOfDay(i: number): { ref: DayRef; b: number; cut: number } | null {
    const W = this.W;
    let j = i;
    let cut = 0;
    let hedge = false;
    if (this.cutIn(TIME_NOUN, j) !== null && this.has(EARLY_LATE, j + 1)) {
      hedge = true;
      cut = this.cutIn(TIME_NOUN, j) ?? 0;
      j += 2;
      if (this.is(MIN, j)) j++;
    }
    // «الليلة الماضية», «الليلة»
    if (this.is(TONIGHT, j) || this.strip2[j] === TONIGHT) {
      if (W[j + 1] && this.is(SEPARATING, j + 1) && this.is(BETWEEN, j + 2)) {
        const r = this.dayRange(j + 3);
        if (r && r.sem.k === "range" && r.sem.a.k === "day") return { ref: r.sem.a.ref, b: r.b, cut };
      }
      const d = this.dir(j + 1);
      if (d === -1) return { ref: { k: "rel", off: -1 }, b: j + 2, cut };
      if (d === null && !hedge) return { ref: { k: "rel", off: 0 }, b: j + 1, cut: this.look(DAY_PARTS, j)?.cut ?? 0 };
    }
    let part = false;
    if ((this.is(AFTER, j) || this.is(BEFORE, j)) && this.look(DAY_PARTS, j + 1)) { j++; }
    const p = this.look(DAY_PARTS, j);
    if (p) {
      if (!hedge && j === i) cut = p.cut;
      part = true;
      j++;
      // «ليلة الفاصلة بين 25 و26 نوفمبر»
      if (this.is(SEPARATING, j) && this.is(BETWEEN, j + 1)) {
        const r = this.dayRange(j + 2);
        if (r && r.sem.k === "range" && r.sem.a.k === "day") return { ref: r.sem.a.ref, b: r.b, cut };
      }
    }
    if (!part && !hedge) return null;
    const d = this.day(j, true);
    if (!d) return null;
    return { ref: d.ref, b: d.b, cut };
  }

  /** «شهر سبتمبر», «سبتمبر 2020», «جوان من العام الماضي», «سبتمبر الماضي», «شهر رمضان 1436هـ», «رمضان 2017». */
  private month(i: number, paired = false): { sem: Sem & { k: "month" }; b: number; cut: number } | null {
    let j = i;
    let cut = 0;
    const noun = this.look(MONTH_NOUNS, i);
    if (noun && noun.v) { j++; cut = noun.cut; }
    const mn = this.monthName(j);
    if (mn) {
      if (!noun) cut = mn.cut;
      const sem: Sem & { k: "month" } = { k: "month", m: mn.m };
      let b = mn.b;
      const t = this.yearTail(b);
      if (t) {
        if (t.y !== undefined) sem.y = t.y;
        if (t.yOff !== undefined) sem.yOff = t.yOff;
        b = t.b;
      } else {
        const d = this.dir(b);
        if (d !== null) { sem.dir = d; b++; }
      }
      if (!mn.safe && !noun && !t && !paired && sem.dir === undefined && !(mn.cut === 0 && this.has(MONTH_CONTEXT, i - 1))) return null;
      return { sem, b, cut };
    }
    const hm = this.hijriMonth(j);
    if (hm) {
      if (!noun) cut = hm.cut;
      const sem: Sem & { k: "month" } = { k: "month", m: hm.m, hijri: true };
      let b = hm.b;
      const y = this.year(b, 1);
      if (y) {
        if (y.hijri || y.y < 1700) sem.y = y.y; else sem.gy = y.y;
        b = y.b;
      } else {
        let k = b;
        if (this.is(MIN, k) || this.W[k]?.t === "ل") k++;
        const noun2 = this.look(YEAR_NOUNS, k);
        const y2 = noun2 ? this.year(k + 1, 1) : null;
        if (y2) {
          if (y2.hijri || y2.y < 1700) sem.y = y2.y; else sem.gy = y2.y;
          b = y2.b;
        } else if (this.has(THIS, b) && this.look(YEAR_NOUNS, b + 1)) b += 2;
      }
      if (!hm.safe && !noun && b === hm.b) return null;
      return { sem, b, cut };
    }
    return null;
  }

  /** «عام 2014», «سنة 1979», «العام 1880», «لسنة 2016», «1436هـ», «1979م», and bare years where a year is expected. */
  private yearPhrase(i: number): { sem: Sem; b: number; cut: number } | null {
    const W = this.W;
    const noun = this.look(YEAR_NOUNS, i);
    if (noun) {
      const y = this.year(i + 1, 1);
      if (y && (W[i + 1].t.length >= 3)) return { sem: { k: "year", y: y.y, hijri: y.hijri }, b: y.b, cut: noun.cut };
      return null;
    }
    const y = this.year(i);
    if (!y) return null;
    if (y.b > i + 1) return { sem: { k: "year", y: y.y, hijri: y.hijri }, b: y.b, cut: 0 };
    if (y.y < 1900 || y.y > 2100) return null;
    if (this.has(AMOUNT_BEFORE, i - 1) || this.is(MIN, i - 1) && this.has(MORE_LESS, i - 2)) return null;
    const next = W[i + 1];
    if (next && !next.punct && (this.has(COUNTED, i + 1) || this.look(UNITS, i + 1))) return null;
    if (next && next.punct && (next.t === "%" || next.t === "٪")) return null;
    return { sem: { k: "year", y: y.y }, b: y.b, cut: 0 };
  }

  /** «الأسبوع الماضي», «الشهر المقبل», «العام الجاري», «هذا الأسبوع», «هذه السنة». */
  private period(i: number): { sem: Sem; b: number; cut: number } | null {
    if (this.has(THIS, i)) {
      const p = this.look(PERIODS, i + 1);
      if (p && p.cut === 0) return { sem: { k: "period", unit: p.v, off: 0 }, b: i + 2, cut: this.cutIn(THIS, i) ?? 0 };
      return null;
    }
    const p = this.look(PERIODS, i);
    if (!p) return null;
    const d = this.dir(i + 1);
    if (d === null) return null;
    // «الأمين العام الحالي»: «العام» as the adjective «general»
    if (p.v === "year" && d === 0 && this.W[i].t === GENERAL && this.W[i - 1]?.t.startsWith("ال")) return null;
    return { sem: { k: "period", unit: p.v, off: d }, b: i + 2, cut: p.cut };
  }

  /** «بداية شهر جويلية», «نهاية سنة 1935», «منتصف جانفي», «مطلع الشهر الجاري», «بداية العام», «صيف 2014». */
  private edge(i: number): { sem: Sem; b: number; cut: number } | null {
    const e = this.look(PERIOD_EDGES, i);
    const s = e ? null : this.look(SEASONS, i);
    if (!e && !s) return null;
    const j = i + 1;
    const cut = (e ?? s)?.cut ?? 0;
    const inner = this.month(j, true) ?? this.yearPhrase(j) ?? this.period(j) ?? (e ? this.decade(j) : null);
    if (inner && inner.cut === 0) return { sem: { k: "edge", inner: inner.sem, season: Boolean(s) }, b: inner.b, cut };
    // «بداية العام», «نهاية السنة»: the current one
    const p = this.look(PERIODS, j);
    if (e && p && p.cut === 0 && p.v === "year" && !this.W[j + 1]?.t.startsWith("ال")) {
      return { sem: { k: "edge", inner: { k: "period", unit: "year", off: 0 }, season: false }, b: j + 1, cut };
    }
    return null;
  }

  /** «النصف الأول من العام», «الربع الثالث من 2016», «الثلاثي الأول من السنة الجارية», «السداسي الأول من سنة 2017». */
  private yearPart(i: number): { sem: Sem; b: number; cut: number } | null {
    const W = this.W;
    const t = W[i]?.t ?? "";
    const size = YEAR_PARTS.get(t) ?? YEAR_PARTS.get(this.strip1[i] ?? "") ?? YEAR_PARTS.get(this.strip2[i] ?? "");
    if (size === undefined) return null;
    const ord = PART_ORDINALS.get(W[i + 1]?.t ?? "");
    if (ord === undefined || !this.is(MIN, i + 2)) return null;
    const parts = Math.round(12 / size);
    const n = ord === -1 ? parts : ord;
    if (n > parts) return null;
    const from = (n - 1) * size + 1, to = n * size;
    const j = i + 3;
    let y: { y?: number; yOff?: number; b: number } | null = null;
    const yr = this.year(j);
    if (yr && !yr.hijri) y = { y: yr.y, b: yr.b };
    else {
      const tail = this.yearTail(j - 1) ?? this.yearTail(j);
      if (tail && tail.hijri !== true) y = tail;
      else if (this.look(PERIODS, j)?.v === "year" && this.W[j].t.startsWith("ال")) y = { yOff: 0, b: j + 1 };
    }
    if (!y) return null;
    const cut = t === W[i].t && YEAR_PARTS.has(t) ? 0 : (this.strip1[i] !== null && YEAR_PARTS.has(this.strip1[i] as string) ? 1 : this.cut2[i]);
    const a: Sem = { k: "month", m: from, y: y.y, yOff: y.yOff };
    const b: Sem = { k: "month", m: to, y: y.y, yOff: y.yOff };
    if (y.y === undefined) { delete a.y; delete b.y; }
    if (y.yOff === undefined) { delete a.yOff; delete b.yOff; }
    return { sem: { k: "range", a, b }, b: y.b, cut };
  }

  /**
   * A clock time: «الساعة 15:00», «الساعة العاشرة صباحا», «على الساعة 5 مساء», «الساعة 02 و13 دقيقة»,
   * «الساعة الثانية و النصف بعد الظهر», «العاشرة صباحا» (an hour word needs its part of the day).
   */
  clock(i: number): { clock: Clock; b: number; cut: number } | null {
    const W = this.W;
    let j = i;
    const noun = this.cutIn(HOUR_NOUNS, j);
    if (noun !== null) j++;
    let h: number | null = null;
    let mi = 0;
    const w = W[j];
    if (!w) return null;
    if (noun !== null && w.num !== null && w.t.length <= 2 && w.num <= 24) {
      h = w.num;
      j++;
      // «15:00», «17.30», «17 .30»: the minutes are glued to the separator
      if ((W[j]?.t === ":" || W[j]?.t === ".") && W[j + 1]?.num !== null && W[j + 1]?.glue && W[j + 1]?.t.length === 2 && (W[j + 1]?.num ?? 99) < 60) { mi = W[j + 1].num as number; j += 2; }
      else if (W[j]?.t === AND && W[j + 1]?.num !== null && W[j + 1] !== undefined && (W[j + 1].num as number) < 60 && this.has(MINUTE, j + 2)) { mi = W[j + 1].num as number; j += 3; }
    } else {
      const hw = HOUR_WORDS.get(w.t);
      if (hw === undefined) return null;
      h = hw;
      j++;
      if (hw === 11 || (hw === 2 && this.has(TEEN, j))) { if (this.has(TEEN, j)) { j++; if (hw === 2) h = 12; } }
    }
    // «و النصف», «والربع», «إلا ربعا», «و13 دقيقة»
    if (W[j]?.t === AND && this.has(HALF, j + 1)) { mi = 30; j += 2; }
    else if (this.strip1[j] !== null && HALF.has(this.strip1[j] as string) && W[j].t[0] === AND) { mi = 30; j++; }
    else if (W[j]?.t === AND && this.has(QUARTER, j + 1)) { mi = 15; j += 2; }
    else if (this.strip1[j] !== null && QUARTER.has(this.strip1[j] as string) && W[j].t[0] === AND) { mi = 15; j++; }
    else if (this.has(EXCEPT, j) && (this.has(QUARTER, j + 1) || W[j + 1]?.t === normalize("ربعا"))) { mi = 45; h = h - 1; j += 2; }
    else if (W[j]?.t === AND && W[j + 1]?.num !== null && W[j + 1] !== undefined && (W[j + 1].num as number) < 60 && this.has(MINUTE, j + 2)) { mi = W[j + 1].num as number; j += 3; }
    let part = CLOCK_PARTS.get(W[j]?.t ?? "");
    if (part === undefined && (this.is(AFTER, j)) && CLOCK_PARTS.get(W[j + 1]?.t ?? "") !== undefined) { part = "pm"; j++; }
    if (part !== undefined) j++;
    else if (noun === null) return null;
    if (part === "pm" && h < 12) h += 12;
    else if (part === "noon" && h < 6) h += 12;
    else if (part === "night" && h >= 6 && h < 12) h += 12;
    if (h === 24) h = 0;
    if (h < 0 || h > 23) return null;
    return { clock: { h, mi }, b: j, cut: noun ?? 0 };
  }

  /** Whether words [a, b) hold only what may link a day to its clock time. */
  linksToClock(a: number, b: number): boolean {
    if (b - a > 3) return false;
    for (let k = a; k < b; k++) if (!this.has(CLOCK_GLUE, k)) return false;
    return true;
  }

  /** «الخمسينات», «السبعينيات». */
  private decade(i: number): { sem: Sem; b: number; cut: number } | null {
    const d = this.look(DECADES, i);
    return d ? { sem: { k: "decade", y: d.v }, b: i + 1, cut: d.cut } : null;
  }

  /** A count of units: «25 عاما», «أكثر من 25 عاما», «ثلاثة أيام», «أسبوع», «سنتين», «أحد عشر عاما». */
  private duration(i: number): { unit: Unit; n: number; approx: boolean; b: number } | null {
    const W = this.W;
    let j = i;
    let approx = false;
    for (let k = 0; k < 4 && this.look(APPROX, j) && !this.look(UNITS, j); k++) { approx = true; j++; }
    let n: number | null = null;
    if (W[j]?.num !== null && W[j] !== undefined && !this.isDecimalPart(j)) { n = W[j].num; j++; }
    else {
      const w = this.look(NUMBER_WORDS, j);
      if (w) {
        n = w.v;
        j++;
        if (this.has(TEEN, j) && n < 10) { n += 10; j++; }
        else if (W[j]?.t === AND && this.look(NUMBER_WORDS, j + 1)) { n += this.look(NUMBER_WORDS, j + 1)?.v ?? 0; j += 2; }
        else if (this.look(NUMBER_WORDS, j)?.cut === 1) { n += this.look(NUMBER_WORDS, j)?.v ?? 0; j++; }
      }
    }
    const u = this.look(UNITS, j);
    if (!u || u.cut !== 0) return null;
    if (n === null) {
      if (u.v.n !== undefined) n = u.v.n;
      else if (/^(يوم|اسبوع|شهر|عام|سنه|عقد)$/.test(W[j].t)) n = 1;
      else return null;
    }
    if (n <= 0 || n > 5000) return null;
    return { unit: u.v.unit, n, approx, b: j + 1 };
  }

  /** The core phrase at word i: the longest of the shapes above. */
  core(i: number): Match | null {
    let best: Match | null = null;
    const pd = this.partOfDay(i);
    if (pd) best = { a: i, b: pd.b, cut: pd.cut, sem: { k: "day", ref: pd.ref, part: true } };
    const d = this.day(i);
    if (d && (!best || d.b > best.b)) best = { a: i, b: d.b, cut: d.cut, sem: { k: "day", ref: d.ref, part: false } };
    const r = this.month(i);
    if (r && (!best || r.b > best.b)) best = { a: i, b: r.b, cut: r.cut, sem: r.sem };
    let q = this.yearPhrase(i);
    if (q && (!best || q.b > best.b)) best = { a: i, b: q.b, cut: q.cut, sem: q.sem };
    q = this.period(i);
    if (q && (!best || q.b > best.b)) best = { a: i, b: q.b, cut: q.cut, sem: q.sem };
    q = this.edge(i);
    if (q && (!best || q.b > best.b)) best = { a: i, b: q.b, cut: q.cut, sem: q.sem };
    q = this.decade(i);
    if (q && (!best || q.b > best.b)) best = { a: i, b: q.b, cut: q.cut, sem: q.sem };
    q = this.yearPart(i);
    if (q && (!best || q.b > best.b)) best = { a: i, b: q.b, cut: q.cut, sem: q.sem };
    return best;
  }

  /** Day ranges: «يومي 7 و8 نوفمبر», «17 و18 نوفمبر الماضي», «4 إلى 11 نوفمبر 2017», «يومي الاثنين والثلاثاء 14 و15 نوفمبر», «يومي السبت و الأحد القادمين». */
  private dayRange(i: number): { sem: Sem; b: number; cut: number } | null {
    const W = this.W;
    let j = i;
    let cut = 0;
    const noun = this.cutIn(DAY_NOUN, j);
    if (noun !== null) { j++; cut = noun; }
    // d1 (و|إلى|-) date
    const d1 = this.dayNum(j);
    if (d1 !== null) {
      let k = j + 1;
      if (W[k]?.t === AND || this.has(CONNECT_RANGE, k)) k++;
      else return null;
      if (this.has(UNTIL_TAIL, k)) k++;
      const dt = this.date(k);
      if (!dt || dt.ref.m === undefined && dt.ref.mOff === undefined) return null;
      const a: DayRef = { ...dt.ref, d: d1 };
      delete a.dow;
      return { sem: { k: "range", a: { k: "day", ref: a, part: false }, b: { k: "day", ref: dt.ref, part: false } }, b: dt.b, cut };
    }
    // wd1 [d1] و wd2 [d2] tail
    const w1 = this.weekday(j, false);
    if (!w1 || noun === null) return null;
    let k = j + 1;
    const n1 = this.dayNum(k);
    if (n1 !== null) k++;
    if (W[k]?.t === AND) k++;
    else if (!(this.strip1[k] !== null && W[k]?.t[0] === AND)) return null;
    const w2 = this.weekday(k, false);
    if (!w2) return null;
    k++;
    let n2 = this.dayNum(k);
    if (n2 !== null) k++;
    let ref2: DayRef | null = null;
    let ref1: DayRef | null = null;
    if (n1 === null && n2 === null) {
      // «يومي الاثنين والثلاثاء 14 و15 نوفمبر»
      const r = this.dayNum(k) !== null ? this.dayRange(k) : null;
      if (r && r.sem.k === "range" && r.sem.a.k === "day" && r.sem.b.k === "day") {
        const a = r.sem.a.ref as DayRef & { k: "abs" }, b2 = r.sem.b.ref as DayRef & { k: "abs" };
        return { sem: { k: "range", a: { k: "day", ref: { ...a, dow: w1.v }, part: false }, b: { k: "day", ref: { ...b2, dow: w2.v }, part: false } }, b: r.b, cut };
      }
      const dr = this.dir(k);
      ref1 = { k: "dow", dow: w1.v };
      ref2 = { k: "dow", dow: w2.v };
      if (dr !== null) { ref1.dir = dr; ref2.dir = dr; k++; }
      return { sem: { k: "range", a: { k: "day", ref: ref1, part: false }, b: { k: "day", ref: ref2, part: false } }, b: k, cut };
    }
    if (n1 === null || n2 === null) return null;
    // tail after d2: a month (+ year), «من الشهر الجاري», or nothing (month of publication)
    k--;
    const dt = this.date(k);
    if (!dt) return null;
    n2 = dt.ref.d;
    const a: DayRef = { ...dt.ref, d: n1, dow: w1.v };
    const b2: DayRef = { ...dt.ref, dow: w2.v };
    return { sem: { k: "range", a: { k: "day", ref: a, part: false }, b: { k: "day", ref: b2, part: false } }, b: dt.b, cut };
  }

  /**
   * Everything that may start at word i: «منذ X», «بين X و Y», «من X إلى Y», «قبل/بعد N units», day ranges,
   * and a core phrase optionally followed by «إلى/حتى/- Y» or, for months, a list «جانفي، فيفري ومارس 2018».
   */
  at(i: number): Match | null {
    const W = this.W;
    const w = W[i];
    if (!w || (w.punct && w.t !== "-")) return null;
    if (w.num === null && !OPENERS.has(w.t) && !OPENERS.has(this.strip1[i] ?? "") && !OPENERS.has(this.strip2[i] ?? "") && !w.t.startsWith(MONTH_WORD)) return null;
    let best: Match | null = null;
    const keep = (m: Match | null): void => {
      if (m && (!best || m.b > best.b)) best = m;
    };
    const sinceHit = this.is(SINCE, i);
    if (sinceHit) {
      const c = this.rangeFrom(i + 1) ?? this.core(i + 1);
      if (c) keep({ a: i, b: c.b, cut: this.strip1[i] !== null && W[i].t !== SINCE ? 1 : 0, sem: c.sem.k === "since" ? c.sem : { k: "since", a: c.sem } });
      const du = this.duration(i + 1);
      if (du) keep({ a: i, b: du.b, cut: W[i].t !== SINCE ? 1 : 0, sem: { k: "ago", unit: du.unit, n: du.n, sign: -1, approx: du.approx } });
      if (best) return best;
    }
    if (this.is(BEFORE, i) || this.is(AFTER, i)) {
      const du = this.duration(i + 1);
      if (du && !this.is(MIN, du.b) && !this.has(ON, du.b)) {
        keep({ a: i, b: du.b, cut: W[i].t.length > 3 ? 1 : 0, sem: { k: "ago", unit: du.unit, n: du.n, sign: this.is(BEFORE, i) ? -1 : 1, approx: du.approx } });
      }
    }
    if (this.is(BETWEEN, i) || this.has(FROM, i)) {
      const r = this.rangeFrom(i + 1, this.is(BETWEEN, i));
      if (r && r.sem.k === "range") keep({ a: i, b: r.b, cut: this.strip1[i] !== null && !FROM.has(W[i].t) && W[i].t !== BETWEEN ? 1 : 0, sem: r.sem });
    }
    keep(this.rangeFrom(i));
    const dr = this.dayRange(i);
    if (dr) keep({ a: i, b: dr.b, cut: dr.cut, sem: dr.sem });
    return best;
  }

  /** A core phrase at i, extended into a range when a connector and a second phrase follow. */
  private rangeFrom(i: number, between = false): Match | null {
    const W = this.W;
    const a = between ? this.core(i) ?? this.monthLoose(i) : this.core(i);
    if (!a) return null;
    if (between) {
      const r = this.dayRange(i);
      if (r && r.b >= a.b) return { a: i, b: r.b, cut: r.cut, sem: r.sem };
    }
    let k = a.b;
    let last: Match | null = null;
    for (let step = 0; step < 12; step++) {
      const w = W[k];
      if (!w) break;
      let c: number;
      if (w.t === AND || w.t === "،" || w.t === ",") {
        if (!between && a.sem.k !== "month") break;
        if (w.t !== AND && a.sem.k !== "month") break;
        c = k + 1;
      } else if (CONNECT_RANGE.has(w.t)) {
        const tight = w.glue && W[k + 1]?.glue;
        // «2015 / 2016»: a spaced slash only between consecutive years (a season)
        if (w.t === "/" && !tight && !(a.sem.k === "year" && W[k + 1]?.num !== null && Math.abs((W[k + 1]?.num ?? 0) - a.sem.y) === 1)) break;
        if ((w.t === "-" || w.t === "–") && !tight && a.sem.k !== "year") break;
        c = k + 1;
        if (this.has(UNTIL_TAIL, c)) c++;
      } else if (this.strip1[k] !== null && w.t[0] === AND && (between || a.sem.k === "month")) {
        c = k; // «وأفريل»: the conjunction is a clitic of the next phrase
      } else break;
      const b = this.core(c) ?? (a.sem.k === "month" ? this.monthLoose(c) : null);
      if (!b || !compatible(a.sem, b.sem)) break;
      last = b;
      k = b.b;
      if (!(a.sem.k === "month" && b.sem.k === "month" && b.sem.y === undefined && b.sem.dir === undefined)) break;
    }
    if (!last) return a;
    return { a: i, b: last.b, cut: a.cut, sem: { k: "range", a: a.sem, b: last.sem } };
  }

  /** A month name anywhere inside a range («بين شهري مارس وأفريل», «جانفي الى ديسمبر 2016»). */
  private monthLoose(i: number): Match | null {
    const m = this.month(i, true);
    return m ? { a: i, b: m.b, cut: m.cut, sem: m.sem } : null;
  }
}

function compatible(a: Sem, b: Sem): boolean {
  if (a.k === "year" && b.k === "year") return true;
  if (a.k === "month" && (b.k === "month")) return true;
  if (a.k === "day" && b.k === "day") return true;
  if (a.k === "decade" && (b.k === "decade" || b.k === "edge")) return true;
  if (a.k === "edge" && (b.k === "edge" || b.k === "decade")) return true;
  return false;
}

/**
 * All expressions of a document, leftmost-longest, without overlaps. A preposition right before one
 * («في أكتوبر», «خلال شهر جوان») joins its span, so that a span holds the phrase however it is quoted.
 */
export function recognize(W: Word[]): Match[] {
  const r = new Reader(W);
  const out: Match[] = [];
  let free = 0;
  for (let i = 0; i < W.length;) {
    const c = r.clock(i);
    if (c) {
      // a clock time right after a single day joins it: «السبت 11 مارس 2017 الساعة 18:00»
      const prev = out[out.length - 1];
      if (prev && prev.sem.k === "day" && !prev.sem.clock && r.linksToClock(prev.b, i)) {
        prev.b = c.b;
        prev.sem = { ...prev.sem, part: true, clock: c.clock };
      } else out.push({ a: i, b: c.b, cut: c.cut, sem: { k: "clock", clock: c.clock } });
      free = c.b;
      i = c.b;
      continue;
    }
    const m = r.at(i);
    if (m && m.b > i) {
      if (m.cut === 0 && m.a - 1 >= free) {
        const p = W[m.a - 1];
        const bare = SPAN_PREPOSITIONS.has(p.t) ? p.t : p.t.slice(1);
        if (!p.punct && SPAN_PREPOSITIONS.has(bare) && (bare === p.t || p.t[0] === "و" || p.t[0] === "ف") && !W[m.a].nl) {
          m.cut = bare.length < p.t.length ? 1 : 0;
          m.a -= 1;
        }
      }
      out.push(m);
      free = m.b;
      i = m.b;
    } else i++;
  }
  return out;
}
