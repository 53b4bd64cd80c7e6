import { describe, expect, it } from "vitest";
import { normalize } from "./normalize.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

function sents(text: string, cues?: string[]): string[] {
  const toks = tokenize(text);
  const norms = toks.map((t) => normalize(text.slice(t.start, t.end)));
  return splitSentences(text, toks, norms, { cues: cues ? new Set(cues.map(normalize)) : undefined }).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("splits at full stops, question and exclamation marks", () => {
    expect(sents("تجددت الاشتباكات. هل تنتهي الحرب؟ لا!")).toEqual(["تجددت الاشتباكات.", "هل تنتهي الحرب؟", "لا!"]);
  });
  it("does not split inside numbers or after one-letter abbreviations", () => {
    expect(sents("قال د. محمد إن النمو بلغ 3.5 بالمئة. ثم غادر")).toEqual(["قال د. محمد إن النمو بلغ 3.5 بالمئة.", "ثم غادر"]);
    expect(sents("نقلت أ.ف.ب الخبر")).toEqual(["نقلت أ.ف.ب الخبر"]);
  });
  it("splits at line breaks: a heading stands alone", () => {
    expect(sents("دعوات لوقف إطلاق النار\nتجاهل الطرفان الدعوات.")).toEqual(["دعوات لوقف إطلاق النار", "تجاهل الطرفان الدعوات."]);
  });
  it("keeps a closing quote with its sentence and does not split inside a short quotation", () => {
    expect(sents("قال: «انتهى. لن نعود». ثم رحل")).toEqual(["قال: «انتهى. لن نعود».", "ثم رحل"]);
  });
  it("sets a paragraph-opening dateline apart", () => {
    expect(sents("الرياض - واس أعلن الوزير الخبر.")).toEqual(["الرياض - واس", "أعلن الوزير الخبر."]);
    expect(sents("الرياض (واس) - أعلن الوزير الخبر.")).toEqual(["الرياض (واس) -", "أعلن الوزير الخبر."]);
    expect(sents("عين اليوم – القاهرة: قال الوزير")).toEqual(["عين اليوم – القاهرة:", "قال الوزير"]);
  });
  it("starts a sentence at a sentence-opening word where the full stop is missing", () => {
    expect(sents("أعلنت الوزارة عن خطة جديدة للنقل العام وأضاف الوزير أن التنفيذ قريب", ["وأضاف"])).toEqual([
      "أعلنت الوزارة عن خطة جديدة للنقل العام", "وأضاف الوزير أن التنفيذ قريب",
    ]);
    expect(sents("أعلنت الوزارة عن خطة، وأضاف الوزير", ["وأضاف"])).toHaveLength(1);
  });
});
