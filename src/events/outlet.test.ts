// The outlet's country for unnamed domestic actors: a Tunisian radio's «الحزب», «الحكومة», «وزارة الداخلية» are
// Tunisian, unless the sentence sets them in another state or the article never speaks of Tunisia.
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";
import { readEvents as readEventsWith, type EventsInput } from "./index.js";
import { loadEventsModel } from "./load.js";

const model = loadEventsModel();
const readEvents = (input: EventsInput) => readEventsWith(input, model);

const SYR = (text: string) => ({ text, country: "SYR", place: "Syria" });
const TUN = (text: string) => ({ text, country: "TUN", place: "Tunisia" });
const countryOf = (input: EventsInput, trigger: string) =>
  readEvents(input).events.find((e) => e.trigger.text.includes(trigger))?.actor.map((a) => a.country);

describe("readEvents: the outlet's country for unnamed domestic actors", () => {
  const text = "واصلت الأحزاب في تونس متابعة الوضع في سوريا. وأدان الحزب الضربة على سوريا. وقصفت الطائرات مطارا في سوريا.";
  const spec = {
    actors: [{ text: "الأحزاب", country: null, sector: "PTY" }, { text: "الحزب", country: null, sector: "PTY" }],
    places: [TUN("تونس"), SYR("سوريا")],
  };

  it("gives an unnamed party the outlet's country, though the article is mostly about Syria", () => {
    expect(countryOf({ ...fixture(text, spec), outletCountry: "TUN" }, "وأدان")).toEqual(["TUN"]);
  });

  it("keeps the article's main country when the outlet is unknown", () => {
    expect(countryOf({ ...fixture(text, spec), outletCountry: null }, "وأدان")).toEqual(["SYR"]);
    expect(countryOf(fixture(text, spec), "وأدان")).toEqual(["SYR"]);
  });

  it("gives an unnamed government the outlet's country only in a sentence that names no other state", () => {
    const t = "زار الوزير ولاية قبلي في تونس. ودعت الحكومة إلى الهدوء. وأدانت الحكومة القصف في سوريا. وقصفت الطائرات سوريا وسوريا.";
    const input = {
      ...fixture(t, {
        actors: [{ text: "الحكومة", country: null, sector: "GOV" }],
        places: [TUN("تونس"), SYR("سوريا")],
      }),
      outletCountry: "TUN",
    };
    expect(countryOf(input, "ودعت")).toEqual(["TUN"]);
    expect(countryOf(input, "وأدانت")).toEqual(["SYR"]);
  });

  it("leaves a foreign story's unnamed government to its own country when the article never names the outlet's", () => {
    const t = "قصفت الطائرات مدنا في سوريا وفي سوريا. ودعت الحكومة إلى الهدوء.";
    const input = { ...fixture(t, { actors: [{ text: "الحكومة", country: null, sector: "GOV" }], places: [SYR("سوريا")] }), outletCountry: "TUN" };
    expect(countryOf(input, "ودعت")).toEqual(["SYR"]);
  });

  it("places a protest in the outlet's country when the article names no country at all", () => {
    const t = "تظاهر مئات المواطنين أمام مقر الولاية للمطالبة بالتنمية.";
    const withOutlet = readEvents({ ...fixture(t), outletCountry: "TUN" }).events.find((e) => e.type === "PROTEST");
    expect(withOutlet?.where?.country).toBe("TUN");
    const without = readEvents(fixture(t)).events.find((e) => e.type === "PROTEST");
    expect(without?.where ?? null).toBeNull();
  });
});
