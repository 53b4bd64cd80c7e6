import { describe, expect, it } from "vitest";
import { FEATS_PER_TOKEN, sentenceFeatures, spellingClass, type FeatureResources } from "./features.js";
import { buildGazetteer } from "./gazetteer.js";

// a toy spelling model: trigrams of «كوبل»-like foreign names are likely for PERS, of «الفريق» for O
const lp = (o: number, p: number): Float32Array => Float32Array.of(Math.log(o), Math.log(p), Math.log(0.01), Math.log(0.01));
const spelling: NonNullable<FeatureResources["spelling"]> = {
  trigrams: new Map([["^كو", lp(0.01, 0.5)], ["كوب", lp(0.01, 0.5)], ["وبل", lp(0.01, 0.5)], ["بل$", lp(0.01, 0.5)], ["^فر", lp(0.5, 0.01)], ["فري", lp(0.5, 0.01)], ["ريق", lp(0.5, 0.01)], ["يق$", lp(0.5, 0.01)]]),
  unseen: lp(0.001, 0.001),
  logPrior: Float32Array.of(Math.log(0.7), Math.log(0.1), Math.log(0.1), Math.log(0.1)),
};

function resources(extra: Partial<FeatureResources> = {}): FeatureResources {
  return { clusters: new Map(), coarseOf: [], gazetteer: buildGazetteer([]), priors: new Map(), ...extra };
}

describe("spellingClass", () => {
  it("says a name-like spelling is PERS and a common word's spelling is O, with a sure margin", () => {
    expect(spellingClass("كوبل", spelling)).toBe(1 * 3 + 2);
    expect(spellingClass("فريق", spelling)).toBe(0 * 3 + 2);
  });
  it("answers -1 without a spelling model", () => {
    expect(spellingClass("كوبل", undefined)).toBe(-1);
  });
});

describe("sentenceFeatures: trigger words", () => {
  it("fires a feature on the word after a learnt left trigger («السيد») and none without the list", () => {
    const words = ["قال", "السيد", "كوبل"];
    // left code 0 (PERS, share ≥ 10%) for the stem «سيد»: (0 + 1) * 16 + (-1 + 1)
    const withT = sentenceFeatures(words, resources({ triggers: new Map([["سيد", 16]]) }));
    const without = sentenceFeatures(words, resources()).slice();
    expect(withT[2 * FEATS_PER_TOKEN + 43]).not.toBe(0);
    expect(without[2 * FEATS_PER_TOKEN + 43]).toBe(0);
  });
});

describe("sentenceFeatures: optional groups", () => {
  it("fires the neighbours' stem-ending features only for a model trained with «naff»", () => {
    const words = ["المهاجم", "كوبل", "البرتغالي"];
    const on = sentenceFeatures(words, resources({ options: new Set(["naff"]) })).slice();
    const off = sentenceFeatures(words, resources()).slice();
    // slot 54: the last two letters of the next word's stem («لي» of «برتغالي»)
    expect(on[1 * FEATS_PER_TOKEN + 54]).not.toBe(0);
    expect(off[1 * FEATS_PER_TOKEN + 54]).toBe(0);
  });
  it("with «spec2», lets a name behind an unpeeled «و» start a listed name and spells the rest", () => {
    const gazetteer = buildGazetteer([["اشرف عبد الباقي", 4]]);
    const words = ["ومحمد", "هنيدي", "،", "وأشرف", "عبد", "الباقي"];
    const on = sentenceFeatures(words, resources({ gazetteer, spelling, options: new Set(["spec2"]) })).slice();
    const off = sentenceFeatures(words, resources({ gazetteer, spelling })).slice();
    // slot 28: gazetteer match of the token itself
    expect(on[3 * FEATS_PER_TOKEN + 28]).not.toBe(off[3 * FEATS_PER_TOKEN + 28]);
    expect(on[3 * FEATS_PER_TOKEN + 70]).not.toBe(0);
    expect(off[3 * FEATS_PER_TOKEN + 70]).toBe(0);
  });
});
