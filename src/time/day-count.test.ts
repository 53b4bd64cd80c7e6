// «اليوم» is today only when it names the publication day: «لليوم الثامن على التوالي» counts days,
// «اليوم العالمي لـ…» names a day, «"المصري اليوم"» is a newspaper, «على مدار اليوم» is any day.
import { describe, expect, it } from "vitest";
import { prepare } from "../prep/index.js";
import { readTimes } from "./index.js";

const spans = (text: string): [string, string | null][] =>
  readTimes(prepare(text), "2020-10-10").map((t) => [t.span.text, t.value]);

describe("ordinal day counts are not dates", () => {
  it.each([
    "تظاهر المحتجون لليوم الثامن على التوالي في العاصمة.",
    "تتواصل المعارك لليوم العاشر في ريف إدلب.",
    "يواصل الأساتذة إضرابهم لليوم التاسع.",
    "لليوم العشرين على التوالي يعتصم العمال أمام مقر الولاية.",
    "يتواصل انقطاع المياه لليوم الـ15 على التوالي.",
    "خرج السكان إلى الشوارع لليوم 12 على التوالي.",
    "ارتفعت الأسعار للشهر الرابع على التوالي.",
    "تتواصل الاحتجاجات للأسبوع الثامن على التوالي.",
    "تراجع النمو للعام الحادي عشر على التوالي.",
    "وفي يومه الثالث، شهد المهرجان عروضا متنوعة.",
    "قتل خمسة أشخاص خلال اليوم الأول من الهجوم.",
  ])("%s has no time", (s) => expect(spans(s)).toEqual([]));
});

describe("«اليوم الأول من …» is a calendar date only with a calendar anchor", () => {
  it("the first day of an event has no date", () =>
    expect(spans("قتل خمسة أشخاص في اليوم الأول من الهجوم.")).toEqual([]));
  it("the first day of a month is that date", () =>
    expect(spans("تنطلق الحملة في اليوم الأول من مارس.")).toEqual([["الأول من مارس", "2020-03-01"]]));
});

describe("named days are not today", () => {
  it.each([
    "يحتفل العالم باليوم العالمي للمرأة.",
    "أحيا الفلسطينيون ذكرى يوم الأرض.",
    "بمناسبة اليوم الوطني للباس التقليدي.",
    "وجاء اليوم الموعود بعد سنوات من الانتظار.",
  ])("%s has no time", (s) => expect(spans(s)).toEqual([]));
});

describe("«اليوم» inside a name or a span of a day", () => {
  it("a quoted newspaper or channel", () => {
    expect(spans('حسب ما أورده موقع "المصري اليوم".')).toEqual([]);
    expect(spans("نقلت قناة «روسيا اليوم» الخبر.")).toEqual([]);
  });
  it("throughout a day", () => {
    expect(spans("يحتاج الجسم الماء على مدار اليوم.")).toEqual([]);
    expect(spans("تبقى نسبة السكر مستقرة طيلة اليوم.")).toEqual([]);
  });
});

describe("«اليوم» as today keeps working", () => {
  it.each([
    ["قال الوزير اليوم الجمعة إن الحكومة ستستقيل.", [["اليوم الجمعة", "2020-10-10"]]],
    ["وصل الرئيس صباح اليوم إلى تونس.", [["صباح اليوم", "2020-10-10"]]],
    ["أعلنت الوزارة اليوم عن إجراءات جديدة.", [["اليوم", "2020-10-10"]]],
    ["قال \"الحياة\" اليوم إن التقرير جاهز.", [["اليوم", "2020-10-10"]]],
    ["دعت في بلاغ أصدرته اليوم الهيئة المديرة للمهرجان.", [["اليوم", "2020-10-10"]]],
    ["تنتهي المهلة لليوم الثامن من نوفمبر.", [["الثامن من نوفمبر", "2020-11-08"]]],
  ] as [string, [string, string][]][])("%s", (s, want) => expect(spans(s)).toEqual(want));
});

describe("«اليوم إلى»: «إلى» (normalized «الي») is not an adjective after «اليوم»", () => {
  it("reads today before «إلى»", () => {
    expect(spans("وصل الرئيس صباح اليوم إلى تونس.")).toEqual([["صباح اليوم", "2020-10-10"]]);
    expect(spans("توجه الوفد اليوم إلى القاهرة.")).toEqual([["اليوم", "2020-10-10"]]);
  });
});
