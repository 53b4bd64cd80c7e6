import { describe, expect, it } from "vitest";
import { chunks, count, score, type Counts } from "./conlleval.js";

describe("chunks", () => {
  it("reads B-/I- runs as chunks, end exclusive", () => {
    expect(chunks(["B-PERS", "I-PERS", "O", "B-LOC"])).toEqual([
      { start: 0, end: 2, type: "PERS" },
      { start: 3, end: 4, type: "LOC" },
    ]);
  });
  it("starts a chunk at an I- after O or after another type, as conlleval does", () => {
    expect(chunks(["O", "I-ORG", "I-LOC"])).toEqual([
      { start: 1, end: 2, type: "ORG" },
      { start: 2, end: 3, type: "LOC" },
    ]);
  });
});

describe("score", () => {
  it("counts an entity only when span and type both match", () => {
    const acc = new Map<string, Counts>();
    count(acc, ["B-PERS", "I-PERS", "O", "B-LOC"], ["B-PERS", "O", "O", "B-LOC"]);
    expect(acc.get("ALL")).toEqual({ gold: 2, pred: 2, correct: 1 });
    const s = score(acc.get("ALL")!);
    expect(s.f1).toBeCloseTo(50);
    expect(score(acc.get("LOC")!).f1).toBe(100);
  });
});
