import { describe, expect, it } from "vitest";
import { fts5Match, indexText, parseQuery, stemOf } from "./terms.js";

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
