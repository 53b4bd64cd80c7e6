import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Prepared } from "../core/doc.js";
import { emptyPrepResources, prepare } from "./index.js";
import { loadPrepResources } from "./load.js";
import { normalize } from "./normalize.js";

const res = loadPrepResources();

function checkSpans(raw: string, p: Prepared): void {
  const { text } = p;
  for (const t of p.tokens) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.norm).toBe(normalize(t.text));
    expect(p.sentences[t.sentence].tokenStart).toBeLessThanOrEqual(t.i);
    expect(p.sentences[t.sentence].tokenEnd).toBeGreaterThan(t.i);
    for (const m of t.morphs) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(t.morphs.map((m) => m.text).join("")).toBe(t.text);
  }
  for (const s of p.sentences) {
    expect(s.start).toBe(p.tokens[s.tokenStart].start);
    expect(s.end).toBe(p.tokens[s.tokenEnd - 1].end);
  }
  for (const r of p.repairs) expect(text.slice(r.at, r.at + r.after.length)).toBe(r.after);
  void raw;
}

describe("prepare", () => {
  it("repairs the fused words of the seed article without being told about them", () => {
    const raw = readFileSync(new URL("../../../shared/gold/seed/000_086ea53787d38e81.txt", import.meta.url), "utf8");
    const p = prepare(raw, res);
    expect(p.text).toContain("أرمينيا وأذربيجان");
    expect(p.text).toContain("الولايات المتحدة");
    expect(p.text).not.toContain("الولاياتالمتحدة");
    expect(p.repairs.filter((r) => r.kind === "split").map((r) => r.before)).toEqual(["أرمينياوأذربيجان", "الولاياتالمتحدة"]);
    expect(p.sentences.length).toBeGreaterThan(15);
    checkSpans(raw, p);
  });
  it("gives tokens their normalized form, kind, clitic morphs and stem", () => {
    const p = prepare("وقالت وزارة الدفاع في أذربيجان إن 31 مدنيا قتلوا.", res);
    const t = p.tokens[0];
    expect(t.morphs.map((m) => m.text)).toEqual(["و", "قالت"]);
    expect(t.stem).toBe("قالت");
    expect(p.tokens[2].stem).toBe("دفاع");
    expect(p.tokens[4].norm).toBe("اذربيجان");
    expect(p.tokens.map((x) => x.kind)).toContain("num");
    expect(p.tokens[p.tokens.length - 1].kind).toBe("punct");
  });
  it("records Unicode and digit repairs per word", () => {
    const p = prepare("قتل ٣١ مدنيا في مـــصر\u200F", emptyPrepResources());
    expect(p.text).toBe("قتل 31 مدنيا في مصر");
    expect(p.repairs).toEqual([
      { kind: "digits", before: "٣١", after: "31", at: 4 },
      { kind: "unicode", before: "مـــصر\u200F", after: "مصر", at: 16 },
    ]);
  });
  it("works with empty resources", () => {
    const p = prepare("الولاياتالمتحدة والحكومة", emptyPrepResources());
    expect(p.text).toBe("الولاياتالمتحدة والحكومة");
    expect(p.tokens[1].morphs.map((m) => m.text)).toEqual(["و", "ال", "حكومة"]);
  });
  it("never throws and keeps every span exact, whatever the input", () => {
    const arabicish = fc.string({ unit: fc.constantFrom(..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىئؤ ـًٌٍَُِّْ٠١٢٣.،؟!«»\n\u200F\u00A0ﻻﷲﺳ-:()".split("")), maxLength: 200 });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }), arabicish), (raw) => {
        checkSpans(raw, prepare(raw, res));
      }),
      { numRuns: 400 },
    );
  });
  it("handles lone surrogates and a 1 MB text", () => {
    checkSpans("", prepare("\uD800 قال \uDC00x", res));
    const big = "تجددت الاشتباكات بين قوات أذربيجان وقوات من أصل أرميني أمس. 🙂 Mixed text ١٢٣\n".repeat(12_000);
    const p = prepare(big, res);
    expect(p.text.length).toBeGreaterThan(900_000);
    expect(p.tokens.length).toBeGreaterThan(100_000);
    expect(p.text.slice(p.tokens[5000].start, p.tokens[5000].end)).toBe(p.tokens[5000].text);
  });
});
