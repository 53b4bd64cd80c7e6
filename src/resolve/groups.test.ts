import { beforeAll, describe, expect, it } from "vitest";
import type { Resolved } from "../core/doc.js";
import { prepare } from "../prep/index.js";
import { resolve, type KnowledgeBase } from "./index.js";
import { loadKnowledgeBase } from "./load.js";

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});

const run = (text: string): Resolved => resolve(prepare(text), [], kb);
const actorFor = (r: Resolved, text: string) => r.actors.find((a) => a.span.text === text);

describe("occupational and social groups as actors (domestic news: strikes, sit-ins, protests)", () => {
  it("gives a generic head («أعوان»، «موظفو») the sector of the genitive that names their workplace", () => {
    const r = run("ينفذ أعوان الصحة إضرابا عاما يوم الخميس، فيما دخل أعوان البلدية في اعتصام مفتوح أمام مقر الولاية.");
    expect(actorFor(r, "أعوان الصحة")).toMatchObject({ country: null, sector: "LAB" });
    expect(actorFor(r, "أعوان البلدية")).toMatchObject({ country: null, sector: "GOV" });
  });

  it("reads construct forms and the definite plural: «موظفي البلدية»، «عمال الحضائر»، «المعلمين»", () => {
    const r = run("احتج عمال الحضائر أمام مقر المعتمدية، وطالب موظفو التربية والمعلمين بتسوية وضعيتهم.");
    expect(actorFor(r, "عمال الحضائر")).toMatchObject({ sector: "LAB" });
    expect(actorFor(r, "موظفو التربية")).toMatchObject({ sector: "EDU" });
    expect(actorFor(r, "المعلمين")).toMatchObject({ sector: "EDU" });
  });

  it("keeps the head's own sector for teachers, judges, lawyers, farmers and residents", () => {
    const r = run("قرر الأساتذة مقاطعة الامتحانات، ونفذ القضاة وقفة احتجاجية، وأضرب المحامون، وأغلق الفلاحون الطريق، واحتج أهالي المنطقة.");
    expect(actorFor(r, "الأساتذة")).toMatchObject({ sector: "EDU" });
    expect(actorFor(r, "القضاة")).toMatchObject({ sector: "JUD" });
    expect(actorFor(r, "المحامون")).toMatchObject({ sector: "JUD" });
    expect(actorFor(r, "الفلاحون")).toMatchObject({ sector: "AGR" });
    expect(actorFor(r, "أهالي")).toMatchObject({ sector: "CVL" });
  });

  it("codes the unemployed, young doctors, taxi drivers and people of a quarter", () => {
    const r = run("اعتصم المعطلون عن العمل أمام مقر الولاية، وواصل الأطباء الشبان إضرابهم، وأغلق سواق التاكسي الطريق، وخرج متساكنو الحي للاحتجاج.");
    expect(actorFor(r, "المعطلون عن العمل")).toMatchObject({ sector: "LAB" });
    expect(actorFor(r, "الأطباء الشبان")).toMatchObject({ sector: "LAB" });
    expect(actorFor(r, "سواق")).toMatchObject({ sector: "LAB" });
    expect(actorFor(r, "متساكنو")).toMatchObject({ sector: "CVL" });
  });

  it("reads the phrase behind a clitic and with a shadda: «لأعوان الصحة العمومية»، «عمّال البناء»", () => {
    const r = run("تضامنا مع عمّال البناء ولأعوان الصحة العمومية، احتج أعوان الحرس الوطني.");
    expect(actorFor(r, "عمّال البناء")).toMatchObject({ sector: "LAB" });
    expect(actorFor(r, "أعوان الصحة العمومية")).toMatchObject({ sector: "LAB" });
    expect(actorFor(r, "أعوان الحرس الوطني")).toMatchObject({ sector: "COP" });
  });

  it("makes no actor of a vague head without a workplace it knows («أعوان القصر»)", () => {
    const r = run("استقبل الرئيس أعوان القصر في مكتبه.");
    expect(r.actors.some((a) => a.span.text.includes("أعوان"))).toBe(false);
  });
});
