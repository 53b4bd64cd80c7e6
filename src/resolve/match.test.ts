import { describe, expect, it } from "vitest";
import { prepare } from "../prep/index.js";
import { tokenVariants } from "./match.js";

const forms = (word: string) => tokenVariants(prepare(word).tokens[0]).map((v) => v.form);

describe("tokenVariants: the lookup forms of a word", () => {
  it("strips a conjunction and a preposition: «وأذربيجان» «لأذربيجان» «بموسكو»", () => {
    expect(forms("وأذربيجان")).toContain("اذربيجان");
    expect(forms("لأذربيجان")).toContain("اذربيجان");
    expect(forms("بموسكو")).toContain("موسكو");
    expect(forms("وبموسكو")).toContain("موسكو");
  });

  it("restores the article after «لل»: «للكرملين» → «الكرملين»", () => {
    expect(forms("للكرملين")).toContain("الكرملين");
  });

  it("leaves short words alone, so «بن» does not become «ن»", () => {
    expect(forms("بن")).toEqual(["بن"]);
  });

  it("says how many characters the clitics take, so a span can start at the name", () => {
    const v = tokenVariants(prepare("وأذربيجان").tokens[0]).find((x) => x.form === "اذربيجان")!;
    expect(v).toMatchObject({ clitics: "و", offset: 1 });
  });
});
