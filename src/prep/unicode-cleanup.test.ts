import { describe, expect, it } from "vitest";
import { cleanChunk, cleanSpace } from "./unicode-cleanup.js";

describe("cleanChunk", () => {
  it("leaves clean words alone", () => {
    expect(cleanChunk("أذربيجان")).toBeNull();
    expect(cleanChunk("وانُتهك")).toBeNull(); // a real haraka on a letter stays
  });
  it("turns presentation forms into ordinary letters", () => {
    expect(cleanChunk("\uFEB3\uFEE0\uFE8E\uFEE1")?.text).toBe("سلام");
    expect(cleanChunk("\uFEFB")?.text).toBe("لا");
  });
  it("removes invisible marks, soft hyphens and tatweel", () => {
    expect(cleanChunk("أرمي\u200Cنيا")?.text).toBe("أرمينيا");
    expect(cleanChunk("\u202Bموسكو\u202C")?.text).toBe("موسكو");
    expect(cleanChunk("مـــصر")).toEqual({ text: "مصر", kind: "unicode" });
    expect(cleanChunk("باكو\u00AD")?.text).toBe("باكو");
  });
  it("removes stray and repeated diacritics", () => {
    expect(cleanChunk("\u064Eقال")?.text).toBe("قال");
    expect(cleanChunk("قتلىًً")?.text).toBe("قتلىً");
  });
  it("turns Eastern digits and separators into Western ones", () => {
    expect(cleanChunk("٢٧")).toEqual({ text: "27", kind: "digits" });
    expect(cleanChunk("۱۹۹۴")?.text).toBe("1994");
    expect(cleanChunk("٣٫٥")?.text).toBe("3.5");
    expect(cleanChunk("١٬٠٠٠")?.text).toBe("1,000");
  });
  it("replaces lone surrogates and keeps emoji", () => {
    expect(cleanChunk("a\uD800b")?.text).toBe("a\uFFFDb");
    expect(cleanChunk("🙂")).toBeNull();
  });
});

describe("cleanSpace", () => {
  it("turns odd spaces into plain ones and drops the BOM", () => {
    expect(cleanSpace("\u00A0")).toBe(" ");
    expect(cleanSpace("\u2029")).toBe("\n");
    expect(cleanSpace(" \n")).toBeNull();
  });
});
