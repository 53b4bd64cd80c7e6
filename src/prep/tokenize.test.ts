import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

const kinds = (s: string) => tokenize(s).map((t) => [s.slice(t.start, t.end), t.kind]);

describe("tokenize", () => {
  it("keeps numbers with their separators as one token", () => {
    expect(kinds("قتل 31 مدنيا و3.5 مليون في 10:30.")).toEqual([
      ["قتل", "ar"], ["31", "num"], ["مدنيا", "ar"], ["و", "ar"], ["3.5", "num"], ["مليون", "ar"], ["في", "ar"],
      ["10:30", "num"], [".", "punct"],
    ]);
  });
  it("keeps diacritics inside Arabic words and splits punctuation", () => {
    expect(kinds("«قريباً»،")).toEqual([["«", "punct"], ["قريباً", "ar"], ["»", "punct"], ["،", "punct"]]);
  });
  it("reads Latin words, emoji and symbols", () => {
    expect(kinds("COVID19 🙂 %")).toEqual([["COVID19", "latin"], ["🙂", "sym"], ["%", "punct"]]);
  });
});
