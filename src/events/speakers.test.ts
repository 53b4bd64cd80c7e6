// Who does a speech act or an incident when the clause does not name them: the speaker of a first-person verb,
// the reporter of «إنهم ...», the owner of a possessive maṣdar («رفضها»), the main clause of a participle
// («داعيا»), the parties a relative clause's pronoun stands for («الاجتماع الذي جمعهما»), a person's state
// given once in apposition, and the state whose ground a one-sided attack hit.
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";
import { readEvents as readEventsWith, type EventsInput } from "./index.js";
import { loadEventsModel } from "./load.js";

const model = loadEventsModel();
const readEvents = (input: EventsInput) => readEventsWith(input, model);
const countries = (list: { country: string | null }[]) => list.map((a) => a.country).filter(Boolean).sort();

describe("readEvents: implicit doers", () => {
  it("makes the speaker the doer of a first-person verb in a quote («نؤيد المبادرات الروسية»)", () => {
    const { events } = readEvents(fixture("وقال المندوب السوري: نحن نؤيد المبادرات الروسية.", {
      actors: [{ text: "المندوب السوري", country: "SYR", sector: "GOV" }, { text: "الروسية", country: "RUS" }],
    }));
    const support = events.find((e) => e.type === "SUPPORT")!;
    expect(countries(support.actor)).toEqual(["SYR"]);
    expect(countries(support.recipient)).toEqual(["RUS"]);
  });

  it("makes the reporter the doer in a complement whose subject is a pronoun («قالوا إنهم أطلقوا صاروخا على السعودية»)", () => {
    const { events } = readEvents(fixture("وقالت جماعة الحوثي إنهم أطلقوا صاروخا على السعودية.", {
      actors: [{ text: "جماعة الحوثي", country: "YEM", sector: "REB" }, { text: "السعودية", country: "SAU", place: "Saudi Arabia" }],
    }));
    const attack = events.find((e) => e.type === "ASSAULT")!;
    expect(countries(attack.actor)).toEqual(["YEM"]);
    expect(countries(attack.recipient)).toEqual(["SAU"]);
  });

  it("gives a possessive maṣdar the clause's subject as its doer («السلطة أبلغت إسرائيل رفضها» is not Israel refusing)", () => {
    const { events } = readEvents(fixture("وأكدت الحكومة العراقية أن الوزير جدد رفضه للتدخل التركي.", {
      actors: [{ text: "الحكومة العراقية", country: "IRQ", sector: "GOV" }, { text: "التركي", country: "TUR" }],
    }));
    const reject = events.find((e) => e.type === "REJECT");
    expect(reject).toBeDefined();
    expect(countries(reject!.actor)).toEqual(["IRQ"]);
    expect(countries(reject!.recipient)).toEqual(["TUR"]);
  });

  it("gives a circumstantial participle the doer of the act before it and the group after it as object («داعيا الكيان إلى»)", () => {
    const { events } = readEvents(fixture("هدد الأمين العام لحزب الله إسرائيل، داعيا إسرائيل إلى تفكيك المفاعل.", {
      actors: [{ text: "الأمين العام لحزب الله", country: "LBN", sector: "PTY" }, { text: "إسرائيل", country: "ISR", place: "Israel" }],
    }));
    const call = events.find((e) => e.type === "REQUEST")!;
    expect(countries(call.actor)).toEqual(["LBN"]);
    expect(countries(call.recipient)).toEqual(["ISR"]);
  });

  it("reads a feminine participle written with taa marbuta («داعية الدولة إلى»)", () => {
    const { events } = readEvents(fixture("وعبرت الأحزاب عن دعمها للشعب السوري، داعية الدولة التونسية إلى إصدار موقف.", {
      actors: [{ text: "الأحزاب", country: "TUN", sector: "PTY" }, { text: "الشعب السوري", country: "SYR", sector: "CVL" }, { text: "الدولة التونسية", country: "TUN", sector: "GOV" }],
    }));
    expect(events.map((e) => e.type)).toContain("REQUEST");
    expect(events.map((e) => e.type)).toContain("SUPPORT");
  });

  it("reads the parties of «الاجتماع الذي جمعهما» from the pair named in the sentence before", () => {
    const { events } = readEvents(fixture("أصدر السراج وحفتر بيانا مشتركا. وجاء في البيان أن الاجتماع الذي جمعهما تناول الوضع الراهن.", {
      actors: [{ text: "السراج", country: "LBY", sector: "GOV", type: "PER" }, { text: "حفتر", country: "LBY", sector: "MIL", type: "PER" }],
    }));
    const meeting = events.find((e) => e.type === "CONSULT")!;
    expect(meeting.actor.map((a) => a.text).sort()).toEqual(["السراج", "حفتر"]);
  });
});

describe("readEvents: participants from the article", () => {
  it("carries a person's state from an apposed office to a later short mention («نصر الله»)", () => {
    const { events } = readEvents(fixture("تحدث الأمين العام لحزب الله، حسن نصر الله، أمس. وهدد نصر الله إسرائيل بضرب المفاعل.", {
      actors: [
        { text: "الأمين العام لحزب الله", country: "LBN", sector: "PTY" },
        { text: "حسن نصر الله", country: null, type: "PER", name_en: "Hassan Nasrallah" },
        { text: "نصر الله", country: null, type: "PER", name_en: "Nasrallah", nth: 1 },
        { text: "إسرائيل", country: "ISR", place: "Israel" },
      ],
    }));
    const threat = events.find((e) => e.type === "THREATEN")!;
    expect(countries(threat.actor)).toEqual(["LBN"]);
  });

  it("makes the state whose ground was hit the target of a one-sided attack with no target named", () => {
    const { events } = readEvents(fixture("شن تنظيم داعش اليوم الأحد 3 هجمات انتحارية في سرت.", {
      actors: [{ text: "تنظيم داعش", country: "IMG", sector: "REB" }],
      places: [{ text: "سرت", country: "LBY", place: "Sirte" }],
      times: [{ text: "اليوم الأحد", value: "2016-06-12" }], published: "2016-06-12",
    }));
    const attack = events.find((e) => e.type === "ASSAULT")!;
    expect(countries(attack.actor)).toEqual(["IMG"]);
    expect(countries(attack.recipient)).toEqual(["LBY"]);
  });

  it("does not read a hospital receiving the wounded or an interview with a news agency as a consultation", () => {
    const hosp = readEvents(fixture("وأفاد مدير المستشفى أن المستشفى استقبل حوالي 25 جريحا.", { actors: [{ text: "مدير المستشفى", country: "TUN", sector: "GOV" }] }));
    expect(hosp.events.filter((e) => e.type === "CONSULT")).toEqual([]);
    const press = readEvents(fixture("وكشف الوزير في اتصال هاتفي مع وكالة أسوشيتد برس أن ابنه بريء.", {
      actors: [{ text: "الوزير", country: "LBY", sector: "GOV" }, { text: "وكالة أسوشيتد برس", country: "USA", sector: "MED" }],
    }));
    expect(press.events.filter((e) => e.type === "CONSULT")).toEqual([]);
  });
});

describe("readEvents: readings of a word and of what an act governs", () => {
  it("reads «أبلغت إسرائيل رفضها» as the owner's refusal told to Israel, not Israel refusing", () => {
    const { events } = readEvents(fixture("وقالت صحف إن السلطة الفلسطينية أبلغت إسرائيل رفضها دفع قيمة الكهرباء.", {
      actors: [{ text: "السلطة الفلسطينية", country: "PSE", sector: "GOV" }, { text: "إسرائيل", country: "ISR", place: "Israel" }],
    }));
    const reject = events.find((e) => e.type === "REJECT")!;
    expect(countries(reject.actor)).toEqual(["PSE"]);
    expect(countries(reject.recipient)).toEqual(["ISR"]);
  });

  it("keeps a dated incident that a condemnation governs («أدانت الرئاسة حكم محكمة إسرائيلية اليوم الاثنين بسجن طفل»)", () => {
    const { events } = readEvents(fixture("أدانت الرئاسة الفلسطينية حكم محكمة إسرائيلية اليوم الاثنين بسجن طفل فلسطيني.", {
      actors: [{ text: "الرئاسة الفلسطينية", country: "PSE", sector: "GOV" }, { text: "محكمة إسرائيلية", country: "ISR", sector: "JUD" }],
      times: [{ text: "اليوم الاثنين", value: "2016-11-07" }], published: "2016-11-07",
    }));
    expect(events.map((e) => e.type).sort()).toEqual(["ACCUSE", "SANCTION"]);
    const sentence = events.find((e) => e.type === "SANCTION")!;
    expect(countries(sentence.actor)).toEqual(["ISR"]);
    // without its own date the governed noun stays the condemnation's object
    const plain = readEvents(fixture("أدانت الرئاسة الفلسطينية حكم محكمة إسرائيلية بسجن طفل فلسطيني.", {
      actors: [{ text: "الرئاسة الفلسطينية", country: "PSE", sector: "GOV" }, { text: "محكمة إسرائيلية", country: "ISR", sector: "JUD" }],
    }));
    expect(plain.events.map((e) => e.type)).toEqual(["ACCUSE"]);
  });

  it("reads the passive «أدين ب» as a conviction, not a condemnation", () => {
    const { events } = readEvents(fixture("وأدين الشاب بتنفيذ عملية طعن في القدس.", { places: [{ text: "القدس", country: null, place: "Jerusalem" }] }));
    expect(events.map((e) => [e.type, e.mode])).toContainEqual(["SANCTION", "convict"]);
    expect(events.map((e) => e.type)).not.toContain("ACCUSE");
  });

  it("makes a state in the genitive of a transitive maṣdar with an object its doer («اعتقال كوريا الشمالية مواطنا»)", () => {
    const { events } = readEvents(fixture("وقال المتحدث إن اعتقال كوريا الشمالية مواطنا أمريكيا آخر أمر مقلق.", {
      actors: [{ text: "المتحدث", country: "USA", sector: "GOV" }, { text: "كوريا الشمالية", country: "PRK", place: "North Korea", precision: 3 }],
    }));
    const arrest = events.find((e) => e.type === "COERCE")!;
    expect(countries(arrest.actor)).toEqual(["PRK"]);
  });

  it("gives «كما حذر من ...» opening a sentence the doer of the act the sentence before told", () => {
    const { events } = readEvents(fixture("ودعا الحزب الجمهوري كل الأطراف إلى الحوار. كما حذر من خطورة التصعيد.", {
      actors: [{ text: "الحزب الجمهوري", country: "TUN", sector: "PTY" }],
    }));
    const warn = events.find((e) => e.type === "THREATEN")!;
    expect(countries(warn.actor)).toEqual(["TUN"]);
  });

  it("takes the doer of a phone call from the pronoun of «تلقاه» (the sentence's subject)", () => {
    const { events } = readEvents(fixture("أعرب الرئيس الإيراني عن رغبة بلاده في تعزيز العلاقات، وذلك خلال اتصال هاتفي تلقاه من أمير قطر.", {
      actors: [{ text: "الرئيس الإيراني", country: "IRN", sector: "GOV" }, { text: "أمير قطر", country: "QAT", sector: "GOV" }],
    }));
    const call = events.find((e) => e.type === "CONSULT")!;
    expect([...countries(call.actor), ...countries(call.recipient)].sort()).toEqual(["IRN", "QAT"]);
  });
});

describe("readEvents: parties the clause names indirectly", () => {
  it("makes the one who «will pay the price» the threatened and the speaker the one who threatens", () => {
    const { events } = readEvents(fixture("وقال الرئيس التركي إن هولندا ستدفع ثمن تصرفاتها.", {
      actors: [{ text: "الرئيس التركي", country: "TUR", sector: "GOV" }, { text: "هولندا", country: "NLD", place: "Netherlands" }],
    }));
    const threat = events.find((e) => e.type === "THREATEN")!;
    expect(countries(threat.actor)).toEqual(["TUR"]);
    expect(countries(threat.recipient)).toEqual(["NLD"]);
  });

  it("gives a bare definite re-mention of a source («وقال المسؤول») the country of the one introduced with that noun", () => {
    const { events } = readEvents(fixture("اتهم مسؤول ألماني تونس بالتأخير. وقال المسؤول إن تونس نفت ذلك.", {
      actors: [{ text: "مسؤول ألماني", country: "DEU", sector: "GOV" }, { text: "المسؤول", country: null }, { text: "تونس", country: "TUN", place: "Tunisia" }],
    }));
    const denial = events.find((e) => e.type === "REJECT")!;
    expect(denial.source?.country).toBe("DEU");
  });

  it("reads a party the resolver left unnamed by its head noun («ودعت حركة الشعب، الحكومة التونسية، إلى»)", () => {
    const { events } = readEvents(fixture("ودعت حركة الشعب، الحكومة التونسية، إلى إدانة العدوان.", {
      actors: [{ text: "الحكومة التونسية", country: "TUN", sector: "GOV" }],
    }));
    const call = events.find((e) => e.type === "REQUEST")!;
    expect(call.actor.map((a) => [a.text, a.sector])).toEqual([["حركة الشعب", "PTY"]]);
    expect(countries(call.recipient)).toEqual(["TUN"]);
  });
});

describe("readEvents: the passive written like the active", () => {
  it("makes a person before a bare «اعتقل» with no object the one arrested, and keeps «وقتل الأبرياء» active", () => {
    const arrested = readEvents(fixture("وذكرت الوكالة أن كيم هاك سونج، الذي يعمل في الجامعة، اعتقل يوم السبت للاشتباه في قيامه بأعمال عدائية.", {
      actors: [{ text: "الوكالة", country: "PRK", sector: "MED" }, { text: "كيم هاك سونج", country: "USA", type: "PER" }],
      times: [{ text: "يوم السبت", value: "2017-05-06" }], published: "2017-05-09",
    })).events.find((e) => e.type === "COERCE")!;
    expect(arrested.recipient.map((a) => a.text)).toEqual(["كيم هاك سونج"]);
    expect(arrested.actor.map((a) => a.text)).not.toContain("كيم هاك سونج");
    const killer = readEvents(fixture("فجر سلمان العبيدي نفسه في الحفل. وقال إن سلمان العبيدي قتل الأبرياء.", {
      actors: [{ text: "سلمان العبيدي", country: "GBR", type: "PER" }],
    })).events.filter((e) => e.type === "ASSAULT");
    expect(killer.some((e) => e.actor.some((a) => a.text === "سلمان العبيدي"))).toBe(true);
  });
});

describe("readEvents: two-sided nouns and the light verb's tense", () => {
  it("makes the bare genitives of a two-sided noun its sides («تجددت الاشتباكات بين أهالي قريتي بشني والجرسين»)", () => {
    const { events } = readEvents(fixture("تجددت صباح اليوم الاشتباكات بين أهالي قرية بشني وقرية الجرسين.", {
      actors: [{ text: "قرية بشني", country: "TUN", sector: "CVL" }, { text: "قرية الجرسين", country: "TUN", sector: "CVL" }],
    }));
    const clash = events.find((e) => e.type === "ASSAULT")!;
    expect(clash.actor.map((a) => a.text)).toEqual(["قرية بشني", "قرية الجرسين"]);
    expect(clash.recipient).toEqual([]);
  });

  it("gives a noun the future of its light verb («إن إسرائيل ستشن حربا على لبنان»)", () => {
    const { events } = readEvents(fixture("وقال الأمين العام إن إسرائيل ستشن حربا على لبنان.", {
      actors: [{ text: "الأمين العام", country: "LBN", sector: "PTY" }, { text: "إسرائيل", country: "ISR", place: "Israel" }, { text: "لبنان", country: "LBN", place: "Lebanon" }],
    }));
    const war = events.find((e) => e.type === "ASSAULT")!;
    expect(war.status).toBe("future");
  });
});

describe("readEvents: dual verbs", () => {
  it("gives a dual verb with no subject the pair named before («كما تقدما بالشكر لدولة الإمارات»), not a three-letter «دعما»", () => {
    const { events } = readEvents(fixture("وأصدر السراج وحفتر بيانا مشتركا. كما تقدما بالشكر لدولة الإمارات.", {
      actors: [{ text: "السراج", country: "LBY", sector: "GOV", type: "PER" }, { text: "حفتر", country: "LBY", sector: "MIL", type: "PER" }, { text: "دولة الإمارات", country: "ARE", sector: "GOV" }],
    }));
    const thanks = events.find((e) => e.type === "SUPPORT")!;
    expect(thanks.actor.map((a) => a.text)).toEqual(["السراج", "حفتر"]);
    expect(countries(thanks.recipient)).toEqual(["ARE"]);
  });
});

describe("readEvents: what a speech act says is not an act", () => {
  it("keeps the verbs of a quotation that opens a warning inside it («كما حذر من \"خطورة ...، وتجاهل ...\"»)", () => {
    const { events } = readEvents(fixture('ودعا الحزب الجمهوري إلى الحوار. كما حذر من "خطورة التدخلات، وتجاهل سيادة القرارات الوطنية".', {
      actors: [{ text: "الحزب الجمهوري", country: "TUN", sector: "PTY" }],
    }));
    expect(events.map((e) => e.type)).not.toContain("REJECT");
    expect(events.map((e) => e.type)).toContain("THREATEN");
  });

  it("gives a maṣdar after a light verb's participle the main clause's doer («عبر الحزب عن استغرابه، مجددا الدعوة إلى الحكومة»)", () => {
    const { events } = readEvents(fixture("فقد عبر الحزب الدستوري الحر عن استغرابه، مجددا الدعوة إلى الحكومة لإرجاع العلاقات.", {
      actors: [{ text: "الحكومة", country: "TUN", sector: "GOV" }],
    }));
    const surprise = events.find((e) => e.type === "ACCUSE")!;
    expect(surprise.actor.map((a) => [a.text, a.sector])).toEqual([["الحزب الدستوري الحر", "PTY"]]);
    const call = events.find((e) => e.type === "REQUEST")!;
    expect(call.actor.map((a) => a.text)).toEqual(["الحزب الدستوري الحر"]);
  });
});

