// Behaviours: a speaker's blaming complement is an accusation, «بيّن» reports like «قال», a counted set of
// states («الدول الثلاث») stands for the list named before it, «إذا تطلب الأمر» requests nothing.
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";
import { readEvents as readEventsWith, type EventsInput } from "./index.js";
import { loadEventsModel } from "./load.js";

const model = loadEventsModel();
const readEvents = (input: EventsInput) => readEventsWith(input, model);
const countries = (e: { actor: { country: string | null }[]; recipient: { country: string | null }[] }) =>
  [...e.actor, ...e.recipient].map((a) => a.country).filter(Boolean).sort();

describe("readEvents: evaluations and reporting", () => {
  it("codes a speaker who calls an act aggression as accusing its doer («واعتبرت الحركة أن ... هذا العدوان»)", () => {
    const { events } = readEvents(fixture("واعتبرت حركة الشعب أن إقدام الولايات المتحدة على هذا العدوان يخدم الاحتلال.", {
      actors: [{ text: "حركة الشعب", country: "TUN", sector: "PTY" }, { text: "الولايات المتحدة", country: "USA", place: "United States", precision: 3 }],
      published: "2017-04-08",
    }));
    const accuse = events.find((e) => e.type === "ACCUSE")!;
    expect(accuse).toBeDefined();
    expect(accuse.trigger.text).toBe("واعتبرت");
    expect(countries(accuse)).toEqual(["TUN", "USA"]);
  });

  it("does not code a denied blame or a plain opinion as an accusation", () => {
    const denied = readEvents(fixture("وأكد الوزير أن الاتفاق ليس انتهاكا للقانون الدولي.", {
      actors: [{ text: "الوزير", country: "TUN", sector: "GOV" }], published: "2017-04-08",
    }));
    expect(denied.events.filter((e) => e.type === "ACCUSE")).toEqual([]);
    const opinion = readEvents(fixture("واعتبر الوزير أن الموسم السياحي سيكون ناجحا.", {
      actors: [{ text: "الوزير", country: "TUN", sector: "GOV" }], published: "2017-04-08",
    }));
    expect(opinion.events.filter((e) => e.type === "ACCUSE")).toEqual([]);
  });

  it("reads a sentence-opening «وبين» followed by a party and its statement as the reporting verb «بيّن»", () => {
    const { events } = readEvents(fixture("وبين حزب التكتل، تضامنه المطلق مع الشعب السوري.", {
      actors: [{ text: "حزب التكتل", country: "TUN", sector: "PTY" }, { text: "السوري", country: "SYR" }], published: "2017-04-08",
    }));
    const support = events.find((e) => e.type === "SUPPORT")!;
    expect(support.source?.country).toBe("TUN");
    // «تضامنه» after the speaker's comma is the maṣdar «his solidarity», not the verb with a subject after it
    expect(support.actor.map((a) => a.country)).toEqual(["TUN"]);
    expect(support.recipient.map((a) => a.country)).toEqual(["SYR"]);
  });

  it("gives «الدول الثلاث» the three states listed before it", () => {
    const { events } = readEvents(fixture("اتفقت تونس والجزائر ومصر على إعداد قائمة. وقال المصدر إن وزراء خارجية الدول الثلاث المجتمعين يوم 5 جوان في الجزائر اتفقوا على آلية.", {
      places: [{ text: "تونس", country: "TUN", place: "Tunisia", precision: 3 }, { text: "الجزائر", country: "DZA", place: "Algeria", precision: 3 }, { text: "مصر", country: "EGY", place: "Egypt", precision: 3 }],
      times: [{ text: "يوم 5 جوان", value: "2017-06-05" }], published: "2017-06-09",
    }));
    const meeting = events.find((e) => e.type === "CONSULT")!;
    expect(countries(meeting)).toEqual(expect.arrayContaining(["DZA", "EGY", "TUN"]));
  });

  it("does not read «إذا تطلب الأمر» (if need be) as a request", () => {
    const { events } = readEvents(fixture("وقال الأسد إن دمشق ستحصل إذا تطلب الأمر على دعم عسكري من روسيا.", {
      actors: [{ text: "الأسد", country: "SYR", sector: "GOV" }, { text: "دمشق", country: "SYR", sector: "GOV" }, { text: "روسيا", country: "RUS", place: "Russia", precision: 3 }],
      published: "2017-03-20",
    }));
    expect(events.filter((e) => e.type === "REQUEST")).toEqual([]);
  });
});

describe("readEvents: who, and one incident once", () => {
  it("gives a person the nationality closing the title before the name, in later short mentions too", () => {
    const { events } = readEvents(fixture("وصل السيناتور الأمريكي جون ماكين إلى أنقرة. والتقى ماكين وزير الدفاع التركي.", {
      actors: [{ text: "الأمريكي", country: "USA" }, { text: "جون ماكين", country: null, type: "PER", name_en: "John McCain" },
        { text: "ماكين", country: null, type: "PER", name_en: "John McCain", nth: 1 }, { text: "وزير الدفاع التركي", country: "TUR", sector: "GOV" }],
      published: "2017-02-22",
    }));
    const meeting = events.find((e) => e.type === "CONSULT")!;
    expect(countries(meeting)).toEqual(["TUR", "USA"]);
  });

  it("gives «كما طالب» with no subject the doer of the act just told in the sentence", () => {
    const { events } = readEvents(fixture("وطالب وزير الأوقاف المؤسسات الدولية بمتابعة القرارات، كما طالب العالم العربي بمنع الاحتلال الإسرائيلي من التعرض للمسجد.", {
      actors: [{ text: "وزير الأوقاف", country: "PSE", sector: "GOV" }, { text: "الإسرائيلي", country: "ISR" }], published: "2017-02-26",
    }));
    const demands = events.filter((e) => e.type === "REQUEST");
    expect(demands.length).toBe(2);
    expect(demands[1].actor.map((a) => a.country)).toEqual(["PSE"]);
  });

  it("dates an undated arrest by its restatement a few sentences on, and codes it once", () => {
    const { events } = readEvents(fixture("قال المتحدث إن اعتقال كوريا الشمالية مواطنا أمريكيا آخر أمر مقلق. وأضاف أن بلاده تتابع القضية. وذكرت الوكالة الكورية أن المواطن كيم اعتقلته كوريا الشمالية يوم السبت.", {
      actors: [{ text: "كوريا الشمالية", country: "PRK", place: "North Korea", precision: 3 }, { text: "أمريكيا", country: "USA" }],
      times: [{ text: "يوم السبت", value: "2017-05-06" }], published: "2017-05-09",
    }));
    const arrests = events.filter((e) => e.type === "COERCE");
    expect(arrests.length).toBe(1);
    expect(arrests[0].when?.value).toBe("2017-05-06");
    expect(countries(arrests[0])).toEqual(["PRK", "USA"]);
  });

  it("makes who obtains aid its recipient and whom it comes from its giver («حصلت دمشق على دعم من روسيا»)", () => {
    const { events } = readEvents(fixture("وقال الأسد إن دمشق حصلت على دعم عسكري إضافي من روسيا.", {
      actors: [{ text: "الأسد", country: "SYR", sector: "GOV" }, { text: "دمشق", country: "SYR", sector: "GOV" }, { text: "روسيا", country: "RUS", place: "Russia", precision: 3 }],
      published: "2017-03-20",
    }));
    const aid = events.find((e) => e.type === "AID")!;
    expect(aid.actor.map((a) => a.country)).toEqual(["RUS"]);
    expect(aid.recipient.map((a) => a.country)).toEqual(["SYR"]);
  });
});

describe("readEvents: what is not a new incident", () => {
  it("does not code a present-tense act in a relative clause as an incident («الذين تعتقلهم بيونجيانج»)", () => {
    const { events } = readEvents(fixture("وبهذا يرتفع عدد الأمريكيين الذين تعتقلهم بيونجيانج إلى أربعة.", {
      actors: [{ text: "الأمريكيين", country: "USA" }, { text: "بيونجيانج", country: "PRK", sector: "GOV" }], published: "2017-05-09",
    }));
    expect(events.filter((e) => e.type === "COERCE")).toEqual([]);
  });

  it("does not code a relative's trip as a consultation («أن ابنه زار ليبيا»)", () => {
    const { events } = readEvents(fixture("وقال والد المشتبه به إن ابنه زار ليبيا قبل أسابيع.", {
      places: [{ text: "ليبيا", country: "LBY", place: "Libya", precision: 3 }], published: "2017-05-25",
    }));
    expect(events.filter((e) => e.type === "CONSULT")).toEqual([]);
  });

  it("makes the party a toll counts its dead from the target, and prefers a place the geocoder put in a country", () => {
    const { events } = readEvents(fixture("أكد مصدر عسكري عراقي مقتل 6 قياديين من تنظيم داعش في غارة جوية في مدينة الموصل.", {
      actors: [{ text: "مصدر عسكري عراقي", country: "IRQ", sector: "MIL" }, { text: "داعش", country: "IMG", sector: "REB" }],
      places: [{ text: "مدينة", country: null, place: "Madina", precision: 3 }, { text: "الموصل", country: "IRQ", place: "Mosul" }],
      published: "2017-03-19",
    }));
    const strike = events.find((e) => e.type === "ASSAULT")!;
    expect(strike.recipient.map((a) => a.country)).toContain("IMG");
    expect(strike.where?.country).toBe("IRQ");
  });

  it("reads «قرار» with the act it names as the decision told before («أن قرار قطع العلاقات يأتي ...»)", () => {
    const { events } = readEvents(fixture("أعلنت مصر قطع العلاقات الدبلوماسية مع قطر. وقالت الخارجية المصرية إن قرار قطع العلاقات يأتي بسبب دعم قطر للإرهاب في سيناء.", {
      actors: [{ text: "مصر", country: "EGY", place: "Egypt", precision: 3 }, { text: "قطر", country: "QAT", place: "Qatar", precision: 3 },
        { text: "الخارجية المصرية", country: "EGY", sector: "GOV" }],
      places: [{ text: "سيناء", country: "EGY", place: "Sinai", precision: 2 }],
      published: "2017-06-05",
    }));
    expect(events.filter((e) => e.type === "SANCTION").length).toBe(1);
  });

  it("does not code what «عندما» with a present verb says generally happens («فعندما يترتب ترحيل ... يرفض الأخير»)", () => {
    const { events } = readEvents(fixture("وأضاف الوزير أن المشكلة قائمة، فعندما يترتب ترحيل طالب لجوء من بلد في هذه المنطقة يرفض الأخير استعادته.", {
      actors: [{ text: "الوزير", country: "DEU", sector: "GOV" }], published: "2016-12-21",
    }));
    expect(events.filter((e) => e.type === "COERCE" || e.type === "REJECT")).toEqual([]);
  });

  it("takes the one words are attributed to as the source («نسبت الوكالة إلى الرئيس قوله إن ...»)", () => {
    const { events } = readEvents(fixture("نسبت وكالة الأنباء إلى الرئيس التونسي قوله إن بلاده تدين الهجوم على الكنيسة.", {
      actors: [{ text: "الرئيس التونسي", country: "TUN", sector: "GOV" }], published: "2017-04-10",
    }));
    const accuse = events.find((e) => e.type === "ACCUSE")!;
    expect(accuse.source?.country).toBe("TUN");
  });

  it("does not code «عدة هجمات» (several attacks, undated) as an incident, but keeps «عدة اجتماعات عقدتها»", () => {
    const summed = readEvents(fixture("شددت الشرطة البريطانية الإجراءات الأمنية بعد عدة هجمات إرهابية في لندن.", {
      actors: [{ text: "الشرطة البريطانية", country: "GBR", sector: "COP" }], places: [{ text: "لندن", country: "GBR", place: "London" }],
      published: "2017-06-04",
    }));
    expect(summed.events.filter((e) => e.type === "ASSAULT")).toEqual([]);
    const told = readEvents(fixture("واتخذت الحكومة البريطانية القرار إثر عدة اجتماعات عقدتها مؤخرا حول سلامة الطيران.", {
      actors: [{ text: "الحكومة البريطانية", country: "GBR", sector: "GOV" }], published: "2017-03-24",
    }));
    expect(told.events.filter((e) => e.type === "CONSULT").length).toBe(1);
  });
});
