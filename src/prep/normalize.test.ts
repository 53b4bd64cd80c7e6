import { describe, expect, it } from "vitest";
import { normalize, normalizePhrase } from "./normalize.js";

describe("normalize", () => {
  it("folds alef and hamza seats to bare alef", () => {
    expect(normalize("أذربيجان")).toBe("اذربيجان");
    expect(normalize("إيمانويل")).toBe("ايمانويل");
    expect(normalize("آسيا")).toBe("اسيا");
  });
  it("folds alef maqsura and taa marbuta", () => {
    expect(normalize("موسى")).toBe("موسي");
    expect(normalize("الجامعة العربية")).toBe("الجامعه العربيه");
  });
  it("drops diacritics and tatweel", () => {
    expect(normalize("وانُتهك")).toBe("وانتهك");
    expect(normalize("الأُرْدُنّ")).toBe("الاردن");
    expect(normalize("مـــصر")).toBe("مصر");
  });
  it("maps Arabic-Indic and Persian digits to Western", () => {
    expect(normalize("٢٧ سبتمبر")).toBe("27 سبتمبر");
    expect(normalize("۱۹۹۴")).toBe("1994");
  });
  it("lower-cases Latin and leaves other scripts alone", () => {
    expect(normalize("OSCE Москва")).toBe("osce москва");
  });
  it("collapses whitespace for phrases", () => {
    expect(normalizePhrase("  ناجورنو   قرة\tباغ ")).toBe("ناجورنو قره باغ");
  });
});
