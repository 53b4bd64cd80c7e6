import { beforeAll, describe, expect, it } from "vitest";
import { prepare } from "../prep/index.js";
import { recognize, tagConll, type NerModel } from "./index.js";
import { loadNerModel } from "./load.js";

let model: NerModel;
beforeAll(() => {
  model = loadNerModel();
});

describe("recognize", () => {
  it("finds people, organisations and places in a news sentence, with exact spans", () => {
    const doc = prepare("وقال الرئيس المصري حسني مبارك في القاهرة إن مجلس الأمن الدولي سيجتمع غدا.");
    const mentions = recognize(doc, model);
    for (const m of mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    const got = mentions.map((m) => [m.text, m.type]);
    expect(got).toContainEqual(["حسني مبارك", "PER"]);
    expect(got).toContainEqual(["القاهرة", "GPE"]);
    expect(got.some(([t, ty]) => ty === "ORG" && String(t).startsWith("مجلس الأمن"))).toBe(true);
  });

  it("keeps token indices consistent with the spans", () => {
    const doc = prepare("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي في موسكو.");
    for (const m of recognize(doc, model)) {
      expect(doc.tokens[m.tokenStart].start).toBe(m.start);
      expect(doc.tokens[m.tokenEnd - 1].end).toBe(m.end);
    }
  });

  it("returns nothing for an empty document", () => {
    expect(recognize(prepare(""), model)).toEqual([]);
  });
});

describe("tagConll", () => {
  const input = "وقال\nالرئيس\nالفلسطيني\nمحمود\nعباس\nفي\nرام\nالله\n.\n\nوصل\nعباس\nالى\nعمان\n";
  it("writes token<TAB>tag lines in ANERcorp's tag set", () => {
    const out = tagConll(model, input, "anercorp");
    expect(out).toContain("محمود\tB-PERS\nعباس\tI-PERS\n");
    expect(out.split("\n\n").length).toBe(3);
  });
  it("writes the contract's types with --tagset rasd", () => {
    const out = tagConll(model, input, "rasd");
    expect(out).toContain("محمود\tB-PER\n");
    const tags = out.split("\n").filter(Boolean).map((l) => l.split("\t")[1]);
    for (const t of tags) expect(t).toMatch(/^(O|[BI]-(PER|ORG|GPE|LOC|FAC|MISC))$/);
  });
});
