import { describe, expect, it } from "vitest";
import { parseQuery } from "../../search/terms.js";
import { quoteLexeme, tsqueryLiteral, tsvectorLiteral } from "./fts.js";

describe("PostgreSQL full-text terms", () => {
  it("indexes each word's normalized form and its stem at the same position", () => {
    expect(tsvectorLiteral(null, "والاشتباكات عنيفة")).toBe("'والاشتباكات':1 'اشتباكات':1 'عنيفه':2");
  });

  it("puts the title first and collects repeated words' positions", () => {
    expect(tsvectorLiteral("قصف", "قصف المدينة")).toBe("'قصف':1,2 'المدينه':3 'مدينه':3");
  });

  it("quotes lexemes so that quotes and backslashes cannot break out", () => {
    expect(quoteLexeme("a'b\\c")).toBe("'a''b\\\\c'");
  });

  it("requires every word, matches by form or stem, and makes phrases adjacent", () => {
    expect(tsqueryLiteral(parseQuery("للجيش"))).toBe("('للجيش' | 'جيش')");
    expect(tsqueryLiteral(parseQuery('قصف "وزارة الدفاع"'))).toBe("'قصف' & (('وزاره' | 'زاره') <-> ('الدفاع' | 'دفاع'))");
    expect(tsqueryLiteral(parseQuery("وزار*"))).toBe("'وزار':*");
  });

  it("has nothing to ask for a query of operators only, and quotes operator-looking words", () => {
    expect(tsqueryLiteral(parseQuery("\" ( ' & | :* <->"))).toBeNull();
    expect(tsqueryLiteral(parseQuery("OR NEAR"))).toBe("'or' & 'near'");
  });
});
