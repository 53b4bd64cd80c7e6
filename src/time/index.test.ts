import { describe, expect, it } from "vitest";
import { prepare } from "../prep/index.js";
import { readTimes } from "./index.js";

function read(text: string, published: string | null = "2020-10-10") {
  const doc = prepare(text);
  return { doc, times: readTimes(doc, published) };
}
/** The mention whose span contains `phrase`, as [text, value, precision]. */
function at(text: string, phrase: string, published: string | null = "2020-10-10"): [string, string | null, string | null] | null {
  const t = read(text, published).times.find((m) => m.span.text.includes(phrase));
  return t ? [t.span.text, t.value, t.precision] : null;
}
const value = (text: string, phrase: string, published?: string | null): string | null | undefined =>
  at(text, phrase, published)?.[1];

describe("readTimes: the seed article's times (published Saturday 2020-10-10)", () => {
  const seed =
    "تجددت الاشتباكات بين قوات أذربيجان وقوات من أصل أرميني أمس «الجمعة» قبل محادثات. " +
    "وقالت وزارة الدفاع إن اشتباكات عنيفة اندلعت ليل الخميس على طول خط التماس. " +
    "ووافق الوزير على المشاركة في محادثات مع القوى الثلاث الخميس في جنيف لكن من المتوقع أن يجتمع مع مسؤولين روس في موسكو يوم الاثنين. " +
    "وأضاف أن ماكرون أجرى مشاورات في ساعة متأخرة من مساء الخميس ومع علييف في وقت مبكر الجمعة. " +
    "تعرضت للقصف منذ صباح الجمعة. وانتهك وقف إطلاق النار منذ نهاية الحرب التي اندلعت بين 1991 و1994. " +
    "وقالت أذربيجان الخميس إن 31 مدنيا قتلوا منذ 27 سبتمبر في أسوأ قتال منذ أكثر من 25 عاما.";
  it("reads yesterday with its quoted weekday", () => expect(at(seed, "أمس")).toEqual(["أمس «الجمعة", "2020-10-09", "day"]));
  it("reads the night of Thursday as a part of that day", () => expect(at(seed, "ليل")).toEqual(["ليل الخميس", "2020-10-08", "part_of_day"]));
  it("resolves a weekday in a past clause to the latest one", () => expect(value(seed, "الخميس في", undefined) ?? value(seed, "الخميس")).toBe("2020-10-08"));
  it("resolves a weekday in a future clause to the next one", () => expect(at(seed, "الاثنين")).toEqual(["يوم الاثنين", "2020-10-12", "day"]));
  it("reads late and early hedges", () => {
    expect(at(seed, "متأخرة")).toEqual(["في ساعة متأخرة من مساء الخميس", "2020-10-08", "part_of_day"]);
    expect(at(seed, "مبكر")).toEqual(["في وقت مبكر الجمعة", "2020-10-09", "part_of_day"]);
  });
  it("reads «منذ» + a date as an interval up to publication, not as «ago»", () => {
    expect(at(seed, "27 سبتمبر")).toEqual(["منذ 27 سبتمبر", "2020-09-27/2020-10-10", "interval"]);
    expect(value(seed, "صباح الجمعة")).toBe("2020-10-09/2020-10-10");
  });
  it("reads «منذ» + a duration as an approximate point back from publication", () => {
    expect(at(seed, "25 عاما")).toEqual(["منذ أكثر من 25 عاما", "1995", "approximate"]);
  });
  it("reads a range of years", () => expect(at(seed, "1994")).toEqual(["بين 1991 و1994", "1991/1994", "interval"]));
});

describe("readTimes: absolute dates in every month system", () => {
  it.each([
    ["وقعت الحادثة في 27 سبتمبر 2020", "2020-09-27"],
    ["وقعت الحادثة في 27 أيلول 2020", "2020-09-27"],
    ["وقعت الحادثة في ٢٧ سبتمبر ٢٠٢٠", "2020-09-27"],
    ["وقعت الحادثة في 27/9/2020", "2020-09-27"],
    ["وقعت الحادثة في 2020-09-27", "2020-09-27"],
    ["وقعت في 4 يوليو (تموز) 2019", "2019-07-04"],
    ["استضاف البرنامج الأربعاء 18 جانفي 2017 أبطال الفيلم", "2017-01-18"],
    ["تم في 3 فيفري 2016 العثور على جثة", "2016-02-03"],
    ["انعقد يوم 5 أفريل 2016 بقرطاج", "2016-04-05"],
    ["صدر في 11 ماي 2016 قرار", "2016-05-11"],
    ["يوم 25 جوان 2017 عيد الفطر", "2017-06-25"],
    ["وقعت في 20 جويلية 2015 حادثة", "2015-07-20"],
    ["صدر بتاريخ 3 أوت 2016 الأمر", "2016-08-03"],
    ["خطاب 30 يوليوز 2019 بمناسبة عيد العرش", "2019-07-30"],
    ["ذكرى 20 غشت 1953 ثورة الملك والشعب", "1953-08-20"],
    ["انعقد في 15 كانون الأول 2019 اجتماع", "2019-12-15"],
    ["اختار يوم العاشر من ديسمبر 2016 تمديد الحالة", "2016-12-10"],
    ["يزور الوزير تونس يوم غرة جوان 2017", "2017-06-01"],
  ])("%s", (text, want) => {
    const got = read(text, "2020-10-10").times;
    expect(got.map((t) => t.value)).toContain(want);
    expect(got.find((t) => t.value === want)?.anchor).toBe("absolute");
  });

  it("gives a day and month without a year the year nearest publication, preferring the past", () => {
    expect(value("قالت أذربيجان إن 31 مدنيا قتلوا في 27 سبتمبر", "27")).toBe("2020-09-27");
    expect(value("وقعت الحادثة يوم 20 ديسمبر", "20", "2021-01-05")).toBe("2020-12-20");
    expect(value("تنطلق الدورة يوم 5 جانفي", "5", "2020-12-28")).toBe("2021-01-05");
  });

  it("takes a missing year from a full date earlier in the same sentence, not from publication", () => {
    const text = "تعرضت المدينة إلى هجوم يوم 7 مارس 2016 وتواصلت الاشتباكات إلى يوم 9 مارس. وتنطلق الاحتفالات يوم 9 مارس";
    const got = read(text, "2017-03-02").times.filter((t) => t.span.text.includes("9 مارس")).map((t) => t.value);
    expect(got).toEqual(["2016-03-09", "2017-03-09"]);
  });

  it("checks a year against its weekday: «الثلاثاء 10 جانفي 2016» written in January 2017 is 2017-01-10", () => {
    expect(value("نقلت المسنّة يوم الثلاثاء 10 جانفي 2016 إلى مركز الرعاية", "جانفي", "2017-01-12")).toBe("2017-01-10");
  });

  it("reads years with era marks and year nouns", () => {
    expect(at("ولد عام 1930 في لودفيجسهافن", "1930")).toEqual(["عام 1930", "1930", "year"]);
    expect(at("قامت الثورة سنة 1979م", "1979")).toEqual(["سنة 1979م", "1979", "year"]);
    expect(at("في الفترة الممتدة من 1959 إلى 1976", "1959")).toEqual(["من 1959 إلى 1976", "1959/1976", "interval"]);
    expect(at("للموسم الرياضي 2016-2017 وفق البرنامج", "2016")).toEqual(["2016-2017", "2016/2017", "interval"]);
  });

  it("converts Hijri dates with Intl's Umm al-Qura calendar", () => {
    expect(at("صدر المرسوم عام 1436هـ", "1436")).toEqual([expect.stringMatching(/^عام 1436ه/), "2014-10-25/2015-10-13", "year"]);
    expect(value("بداية شهر رمضان لسنة 1436 هجري", "رمضان")).toBe("2015-06-18/2015-07-16");
    expect(value("يوافق عيد الفطر 1 شوال 1436 هـ", "شوال")).toBe("2015-07-17");
    expect(value("تبدأ العطلة يوم 15 شوال", "شوال", "2015-07-01")).toBe("2015-07-31");
    expect(value("أعلنت المراصد أن شهر رمضان 2017 من المتوقع أن يكون 29 يوما", "رمضان")).toBe("2017-05-27/2017-06-24");
  });
});

describe("readTimes: days relative to publication (Saturday 2020-10-10)", () => {
  it.each([
    ["قال الوزير اليوم إن", "اليوم", "2020-10-10"],
    ["قال الوزير أمس إن", "أمس", "2020-10-09"],
    ["وقال بالأمس إن", "الأمس", "2020-10-09"],
    ["سيزور الوزير غدا تونس", "غدا", "2020-10-11"],
    ["وصل الوفد أمس الأول إلى", "أمس الأول", "2020-10-08"],
    ["وصل الوفد أول أمس إلى", "أول أمس", "2020-10-08"],
    ["يصل الوفد بعد غد إلى", "بعد غد", "2020-10-12"],
    ["أعلنت الوزارة اليوم الاثنين 14 نوفمبر 2016 أن", "اليوم الاثنين", "2016-11-14"],
  ])("%s", (text, phrase, want) => expect(value(text, phrase)).toBe(want));

  it("reads periods before and after publication", () => {
    expect(at("انتشلت السفن الأسبوع الماضي ألف مهاجر", "الأسبوع")).toEqual(["الأسبوع الماضي", "2020-09-28/2020-10-04", "week"]);
    expect(at("وارتفع العدد خلال الأسبوع الماضي", "الأسبوع")?.[1]).toBe("2020-09-28/2020-10-04");
    expect(at("تنطلق الحملة الشهر المقبل", "الشهر")).toEqual(["الشهر المقبل", "2020-11", "month"]);
    expect(at("سجلت تراجعا السنة الماضية", "السنة")).toEqual(["السنة الماضية", "2019", "year"]);
    expect(at("منذ بداية العام الجاري", "العام")?.[1]).toBe("2020/2020-10-10");
    expect(at("قتل 1792 شخصا خلال شهر أكتوبر", "أكتوبر")).toEqual(["خلال شهر أكتوبر", "2020-10", "month"]);
    expect(value("لقوا مصرعهم في سبتمبر الماضي", "سبتمبر")).toBe("2020-09");
    expect(value("ارتفعت المداخيل خلال النصف الأول من العام", "النصف")).toBe("2020-01/2020-06");
  });

  it("reads «قبل» and «بعد» with a count from publication, not from another event", () => {
    expect(at("يعود التسجيل لعام 2005 أي قبل أحد عشر عاما", "قبل")).toEqual(["قبل أحد عشر عاما", "2009", "approximate"]);
    expect(read("تم إنقاذها بعد يوم من نقلها").times).toEqual([]);
  });
});

describe("readTimes: weekdays", () => {
  // published Wednesday 2016-12-14
  const pub = "2016-12-14";
  it("«يوم الخميس» in a future clause is the next Thursday", () => {
    expect(value("وسينظر مجلس الشيوخ هذا الإجراء يوم الخميس", "الخميس", pub)).toBe("2016-12-15");
  });
  it("«الخميس» in a past or unmarked clause is the latest Thursday", () => {
    expect(value("وقالت الوزارة الخميس إن", "الخميس", pub)).toBe("2016-12-08");
  });
  it("«السبت الماضي» and «الاثنين القادم» point strictly back and forward", () => {
    expect(value("أطلق النار السبت الماضي على مهرب", "السبت", pub)).toBe("2016-12-10");
    expect(value("تستأنف التمارين يوم الإثنين القادم", "الإثنين", pub)).toBe("2016-12-19");
    expect(value("اجتمع الأربعاء الماضي", "الأربعاء", pub)).toBe("2016-12-07");
  });
  it("trusts the weekday when «أمس» disagrees with it (copy written the day before)", () => {
    expect(value("ألقت السلطات القبض على رجلين أمس الثلاثاء في جنوب فرنسا", "الثلاثاء", "2016-09-08")).toBe("2016-09-06");
  });
  it("reads day ranges", () => {
    expect(value("تعقد جلسة يومي الجمعة 16 والسبت 17 من الشهر الجاري", "الجمعة", pub)).toBe("2016-12-16/2016-12-17");
    expect(value("الإضراب المزمع تنفيذه يومي 7 و8 نوفمبر", "7", "2016-11-05")).toBe("2016-11-07/2016-11-08");
    expect(value("تخوض الأندية يومي السبت و الأحد القادمين مباريات", "السبت", "2017-03-15")).toBe("2017-03-18/2017-03-19");
  });
});

describe("readTimes: clock times", () => {
  it("joins a clock time to the day before it", () => {
    expect(at("دوري أبطال إفريقيا : السبت 11 مارس 2017 الساعة 18:00 بملعب رادس", "السبت", "2017-02-23"))
      .toEqual(["السبت 11 مارس 2017 الساعة 18:00", "2017-03-11T18:00", "part_of_day"]);
    expect(value("جلسة عمل يوم الأربعاء 9 نوفمبر 2016 على الساعة العاشرة صباحا بمقر الوزارة", "الأربعاء", "2016-11-05")).toBe("2016-11-09T10:00");
  });
  it("puts a lone clock time on the day last named in its sentence, else on publication", () => {
    expect(value("الأحد 19 مارس 2017 الساعة 16:00 تاندا – النجم (الذهاب 0-3) الساعة 18:30 حوريا", "18:30", "2017-03-15")).toBe("2017-03-19T18:30");
    expect(value("استقبل المستشفى إلى حدود العاشرة صباحا 25 جريحا", "العاشرة", "2017-06-10")).toBe("2017-06-10T10:00");
    expect(value("تنطلق المباراة الساعة الثانية و النصف بعد الظهر", "الثانية", "2017-03-02")).toBe("2017-03-02T14:30");
  });
});

describe("readTimes: years in lists and seasons", () => {
  it("reads «بين سنتي 2010 و 2015» as a range and «2015 / 2016» as a season", () => {
    expect(value("انخفاض نسبة الفقر بين سنتي 2010 و 2015", "2010")).toBe("2010/2015");
    expect(value("مقارنة بالموسم الفارط 2015 / 2016", "2015")).toBe("2015/2016");
  });
  it("keeps counts out: «أكثر من 2000 فعالية», «نحو 1950 شخصا»", () => {
    expect(read("تنظيم أكثر من 2000 فعالية ونحو 1950 شخصا").times).toEqual([]);
  });
});

describe("readTimes: what is not a time", () => {
  it.each([
    "قال الأمين العام الحالي للمنظمة إن",
    "ويهدف اليوم الدولي للتضامن إلى",
    "لامس معدله 60 بالمائة",
    "بلغت القيمة 2000 دينار",
    "أدى المصلون صلاة الجمعة",
    "اتفاق بين الاثنين على الحل",
    "يتواصل النزاع منذ سنوات",
    "مارس الرياضة بانتظام",
    "ففي ذلك اليوم من عام النكبة",
    "نشرت صحيفة اليوم تقريرا",
    "عدد المتبرعين في اليوم تجاوز 128",
  ])("%s", (text) => expect(read(text).times).toEqual([]));
});

describe("readTimes: anchoring", () => {
  it("never reads the clock: without a publication date relative values are null with anchor none", () => {
    const { times } = read("قال الوزير أمس إن الاجتماع سيعقد يوم 5 جانفي 2017", null);
    expect(times.map((t) => [t.span.text, t.value, t.anchor])).toEqual([
      ["أمس", null, "none"],
      ["يوم 5 جانفي 2017", "2017-01-05", "absolute"],
    ]);
  });
  it("anchors on the date of an ISO date-time", () => {
    expect(value("قال الوزير أمس", "أمس", "2017-01-20T21:43:00+01:00")).toBe("2017-01-19");
  });
  it("gives spans that are exact slices of the text, and the tokens they cover", () => {
    const { doc, times } = read("وقال الوزير، الخميس، إن الاجتماع سيعقد في 27 أيلول.");
    for (const t of times) {
      expect(doc.text.slice(t.span.start, t.span.end)).toBe(t.span.text);
      const first = doc.tokens[t.tokenStart], last = doc.tokens[t.tokenEnd - 1];
      expect(first.start).toBeLessThanOrEqual(t.span.start);
      expect(last.end).toBeGreaterThanOrEqual(t.span.end);
    }
    expect(times.map((t) => t.span.text)).toEqual(["الخميس", "في 27 أيلول"]);
  });
  it("takes a preposition «في/خلال» into the span, so that «في أكتوبر» and «أكتوبر» both lie inside it", () => {
    expect(read("وصلت الحكومة إلى العاصمة في مارس ثم طردت من الفندق وفي أكتوبر").times.map((t) => t.span.text)).toEqual(["في مارس", "في أكتوبر"]);
  });
  it("reads fused and clipped forms: «شهرماي», «ليلة لخميس»", () => {
    expect(value("أشارت إلى أن شهرماي الماضي سجل", "ماي", "2017-06-19")).toBe("2017-05");
    expect(value("احتدمت الاشتباكات طوال ليلة لخميس", "خميس", "2016-12-02")).toBe("2016-12-01");
  });
  it("keeps clitics out of the span: «والخميس», «و1994»", () => {
    expect(read("بين 1991 و1994 والخميس الماضي").times.map((t) => t.span.text)).toEqual(["بين 1991 و1994", "الخميس الماضي"]);
  });
});
