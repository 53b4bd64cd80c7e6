import { describe, expect, it } from "vitest";
import { prepare } from "../prep/index.js";
import { readTimes } from "./index.js";
import { timeFor, toWhen } from "./time-for.js";

function tokenOf(doc: ReturnType<typeof prepare>, word: string): { tokenStart: number; tokenEnd: number } {
  const i = doc.tokens.findIndex((t) => t.text === word);
  return { tokenStart: i, tokenEnd: i + 1 };
}
const whole = (doc: ReturnType<typeof prepare>) => ({ tokenStart: 0, tokenEnd: doc.tokens.length });

describe("timeFor: the time of an event's clause", () => {
  const text = "وقالت وزارة الدفاع أمس إن اشتباكات عنيفة اندلعت ليل الخميس على طول خط التماس";
  const doc = prepare(text);
  const times = readTimes(doc, "2020-10-10");

  it("picks the time mention nearest the trigger, after it first", () => {
    expect(timeFor(times, doc, tokenOf(doc, "اندلعت"), whole(doc))?.span.text).toBe("ليل الخميس");
    expect(timeFor(times, doc, tokenOf(doc, "وقالت"), whole(doc))?.span.text).toBe("أمس");
  });

  it("looks only inside the given sentence or clause", () => {
    const t = tokenOf(doc, "اندلعت");
    expect(timeFor(times, doc, t, { tokenStart: t.tokenStart, tokenEnd: t.tokenEnd + 1 })).toBeNull();
  });

  it("prefers a time in the same clause over a nearer one across a comma", () => {
    const d = prepare("اجتمع الوزيران الخميس، وسيزور الرئيس باريس يوم الاثنين");
    const ts = readTimes(d, "2020-10-10");
    expect(timeFor(ts, d, tokenOf(d, "وسيزور"), whole(d))?.value).toBe("2020-10-12");
    expect(timeFor(ts, d, tokenOf(d, "اجتمع"), whole(d))?.value).toBe("2020-10-08");
  });

  it("turns a mention into an event's `when`, and gives none without a value", () => {
    const w = toWhen(times[1]);
    expect(w).toEqual({ value: "2020-10-08", precision: "part_of_day", span: times[1].span });
    const none = readTimes(prepare("قال الوزير أمس"), null)[0];
    expect(toWhen(none)).toBeNull();
  });
});
