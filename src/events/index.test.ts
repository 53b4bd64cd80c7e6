import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";
import { readEvents as readEventsWith, type EventsInput } from "./index.js";
import { loadEventsModel } from "./load.js";

const model = loadEventsModel();
const readEvents = (input: EventsInput) => readEventsWith(input, model);

const AZE = { text: "أذربيجان", country: "AZE", place: "Azerbaijan" };
const ARM = { text: "أرمينيا", country: "ARM", place: "Armenia" };

describe("readEvents: events from clauses", () => {
  it("reads a two-sided clash from a nominal «اشتباكات بين X و Y» with its day", () => {
    const inp = fixture("تجددت الاشتباكات بين قوات أذربيجان وقوات أرمينيا أمس الجمعة.", {
      actors: [{ text: "قوات أذربيجان", country: "AZE", sector: "MIL" }, { text: "قوات أرمينيا", country: "ARM", sector: "MIL" }],
      times: [{ text: "أمس الجمعة", value: "2020-10-09" }],
      published: "2020-10-10",
    });
    const { events } = readEvents(inp);
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe("ASSAULT");
    expect(events[0].actor.map((a) => a.country).sort()).toEqual(["ARM", "AZE"]);
    expect(events[0].recipient).toEqual([]);
    expect(events[0].when?.value).toBe("2020-10-09");
    expect(events[0].status).toBe("asserted");
  });

  it("folds a later definite mention of the same clashes into the first event", () => {
    const inp = fixture("اندلعت اشتباكات بين قوات أذربيجان وقوات أرمينيا. وأسفرت الاشتباكات عن مقتل 5 جنود.", {
      actors: [{ text: "قوات أذربيجان", country: "AZE", sector: "MIL" }, { text: "قوات أرمينيا", country: "ARM", sector: "MIL" }],
    });
    const { events, reports } = readEvents(inp);
    expect(events.filter((e) => e.type === "ASSAULT")).toHaveLength(1);
    expect(reports[0].dead).toEqual({ value: 5, qualifier: "exact" });
    expect(reports[0].among).toBe("combatants");
  });

  it("reads the victim of a passive «تعرضت X للقصف» through a relative clause", () => {
    const inp = fixture("وقالت وزارة الدفاع إن ستيباناكرت، التي يعتبرها الأرمن عاصمة، تعرضت للقصف منذ صباح الجمعة.", {
      actors: [{ text: "وزارة الدفاع", country: "AZE", sector: "MIL" }, { text: "ستيباناكرت", country: "AZE", place: "Stepanakert" }],
      times: [{ text: "صباح الجمعة", value: "2020-10-09" }],
    });
    const [e] = readEvents(inp).events;
    expect(e.type).toBe("ASSAULT");
    expect(e.recipient.map((a) => a.text)).toEqual(["ستيباناكرت"]);
    expect(e.where?.name_en).toBe("Stepanakert");
    expect(e.source?.text).toBe("وزارة الدفاع");
  });

  it("gives negated, future and hypothetical statuses", () => {
    const neg = readEvents(fixture("ولم يحضر وزير الخارجية محادثات جنيف.", { actors: [{ text: "وزير الخارجية", country: "ARM", sector: "GOV" }] })).events;
    expect(neg.map((e) => [e.type, e.status])).toEqual([["CONSULT", "negated"]]);
    const fut = readEvents(fixture("ومن المتوقع أن يجتمع الوزير مع مسؤولين روس يوم الاثنين.", {
      actors: [{ text: "الوزير", country: "ARM", sector: "GOV" }, { text: "مسؤولين روس", country: "RUS", sector: "GOV" }],
      times: [{ text: "يوم الاثنين", value: "2020-10-12" }], published: "2020-10-10",
    })).events;
    expect(fut.map((e) => [e.type, e.status])).toEqual([["CONSULT", "future"]]);
    const hyp = readEvents(fixture("وحذر التحالف من أن التكتل قد يتدخل إذا تعرضت أرمينيا لتهديد.", { actors: [ARM] })).events;
    expect(hyp.map((e) => e.type)).toEqual(["THREATEN"]);
  });

  it("takes the subject of an earlier clause for «كما تتهم X» and keeps the denial in the relative clause", () => {
    const inp = fixture("وتستبعد أرمينيا الانسحاب من المنطقة، كما تتهم تركيا بالتدخل عسكريا وهو ما تنفيه أنقرة.", {
      actors: [ARM, { text: "تركيا", country: "TUR", place: "Turkey" }, { text: "أنقرة", country: "TUR", sector: "GOV" }],
    });
    const evs = readEvents(inp).events.map((e) => [e.type, e.actor.map((a) => a.country).join(), e.recipient.map((a) => a.country).join()]);
    expect(evs).toEqual([["REJECT", "ARM", ""], ["ACCUSE", "ARM", "TUR"], ["REJECT", "TUR", ""]]);
  });

  it("splits consultations with two partners on two days into two events", () => {
    const inp = fixture("أجرى ماكرون مشاورات مع باشينيان مساء الخميس ومع علييف صباح الجمعة.", {
      actors: [{ text: "ماكرون", country: "FRA", sector: "GOV" }, { text: "باشينيان", country: "ARM", sector: "GOV" }, { text: "علييف", country: "AZE", sector: "GOV" }],
      times: [{ text: "مساء الخميس", value: "2020-10-08" }, { text: "صباح الجمعة", value: "2020-10-09" }],
    });
    const evs = readEvents(inp).events;
    expect(evs.map((e) => [e.when?.value, e.actor.map((a) => a.country).join()])).toEqual([["2020-10-08", "FRA,ARM"], ["2020-10-09", "FRA,AZE"]]);
  });

  it("does not read an attack or a penalty out of a football report", () => {
    const inp = fixture("وشن الفريق هجوما قويا في الشوط الثاني وحصل على ضربة جزاء سجل منها اللاعب الهدف الثاني في المباراة.");
    expect(readEvents(inp).events.filter((e) => e.type === "ASSAULT")).toEqual([]);
  });

  it("does not make events of intentions or of a call's object", () => {
    const inp = fixture("دعا الكرملين وزيري خارجية أذربيجان وأرمينيا إلى محادثات في محاولة لإنهاء القتال.", {
      actors: [{ text: "الكرملين", country: "RUS", sector: "GOV" }, AZE, ARM],
    });
    expect(readEvents(inp).events.map((e) => e.type)).toEqual(["REQUEST"]);
  });
});

describe("readEvents: casualty claims", () => {
  it("keeps each claimant's figures apart, with qualifiers, civilians vs combatants and the period", () => {
    const inp = fixture(
      "ولاقى ما يزيد على 400 شخص حتفهم في القتال. وقالت أذربيجان إن 31 مدنيا قتلوا فيما أصيب 154 منذ 27 سبتمبر. وأعلنت أرمينيا أن 376 من أفراد قواتها و22 مدنيا قتلوا.",
      { actors: [AZE, ARM], times: [{ text: "27 سبتمبر", value: "2020-09-27" }] },
    );
    const { reports, events } = readEvents(inp);
    const rows = reports.map((r) => [r.claimant?.country ?? null, r.dead?.value, r.dead?.qualifier, r.injured?.value ?? null, r.among, r.period.from]);
    expect(rows).toEqual([
      [null, 400, "more_than", null, null, null],
      ["AZE", 31, "exact", 154, "civilians", "2020-09-27"],
      ["ARM", 376, "exact", null, "combatants", null],
      ["ARM", 22, "exact", null, "civilians", null],
    ]);
    expect(reports[2].side?.country).toBe("ARM");
    // «31 مدنيا قتلوا» is a toll, not a new incident
    expect(events.filter((e) => e.trigger.text === "قتلوا")).toEqual([]);
  });

  it("reads number words and approximate thousands", () => {
    const { reports } = readEvents(fixture("وأسفرت الحرب عن مقتل نحو 30 ألف شخص وإصابة ثلاثة آلاف آخرين."));
    expect(reports[0].dead).toEqual({ value: 30000, qualifier: "about" });
    expect(reports[0].injured).toEqual({ value: 3000, qualifier: "exact" });
  });
});

describe("readEvents: relations", () => {
  it("reads ally and defense_pact between resolved entities", () => {
    const inp = fixture("وأثار القتال مخاوف من تورط تركيا الحليف الوثيق لأذربيجان، وروسيا التي لديها اتفاق دفاع مشترك مع أرمينيا.", {
      actors: [{ text: "تركيا", country: "TUR", place: "Turkey" }, { text: "أذربيجان", country: "AZE", place: "Azerbaijan" }, { text: "روسيا", country: "RUS", place: "Russia" }, ARM],
    });
    const { relations } = readEvents(inp);
    const names = new Map(inp.resolved.entities.map((e) => [e.id, e.name_en]));
    expect(relations.map((r) => [r.type, names.get(r.a), names.get(r.b)])).toEqual([
      ["ally", "Turkey", "Azerbaijan"],
      ["defense_pact", "Russia", "Armenia"],
    ]);
  });
});
