import { describe, expect, it } from "vitest";
import { splitClauses } from "./clauses.js";
import { fixture } from "./fixture.js";
import { nounForms, parseTriggers, verbForms } from "./lexicon.js";
import { loadEventsModel } from "./load.js";
import { tokenKeys, Words } from "./words.js";

describe("lexicon forms", () => {
  it("inflects a verb from its past stem and present form", () => {
    const forms = verbForms(["اشتبك"], ["يشتبك"]).map((f) => f.form);
    expect(forms).toEqual(expect.arrayContaining(["اشتبك", "اشتبكت", "اشتبكوا", "يشتبكون", "تشتبك", "اشتبكوه"]));
  });
  it("gives nouns their plural, dual and possessive forms", () => {
    expect(nounForms("غاره")).toEqual(expect.arrayContaining(["غاره", "غارات", "غارتين", "غارتها"]));
    expect(nounForms("هجوم")).toEqual(expect.arrayContaining(["هجوما", "هجومه"]));
  });
  it("keeps the surface forms a row excludes out of the index («قبل» is «before»)", () => {
    const idx = parseTriggers("AGREE\t\tV\tقبلت|قبلتا|قبلوا/يقبل\tnoform=قبل|تقبل\taccept\n");
    expect(idx.get("قبل")).toBeUndefined();
    expect(idx.get("قبلتا")?.[0].entry.type).toBe("AGREE");
  });
});

describe("tokenKeys", () => {
  it("peels conjunctions, prepositions, the article and the future prefix", () => {
    expect(tokenKeys("وبالقصف")).toContain("قصف");
    expect(tokenKeys("للقصف")).toContain("قصف");
    expect(tokenKeys("واشتبكت")).toContain("اشتبكت");
    expect(tokenKeys("سيزور")).toContain("يزور");
  });
});

describe("Words", () => {
  const model = loadEventsModel();
  it("matches triggers on clitic-stripped forms and never reads a masdar with the article as a verb", () => {
    const w = new Words(fixture("واشتبكت القوات بالقصف ثم التوصل إلى اتفاق").doc, model.triggers, model.cues);
    expect(w.triggersAt(0).map((m) => [m.entry.type, m.verb])).toContainEqual(["ASSAULT", "past"]);
    expect(w.triggersAt(2).map((m) => m.entry.type)).toContain("ASSAULT");
    expect(w.triggersAt(4).filter((m) => m.verb)).toEqual([]);
  });
  it("does not take a noun in taa marbuta for a verb («وزارة» is not «زار»)", () => {
    const w = new Words(fixture("وزارة الدفاع").doc, model.triggers, model.cues);
    expect(w.triggersAt(0)).toEqual([]);
  });
  it("splits a sentence into clauses at commas, complementizers, relatives and و + verb", () => {
    const doc = fixture("وقالت الوزارة إن ستيباناكرت، التي يسكنها الأرمن، تعرضت للقصف وأسفر عن قتلى.").doc;
    const w = new Words(doc, model.triggers, model.cues);
    const openers = splitClauses(w, doc.sentences[0], 0).map((c) => c.opener);
    expect(openers).toEqual(["start", "comp", "rel", "punct", "coord"]);
  });
});
