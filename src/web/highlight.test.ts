import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layoutMarks, type HNode, type Mark } from "./highlight.js";

function flatten(nodes: HNode[]): string {
  return nodes.map((n) => ("text" in n ? n.text : flatten(n.children))).join("");
}
function show(nodes: HNode[]): string {
  return nodes.map((n) => ("text" in n ? n.text : `[${n.mark.kind}:${show(n.children)}]`)).join("");
}

const text = "قصفت القوات الأذربيجانية مدينة ستيباناكرت يوم الجمعة";
const at = (word: string) => { const i = text.indexOf(word); return { start: i, end: i + word.length }; };

describe("layoutMarks", () => {
  it("wraps each span by its offsets and keeps the text between them", () => {
    const nodes = layoutMarks(text, [
      { ...at("قصفت"), kind: "trigger" },
      { ...at("ستيباناكرت"), kind: "entity" },
    ]);
    expect(show(nodes)).toBe("[trigger:قصفت] القوات الأذربيجانية مدينة [entity:ستيباناكرت] يوم الجمعة");
  });

  it("nests a span inside a longer one", () => {
    const nodes = layoutMarks(text, [
      { ...at("الأذربيجانية"), kind: "entity" },
      { ...at("القوات الأذربيجانية"), kind: "actor" },
    ]);
    expect(show(nodes)).toBe("قصفت [actor:القوات [entity:الأذربيجانية]] مدينة ستيباناكرت يوم الجمعة");
  });

  it("splits the inner of two crossing spans and keeps the outer whole", () => {
    const a = at("مدينة ستيباناكرت"), b = at("ستيباناكرت يوم");
    const nodes = layoutMarks(text, [{ ...a, kind: "place" }, { ...b, kind: "time" }]);
    expect(show(nodes)).toBe("قصفت القوات الأذربيجانية [place:مدينة [time:ستيباناكرت]][time: يوم] الجمعة");
  });

  it("puts the higher priority outside when two marks cover the same words", () => {
    const nodes = layoutMarks(text, [{ ...at("قصفت"), kind: "entity" }, { ...at("قصفت"), kind: "trigger", priority: 2 }]);
    expect(show(nodes)).toBe("[trigger:[entity:قصفت]] القوات الأذربيجانية مدينة ستيباناكرت يوم الجمعة");
  });

  it("drops spans that fall outside the text or are empty", () => {
    const nodes = layoutMarks(text, [{ start: 5, end: 5, kind: "x" }, { start: -1, end: 3, kind: "x" }, { start: 0, end: 999, kind: "x" }]);
    expect(show(nodes)).toBe(text);
  });

  it("always reads back as exactly the original text, whatever the spans", () => {
    fc.assert(fc.property(
      fc.string({ maxLength: 40 }),
      fc.array(fc.record({ start: fc.integer({ min: -2, max: 45 }), end: fc.integer({ min: -2, max: 45 }) }), { maxLength: 12 }),
      (t, spans) => {
        const marks: Mark[] = spans.map((sp, i) => ({ ...sp, kind: `k${i % 3}` }));
        expect(flatten(layoutMarks(t, marks))).toBe(t);
      },
    ));
  });
});
