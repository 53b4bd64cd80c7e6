import { describe, expect, it } from "vitest";
import { peel } from "./segment.js";

describe("peel", () => {
  it("peels conjunction, preposition and article before a stem", () => {
    expect(peel("والصادرات")).toEqual({ pro: "و+ال", stem: "صادرات" });
    expect(peel("بالقاهره")).toEqual({ pro: "ب+ال", stem: "قاهره" });
    expect(peel("الاردن")).toEqual({ pro: "ال", stem: "اردن" });
  });
  it("reads «لل» as ل + ال with the alef elided", () => {
    expect(peel("للحكومه")).toEqual({ pro: "ل+ال", stem: "حكومه" });
  });
  it("leaves words whose first letters only look like clitics", () => {
    expect(peel("لبنان").stem).toBe("لبنان");
    expect(peel("وزاره").stem).toBe("وزاره");
    expect(peel("فرنسا").stem).toBe("فرنسا");
    expect(peel("بغداد").stem).toBe("بغداد");
  });
  it("peels a bare و or ب only when the vocabulary knows the rest and not the whole", () => {
    const known = (w: string): boolean => ["موسكو", "فرنسا", "وزاره"].includes(w);
    expect(peel("وفرنسا", known)).toEqual({ pro: "و", stem: "فرنسا" });
    expect(peel("بموسكو", known)).toEqual({ pro: "ب", stem: "موسكو" });
    expect(peel("وزاره", known).stem).toBe("وزاره");
  });
});
