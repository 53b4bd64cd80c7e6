import { describe, expect, it } from "vitest";
import { FEATURE_COUNT, FUSED_DEFAULTS, wholeAnalysis } from "./fused-words.js";
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
  it("splits after a taa marbuta or alef maqsura inside a word even when one part was never seen", () => {
    expect(fix("دوائيةبحيث")).toBe("دوائية بحيث");
    expect(fix("مقلصةبذلك")).toBe("مقلصة بذلك");
  });
  it("splits off function words that are also endings when both sides are words («كما», «ما», «تم»)", () => {
    expect(fix("السينمائيةكما")).toBe("السينمائية كما");
    expect(fix("هذاما")).toBe("هذا ما");
    expect(fix("الذيتم")).toBe("الذي تم");
    expect(fix("بينكل")).toBe("بين كل");
  });
  it("reads a hamza after the conjunction as the start of a word («وأذربيجان»)", () => {
    expect(fix("أرمينياوأذربيجان")).toBe("أرمينيا وأذربيجان");
    expect(fix("المتحدةوأوروبا")).toBe("المتحدة وأوروبا");
  });
  it("splits a name never seen from a common word when the letters read as two words", () => {
    expect(fix("جابرييلاليوم")).toBe("جابرييل اليوم");
    // the letter model: a word ends and one starts after «الولايات», not inside it
    expect(vocab!.cutLetterOdds("الولاياتالمتحده", 8)).toBeGreaterThan(3);
    expect(vocab!.cutLetterOdds("الولاياتالمتحده", 5)).toBeLessThan(-3);
    expect(vocab!.cutLetterOdds("عبدالله", 3)).toBeLessThan(0);
  });
  it("knows a word by its stem under an inflection ending and a pronoun («يقطنانها» = يقطن + ان + ها)", () => {
    expect(wholeAnalysis("يقطنانها", vocab!)).toBeGreaterThan(0);
    expect(fix("يقطنانها")).toBe("يقطنانها");
    expect(fix("كتبوها")).toBe("كتبوها");
  });
  it("has one learned weight per feature", () => {
    expect(FUSED_DEFAULTS.weights).toHaveLength(FEATURE_COUNT);
  });
  it("reads an alef with hamza as a new word, not the dual ending («بعدأن» is not «بعد» + «ان»)", () => {
    expect(fix("بعدأن")).toBe("بعد أن");
    expect(fix("يمكنأن")).toBe("يمكن أن");
  });
  it("counts a part as known when its stem is, without its article or endings", () => {
    expect(fix("التهاباتفي")).toBe("التهابات في");
    expect(fix("الفطرياتإلى")).toBe("الفطريات إلى");
  });
  it("trusts a part less when it is spelled as the corpus seldom spells it", () => {
    expect(vocab!.spellingShare("الي", "الي")).toBeLessThan(0.1);
    expect(vocab!.spellingShare("الي", "إلى")).toBeGreaterThan(0.4);
    expect(fix("نفتالي")).toBe("نفتالي");
    expect(fix("ذهبإلى")).toBe("ذهب إلى");
  });
  it("separates digits glued to a word, but not a proclitic from its number", () => {
    expect(fix("الفلوجة55/كلم")).toBe("الفلوجة 55/كلم");
    expect(fix("و1994")).toBe("و1994");
    expect(fix("الـ20")).toBe("ال20");
  });
  it("leaves closed names, ordinary words and unknown names alone", () => {
    for (const w of ["عبدالله", "عبدالعزيز", "عبدالرحمن", "أبوظبي", "الأرميني", "بيراموف", "مناتساكانيان", "ستيباناكرت", "الطرفان", "وزارة",
      "وللإعلام", "منقطع", "اليانسون", "ماريلاند", "أوباماكير", "المداولة", "والامتنان", "ستيفانلوفين"]) {
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
