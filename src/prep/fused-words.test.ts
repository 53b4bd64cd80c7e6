import { describe, expect, it } from "vitest";
import { loadPrepResources } from "./load.js";
import { repairText } from "./repair-text.js";
import { Vocabulary } from "./resources.js";

const { vocab } = loadPrepResources();
const fix = (s: string) => repairText(s, { vocab }).text;

describe("fused-word repair (corpus frequencies)", () => {
  it("splits words the press ran together", () => {
    expect(fix("الولاياتالمتحدة")).toBe("الولايات المتحدة");
    expect(fix("أرمينياوأذربيجان")).toBe("أرمينيا وأذربيجان");
    expect(fix("المتحدةوروسيا")).toBe("المتحدة وروسيا");
    expect(fix("الدخولإلى")).toBe("الدخول إلى");
  });
  it("separates digits glued to a word, but not a proclitic from its number", () => {
    expect(fix("الفلوجة55/كلم")).toBe("الفلوجة 55/كلم");
    expect(fix("و1994")).toBe("و1994");
    expect(fix("الـ20")).toBe("ال20");
  });
  it("leaves closed names, ordinary words and unknown names alone", () => {
    for (const w of ["عبدالله", "عبدالعزيز", "أبوظبي", "الأرميني", "بيراموف", "مناتساكانيان", "ستيباناكرت", "الطرفان", "وزارة"]) {
      expect(fix(w)).toBe(w);
    }
  });
  it("does nothing without a vocabulary, and uses ratios rather than membership", () => {
    expect(repairText("الولاياتالمتحدة").text).toBe("الولاياتالمتحدة");
    // the fused form seen a few times does not protect it when its parts are far more common
    const v = Vocabulary.fromTsv("# words 10000\nالولايات\t500\nالمتحده\t800\nالولاياتالمتحده\t3\n");
    expect(repairText("الولاياتالمتحدة", { vocab: v }).text).toBe("الولايات المتحدة");
  });
  it("reports each split as a repair whose `after` sits at `at`", () => {
    const { text, repairs } = repairText("قبل محادثات (الولاياتالمتحدة)، اليوم", { vocab });
    expect(repairs).toEqual([{ kind: "split", before: "الولاياتالمتحدة", after: "الولايات المتحدة", at: 13 }]);
    expect(text.slice(13, 13 + repairs[0].after.length)).toBe("الولايات المتحدة");
  });
});
