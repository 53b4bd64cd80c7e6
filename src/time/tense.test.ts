import { describe, expect, it } from "vitest";
import { scan } from "./scan.js";
import { tenseBefore } from "./tense.js";

function tenseAt(text: string, word: string): string {
  const { words } = scan(text);
  const i = words.findIndex((w) => w.t === word);
  return tenseBefore(words, i);
}

describe("the tense of a clause", () => {
  it("reads the future from «من المتوقع أن» several words back", () => {
    expect(tenseAt("لكن من المتوقع أن يجتمع مع مسؤولين روس وفرنسيين وأمريكيين في موسكو يوم الاثنين", "يوم")).toBe("future");
  });
  it("reads the future from a verb with the prefix سـ", () => {
    expect(tenseAt("وأكد أن حزبه سيجتمع، غدا السبت", "غدا")).toBe("future");
    expect(tenseAt("وسينظر مجلس الشيوخ الفرنسي هذا الإجراء أيضا يوم الخميس", "يوم")).toBe("future");
  });
  it("does not take nouns that begin like future verbs for verbs", () => {
    expect(tenseAt("اشتباكات عنيفة في ساعة متأخرة من مساء الخميس", "مساء")).toBe("none");
    expect(tenseAt("أعلن مدير الشركة سيارة جديدة الخميس", "الخميس")).toBe("none");
  });
  it("reads strong past cues", () => {
    expect(tenseAt("وكانت الشرطة قد اعتقلت يوم الخميس", "يوم")).toBe("past");
  });
  it("stops at the start of the clause", () => {
    expect(tenseAt("سيزور الرئيس تونس. وقال الوزير الخميس", "الخميس")).toBe("none");
    expect(tenseAt("من المتوقع أن يصل الوفد لكن الوزير تحدث الخميس", "الخميس")).toBe("none");
  });
});
