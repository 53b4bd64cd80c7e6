import { describe, expect, it } from "vitest";
import { segmentWord } from "./clitics.js";
import { loadPrepResources } from "./load.js";

const { vocab } = loadPrepResources();
const seg = (w: string) => segmentWord(w, 0, vocab).map((m) => `${m.text}/${m.tag}`).join(" ");

describe("segmentWord", () => {
  it("peels conjunctions, prepositions, the article and the future marker", () => {
    expect(seg("وبالحكومة")).toBe("و/CONJ ب/PREP ال/DET حكومة/STEM");
    expect(seg("وقال")).toBe("و/CONJ قال/STEM");
    expect(seg("لأذربيجان")).toBe("ل/PREP أذربيجان/STEM");
    expect(seg("سيكون")).toBe("س/FUT يكون/STEM");
  });
  it("reads «لل» as ل + the article with its alef elided", () => {
    expect(seg("للسلطة")).toBe("ل/PREP ل/DET سلطة/STEM");
  });
  it("peels pronoun suffixes, the stem keeping its written letters", () => {
    expect(seg("عليه")).toBe("علي/STEM ه/PRON");
    expect(seg("قواتها")).toBe("قوات/STEM ها/PRON");
    expect(seg("له")).toBe("ل/STEM ه/PRON");
  });
  it("does not mangle proper nouns and words that only look segmentable", () => {
    for (const w of ["بغداد", "بيروت", "فلسطين", "بيراموف", "وزير", "كركوك", "الله", "كما", "هناك", "لكن", "الذي"]) {
      expect(seg(w)).toBe(`${w}/STEM`);
    }
    expect(seg("وكان")).toBe("و/CONJ كان/STEM");
  });
  it("keeps exact offsets and diacritics inside the morphs", () => {
    const ms = segmentWord("وَالحُكومةِ", 10, vocab);
    expect(ms.map((m) => [m.start, m.end, m.text])).toEqual([[10, 12, "وَ"], [12, 14, "ال"], [14, 21, "حُكومةِ"]]);
  });
  it("without a vocabulary splits only the article and what stands before it", () => {
    expect(segmentWord("والحكومة").map((m) => m.text)).toEqual(["و", "ال", "حكومة"]);
    expect(segmentWord("وزير").map((m) => m.text)).toEqual(["وزير"]);
    expect(segmentWord("Moscow").map((m) => m.text)).toEqual(["Moscow"]);
  });
});
