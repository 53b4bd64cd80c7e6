import { describe, expect, it } from "vitest";
import { propagate } from "./consistency.js";
import { LABELS } from "./model.js";

const ix = (tags: string[]): Uint8Array => Uint8Array.from(tags, (t) => LABELS.indexOf(t as (typeof LABELS)[number]));
const names = (a: Uint8Array): string[] => Array.from(a, (i) => LABELS[i]);

describe("propagate", () => {
  it("tags a name left untagged where the same stems were tagged elsewhere in the document", () => {
    const stems = [["مدير", "فني", "جوزيه", "قال"], ["رفض", "جوزيه", "افصاح"]];
    const labels = [ix(["O", "O", "B-PERS", "O"]), ix(["O", "O", "O"])];
    propagate(stems, labels);
    expect(names(labels[1])).toEqual(["O", "B-PERS", "O"]);
  });
  it("leaves a name alone when the document tags it with two types", () => {
    const stems = [["اهلي"], ["اهلي"], ["اهلي", "فريق"]];
    const labels = [ix(["B-ORG"]), ix(["B-LOC"]), ix(["O", "O"])];
    propagate(stems, labels);
    expect(names(labels[2])).toEqual(["O", "O"]);
  });
  it("copies multi-word names whole and ignores one- or two-letter chunks", () => {
    const stems = [["كوفي", "انان", "امين"], ["التقي", "كوفي", "انان"], ["ش"], ["ش"]];
    const labels = [ix(["B-PERS", "I-PERS", "O"]), ix(["O", "O", "O"]), ix(["B-PERS"]), ix(["O"])];
    propagate(stems, labels);
    expect(names(labels[1])).toEqual(["O", "B-PERS", "I-PERS"]);
    expect(names(labels[3])).toEqual(["O"]);
  });
  it("tags the surname alone after the person was named in full, unless the surname is tagged as another type", () => {
    const stems = [["قالت", "فايزه", "ابوالنجا"], ["اكدت", "ابوالنجا", "ان"]];
    const labels = [ix(["O", "B-PERS", "I-PERS"]), ix(["O", "O", "O"])];
    propagate(stems, labels);
    expect(names(labels[1])).toEqual(["O", "B-PERS", "O"]);
    const stems2 = [["لاعب", "محمد", "زمالك"], ["نادي", "زمالك"], ["فاز", "زمالك"]];
    const labels2 = [ix(["O", "B-PERS", "I-PERS"]), ix(["O", "B-ORG"]), ix(["O", "O"])];
    propagate(stems2, labels2);
    expect(names(labels2[2])).toEqual(["O", "B-ORG"]);
  });
});
