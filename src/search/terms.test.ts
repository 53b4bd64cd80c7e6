import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fts5Match, indexText, parseQuery, stemOf, wordsOf } from "./terms.js";

describe("stemOf", () => {
  it("strips conjunction, preposition and article chains", () => {
    expect(stemOf("والاشتباكات")).toBe("اشتباكات");
    expect(stemOf("بالقاهره")).toBe("قاهره");
    expect(stemOf("للجيش")).toBe("جيش");
    expect(stemOf("وللامم")).toBe("امم");
  });
  it("leaves short words and non-Arabic alone", () => {
    expect(stemOf("وقال")).toBe("وقال");
    expect(stemOf("ال")).toBe("ال");
    expect(stemOf("nato")).toBe("nato");
  });
});

describe("wordsOf", () => {
  const byRegex = (text: string) => [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
  it("finds the runs of letters, marks and digits, with offsets into the text", () => {
    const text = "قالت «الشرطة»، إن 25 شخصاً قُتلوا؛ وَفقاً لـAFP.";
    expect(wordsOf(text).map((w) => text.slice(w.start, w.end))).toEqual(["قالت", "الشرطة", "إن", "25", "شخصاً", "قُتلوا", "وَفقاً", "لـAFP"]);
  });
  it("splits text exactly where the Unicode word-character class does, astral letters included", () => {
    const chars = fc.constantFrom("ا", "ب", "ـ", "ً", "٣", "،", "؟", "٪", " ", "\n", "a", "7", "-", "é", "𝐀", "😀", "\u200c", "\ud835");
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
      const text = parts.join("");
      const found = wordsOf(text).map((w) => [w.start, w.end]);
      // wordsOf drops runs that normalize to nothing (a lone tatweel or mark); every one it keeps is a regex run
      const all = byRegex(text);
      expect(found.every(([a, b]) => all.some(([c, d]) => a === c && b === d))).toBe(true);
      expect(all.filter(([a, b]) => !found.some(([c, d]) => a === c && b === d)).every(([a, b]) => parseQuery(text.slice(a, b)).groups.length === 0)).toBe(true);
    }), { numRuns: 500 });
  });
});

describe("indexText", () => {
  it("indexes the normalized word and its stem, title included", () => {
    expect(indexText("الأردن", "وأعلنت الحكومة")).toBe("الاردن اردن واعلنت اعلنت الحكومه حكومه");
  });
});

describe("parseQuery / fts5Match", () => {
  it("requires every word, each as its normalized form or stem", () => {
    const pq = parseQuery("الاشتباكات أرمينيا");
    expect(fts5Match(pq)).toBe('("الاشتباكات" OR "اشتباكات") AND "ارمينيا"');
  });
  it("reads quoted phrases and prefixes", () => {
    expect(fts5Match(parseQuery('"وزير الخارجية"'))).toBe('NEAR("وزير" "خارجيه", 4)');
    expect(fts5Match(parseQuery("اشتبا*"))).toBe('"اشتبا"*');
  });
  it("drops FTS syntax from user input instead of passing it through", () => {
    expect(fts5Match(parseQuery('NEAR( ") OR * -'))).toBe('"near" AND "or"');
    expect(fts5Match(parseQuery("  "))).toBeNull();
  });
});
