import { beforeAll, describe, expect, it } from "vitest";
import { FEATS_PER_TOKEN, sentenceFeatures } from "./features.js";
import { loadNerModel } from "./load.js";
import { BILOU, BIO, emissions, encodeTags, tagWords, viterbi, wordEmissions, type NerModel } from "./model.js";

let model: NerModel;
beforeAll(() => {
  model = loadNerModel();
});

const SENTENCES = [
  ["وقال", "الرئيس", "المصري", "حسني", "مبارك", "في", "القاهرة", "إن", "مجلس", "الأمن", "سيجتمع", "غدا", "."],
  ["تغلب", "بنفيكا", "البرتغالي", "على", "ضيفه", "سلتيك", "الاسكتلندي", "3", "-", "0"],
  ["الأمم"],
  ["وأعلنت", "شركة", "فولكسفاغن", "الألمانية", "عن", "طراز", "جديد", "من", "«", "أودي", "»"],
];

describe("wordEmissions", () => {
  it("scores every token as the sum of its hashed features' weights (what training sees)", () => {
    for (const words of SENTENCES) {
      const n = words.length;
      const K = model.scheme.K;
      const slow = new Float32Array(n * K);
      emissions(sentenceFeatures(words, model.res, new Uint32Array(n * FEATS_PER_TOKEN)), n, model.table, slow, K);
      const fast = new Float32Array(n * K);
      wordEmissions(model, words, fast);
      for (let k = 0; k < n * K; k++) expect(fast[k]).toBeCloseTo(slow[k], 3);
    }
  });
  it("gives the same scores for a word met again in another sentence (the per-word cache)", () => {
    const a = new Float32Array(3 * model.scheme.K);
    const b = new Float32Array(3 * model.scheme.K);
    wordEmissions(model, ["زار", "ماكرون", "الجزائر"], a);
    wordEmissions(model, ["زار", "ماكرون", "الجزائر"], b);
    expect(Array.from(b)).toEqual(Array.from(a));
  });
});

describe("tagWords", () => {
  it("tags a person and a place in a plain news sentence", () => {
    expect(tagWords(model, ["زار", "الرئيس", "محمد", "مرسي", "القاهرة"])).toEqual(["O", "O", "B-PERS", "I-PERS", "B-LOC"]);
  });
});

describe("tag schemes", () => {
  const tags = ["B-PERS", "I-PERS", "I-PERS", "O", "B-LOC", "B-ORG", "I-ORG"];
  it("writes BILOU: a one-word name is U-, the last word of a longer one L-", () => {
    expect(Array.from(encodeTags(tags, BILOU), (i) => BILOU.tags[i])).toEqual(["B-PERS", "I-PERS", "L-PERS", "O", "U-LOC", "B-ORG", "L-ORG"]);
  });
  it("maps BILOU tags back to the BIO labels they stand for", () => {
    expect(Array.from(encodeTags(tags, BILOU), (i) => BIO.tags[BILOU.toBio[i]])).toEqual(tags);
  });
  it("never decodes a name left open at the end of a sentence or an L- without its B-", () => {
    const K = BILOU.K;
    // emissions that favour B-PERS on the last word and L-LOC on the first
    const emit = new Float32Array(2 * K);
    emit[BILOU.tags.indexOf("L-LOC")] = 5;
    emit[K + BILOU.tags.indexOf("B-PERS")] = 5;
    const out = new Uint8Array(2);
    viterbi(emit, 2, new Float32Array((K + 1) * K), out, BILOU);
    const got = Array.from(out, (i) => BILOU.tags[i]);
    expect(got[0]).not.toBe("L-LOC");
    expect(got[1]).not.toBe("B-PERS");
  });
});
