// Behaviours added for recall and precision on news prose: nationality apposition, time-only clauses,
// incidents told by a relative clause, the reporter as a complement's subject, purposes and negated nouns.
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";
import { readEvents as readEventsWith, type EventsInput } from "./index.js";
import { loadEventsModel } from "./load.js";

const model = loadEventsModel();
const readEvents = (input: EventsInput) => readEventsWith(input, model);
const countries = (e: { actor: { country: string | null }[]; recipient: { country: string | null }[] }) =>
  [...e.actor, ...e.recipient].map((a) => a.country).filter(Boolean).sort();

describe("readEvents: participants", () => {
  it("gives a person the nationality written next to the name («السيناتور الأمريكي جون ماكين زار سوريا»)", () => {
    const { events } = readEvents(fixture("قالت الصحيفة إن السيناتور الأمريكي جون ماكين زار سوريا الأسبوع الماضي.", {
      actors: [{ text: "الأمريكي", country: "USA" }, { text: "جون ماكين", country: null, type: "PER" }, { text: "سوريا", country: "SYR", place: "Syria" }],
      published: "2017-02-22",
    }));
    const visit = events.find((e) => e.type === "CONSULT")!;
    expect(countries(visit)).toEqual(["SYR", "USA"]);
    expect(visit.where?.country).toBe("SYR");
  });

  it("reads the object after a clause that is only a date («اتهم مسؤول ألماني، اليوم الأربعاء، تونس»)", () => {
    const { events } = readEvents(fixture("اتهم مسؤول ألماني، اليوم الأربعاء، تونس بتأخير ترحيل المشتبه به.", {
      actors: [{ text: "مسؤول ألماني", country: "DEU", sector: "GOV" }, { text: "تونس", country: "TUN", place: "Tunisia" }],
      times: [{ text: "اليوم الأربعاء", value: "2016-12-21" }], published: "2016-12-21",
    }));
    const accuse = events.find((e) => e.type === "ACCUSE")!;
    expect(countries(accuse)).toEqual(["DEU", "TUN"]);
  });

  it("makes the reporter the subject of «أنها دعت» and the named envoy the one invited", () => {
    const { events } = readEvents(fixture("ذكرت وزارة الخارجية التونسية أنها دعت اليوم سفيرة المملكة المتحدة إلى مقر الوزارة.", {
      actors: [{ text: "وزارة الخارجية التونسية", country: "TUN", sector: "GOV" }, { text: "سفيرة المملكة المتحدة", country: "GBR", sector: "GOV" }],
      times: [{ text: "اليوم", value: "2017-03-24" }], published: "2017-03-24",
    }));
    const req = events.find((e) => e.type === "REQUEST")!;
    expect(req.actor.map((a) => a.country)).toEqual(["TUN"]);
    expect(req.recipient.map((a) => a.country)).toEqual(["GBR"]);
  });
});

describe("readEvents: incidents", () => {
  it("keeps an attack that a relative clause tells, with its day, inside an accusation", () => {
    const { events } = readEvents(fixture("اتهمت وزارة الداخلية المصرية الجماعة بتمويل منفذي التفجير الانتحاري الذي استهدف الأحد كنيسة في القاهرة.", {
      actors: [{ text: "وزارة الداخلية المصرية", country: "EGY", sector: "GOV" }],
      places: [{ text: "القاهرة", country: "EGY", place: "Cairo" }],
      times: [{ text: "الأحد", value: "2016-12-11" }], published: "2016-12-12",
    }));
    const attack = events.find((e) => e.type === "ASSAULT")!;
    expect(attack).toBeDefined();
    expect(attack.when?.value).toBe("2016-12-11");
    expect(attack.where?.country).toBe("EGY");
  });

  it("does not report an incident that only names its doer («والد منفذ هجوم مانشستر»)", () => {
    const { events } = readEvents(fixture("ألقت أجهزة أمنية ليبية القبض على والد منفذ هجوم مانشستر أمس.", {
      actors: [{ text: "ليبية", country: "LBY" }], places: [{ text: "مانشستر", country: "GBR", place: "Manchester" }],
      times: [{ text: "أمس", value: "2017-05-24" }], published: "2017-05-25",
    }));
    expect(events.map((e) => e.type)).toEqual(["COERCE"]);
    // an arrest happens in the arresting state's country
    expect(events[0].where?.country).toBe("LBY");
  });

  it("reads a strike beside the protests as a second event", () => {
    const { events } = readEvents(fixture("تتواصل الاحتجاجات في الحسيمة المغربية مع تنفيذ إضراب عام لمدة 3 أيام.", {
      places: [{ text: "الحسيمة", country: "MAR", place: "Al Hoceima" }], published: "2017-06-03",
    }));
    expect(events.filter((e) => e.type === "PROTEST").map((e) => e.mode)).toEqual(["demo", "strike"]);
  });

  it("reads no refusal in a purpose masdar («إضراباً عن الطعام ... رفضاً للعزل»)", () => {
    const { events } = readEvents(fixture("يبدأ الأسرى الفلسطينيون غداً إضراباً عن الطعام داخل المعتقلات رفضاً للعزل الانفرادي.", {
      actors: [{ text: "الفلسطينيون", country: "PSE" }], times: [{ text: "غداً", value: "2017-04-17" }], published: "2017-04-16",
    }));
    expect(events.map((e) => e.type)).toEqual(["PROTEST"]);
    expect(events[0].actor.map((a) => a.country)).toEqual(["PSE"]);
    expect(events[0].status).toBe("future");
  });

  it("reads no event in a negated noun («دون موافقة الحكومة»)", () => {
    const { events } = readEvents(fixture("قال الرئيس إن أي عمل عسكري في البلاد دون موافقة الحكومة غير شرعي.", {
      actors: [{ text: "الحكومة", country: "SYR", sector: "GOV" }], published: "2017-03-19",
    }));
    expect(events.filter((e) => e.type === "AGREE")).toEqual([]);
  });

  it("codes a repeated lede once", () => {
    const s = "وجهت وزارة الداخلية المصرية أصابع الاتهام إلى الجماعة بالوقوف خلف تمويل الهجوم.";
    const { events } = readEvents(fixture(`${s}\nو${s}`, { actors: [{ text: "وزارة الداخلية المصرية", country: "EGY", sector: "GOV" }], published: "2016-12-12" }));
    expect(events.filter((e) => e.type === "ACCUSE")).toHaveLength(1);
  });
});
