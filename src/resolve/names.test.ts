import { beforeAll, describe, expect, it } from "vitest";
import { prepare } from "../prep/index.js";
import { arabicSkeleton, latinSkeleton, nisbaForms, type KnowledgeBase } from "./knowledge-base.js";
import { loadKnowledgeBase } from "./load.js";
import { linkLeader, readName } from "./names.js";

const nameIn = (text: string, from: number) => {
  const toks = prepare(text).tokens;
  const s = readName(toks, from, () => false);
  return s ? toks.slice(s[0], s[1]).map((t) => t.text).join(" ") : null;
};

describe("readName", () => {
  it("takes a given and a family name and stops at the verb after them", () => {
    expect(nameIn("الرئيس الفرنسي إيمانويل ماكرون يرى أن", 2)).toBe("إيمانويل ماكرون");
  });
  it("follows particles and keeps a final «ال…ي» family name", () => {
    expect(nameIn("الأمين العام عبد اللطيف بن راشد الزياني أن", 2)).toBe("عبد اللطيف بن راشد الزياني");
    expect(nameIn("الرئيس عبد الفتاح السيسي في كلمة", 1)).toBe("عبد الفتاح السيسي");
  });
  it("reads nothing where a particle or a definite noun stands", () => {
    expect(nameIn("الرئيس في كلمة", 1)).toBeNull();
    expect(nameIn("الرئيس الجديد", 1)).toBeNull();
  });
});

describe("consonant skeletons", () => {
  it("make the Arabic and English spellings of a name meet", () => {
    expect(arabicSkeleton("إلهام علييف")).toBe(latinSkeleton("Ilham Aliyev"));
    expect(arabicSkeleton("نيكول باشينيان")).toBe(latinSkeleton("Nikol Pashinyan"));
  });
});

describe("nisbaForms", () => {
  it("inflects a nisba for gender, number and the article", () => {
    const f = nisbaForms("أرميني").map((t) => t.join(" "));
    for (const w of ["ارميني", "ارمينيه", "الارمينيون", "الارمينيين", "ارمينيان"]) expect(f).toContain(w);
  });
});

describe("linkLeader", () => {
  let kb: KnowledgeBase;
  beforeAll(() => {
    kb = loadKnowledgeBase();
  });
  it("finds the English name of a head of government of the state the text names", () => {
    expect(linkLeader(kb, "نيكول باشينيان", "ARM")?.name_en).toBe("Nikol Pashinyan");
  });
  it("finds nobody rather than a sound-alike in another state", () => {
    expect(linkLeader(kb, "حسن روحاني", null)).toBeNull();
  });
});
