import { describe, expect, it } from "vitest";
import { formatConll, parseConll } from "./conll.js";

describe("parseConll", () => {
  it("reads the token from the first column and the tag from the last, sentences split by blank lines", () => {
    const s = parseConll("فرانكفورت B-LOC\n(د O\n\nأعلن\tx\tO\nاتحاد\tx\tB-ORG\n");
    expect(s).toEqual([
      { tokens: ["فرانكفورت", "(د"], tags: ["B-LOC", "O"] },
      { tokens: ["أعلن", "اتحاد"], tags: ["O", "B-ORG"] },
    ]);
  });
  it("tolerates CRLF, U+200E marks and lone-tab separator lines (WikiFANE)", () => {
    const s = parseConll("\u200Eجمهورية\tB-Nation\r\n\u200Eجنوب\tI-Nation\r\n\t\r\n\u200Eو\tO\r\n");
    expect(s.map((x) => x.tokens)).toEqual([["جمهورية", "جنوب"], ["و"]]);
  });
  it("gives O to a token without tags", () => {
    expect(parseConll("تونس\n")[0].tags).toEqual(["O"]);
  });
});

describe("formatConll", () => {
  it("writes token<TAB>tag with a blank line after each sentence", () => {
    expect(formatConll([{ tokens: ["زار", "ماكرون"], tags: ["O", "B-PER"] }])).toBe("زار\tO\nماكرون\tB-PER\n\n");
  });
});
