// Behaviours for domestic (Maghrebi) news phrasing: security operations (custody, dismantled cells, seizures),
// strikes «عن العمل», court rulings «أصدرت حكما», road blocking «غلق الطريق», and the sport/booking traps.
import { describe, expect, it } from "vitest";
import { fixture } from "./fixture.js";
import { readEvents as readEventsWith, type EventsInput } from "./index.js";
import { loadEventsModel } from "./load.js";

const model = loadEventsModel();
const readEvents = (input: EventsInput) => readEventsWith(input, model);
const kinds = (input: EventsInput) => readEvents(input).events.map((e) => `${e.type}/${e.mode ?? ""}`);

const guard = { text: "الحرس الوطني", country: "TUN", sector: "COP" };

describe("readEvents: security operations", () => {
  it("reads «الاحتفاظ بهم» (police custody ordered by the prosecutor) as an arrest", () => {
    expect(kinds(fixture("وبعد استشارة النيابة العمومية، أذنت بالاحتفاظ بهم من أجل تكوين وفاق إجرامي.", {
      published: "2017-03-10",
    }))).toContain("COERCE/arrest");
  });

  it("does not read keeping a thing («الاحتفاظ بالمشروع») as custody", () => {
    expect(kinds(fixture("قررت الحكومة الاحتفاظ بالمشروع في صيغته الأولى.", { published: "2017-03-10" }))).not.toContain("COERCE/arrest");
  });

  it("reads «تفكيك خلية» by a security unit as an arrest with the unit as actor", () => {
    const { events } = readEvents(fixture("تمكنت وحدات الحرس الوطني بالقيروان من تفكيك خلية تكفيرية.", {
      actors: [guard], published: "2017-03-10",
    }));
    const arrest = events.find((e) => e.type === "COERCE")!;
    expect(arrest.mode).toBe("arrest");
    expect(arrest.actor.map((a) => a.country)).toEqual(["TUN"]);
  });

  it("reads «إيقاف مهربين» as an arrest of people, but not «إيقاف نشاط» of a business", () => {
    expect(kinds(fixture("تمكنت وحدات الحرس الوطني من إيقاف مهربين دون وثائق هوية.", { actors: [guard], published: "2017-03-10" })))
      .toContain("COERCE/arrest");
    expect(kinds(fixture("قررت البلدية إيقاف نشاط المقهى لمدة شهر.", { published: "2017-03-10" }))).not.toContain("COERCE/arrest");
  });

  it("reads «حجز كمية من السجائر» as a seizure, but not a team «حجز مقعده» in the final", () => {
    expect(kinds(fixture("تمكنت وحدات الحرس الوطني بالقصرين من حجز كمية من السجائر المهربة.", { actors: [guard], published: "2017-03-10" })))
      .toContain("COERCE/seize");
    expect(kinds(fixture("حجز الفريق مقعده في الدور النهائي للكأس.", { published: "2017-03-10" }))).toEqual([]);
  });
});

describe("readEvents: «الإطاحة ب»", () => {
  it("reads a unit's «الإطاحة بشبكة» as an arrest, but not a call to topple a government", () => {
    expect(kinds(fixture("تمكنت وحدات الحرس الوطني بصفاقس من الإطاحة بشبكة مختصة في تهريب المهاجرين.", {
      actors: [guard], published: "2017-03-10",
    }))).toContain("COERCE/arrest");
    expect(kinds(fixture("دعا الحزب إلى الإطاحة بالحكومة.", { published: "2017-03-10" }))).not.toContain("COERCE/arrest");
  });
});

describe("readEvents: strikes, road blocks and courts", () => {
  it("reads «نفذ الأعوان إضرابا عن العمل» as a strike (not only the hunger strike «عن الطعام»)", () => {
    expect(kinds(fixture("نفذ أعوان الصحة بولاية صفاقس اليوم الأربعاء إضرابا عن العمل.", {
      times: [{ text: "اليوم الأربعاء", value: "2017-03-08" }], published: "2017-03-08",
    }))).toContain("PROTEST/strike");
    expect(kinds(fixture("دخل السجين في إضراب عن الطعام منذ أسبوع.", { published: "2017-03-08" }))).toContain("PROTEST/hunger");
  });

  it("reads «غلق الطريق» by protesters as road obstruction", () => {
    expect(kinds(fixture("عمد عدد من الأهالي صباح اليوم إلى غلق الطريق الرابطة بين المدينتين احتجاجا على انقطاع الماء.", {
      times: [{ text: "صباح اليوم", value: "2017-03-08" }], published: "2017-03-08",
    }))).toContain("PROTEST/obstruct");
  });

  it("reads «أصدرت المحكمة حكما» as a sentence, but not «أصدرت حكمها» (the ruling already told)", () => {
    expect(kinds(fixture("أصدرت الدائرة الجنائية بالمحكمة الابتدائية أمس حكما نهائيا في قضية التهريب.", {
      actors: [{ text: "الدائرة الجنائية", country: "TUN", sector: "JUD" }], published: "2017-03-08",
    }))).toContain("SANCTION/convict");
    expect(kinds(fixture("وأوضح المحامي أن المحكمة عقدت جلسة اليوم وأصدرت حكمها بشكل نهائي.", { published: "2017-03-08" })))
      .not.toContain("SANCTION/convict");
  });
  it("does not read a called-off strike («تعليق الإضراب», «إلغاء الإضراب») as a strike", () => {
    expect(kinds(fixture("أعلنت النقابة العامة للتعليم الثانوي اليوم تعليق الإضراب في كامل الولايات.", {
      actors: [{ text: "النقابة العامة للتعليم الثانوي", country: "TUN", sector: "LAB" }],
      times: [{ text: "اليوم", value: "2017-03-08" }], published: "2017-03-08",
    }))).not.toContain("PROTEST/strike");
    expect(kinds(fixture("نفذت النقابة العامة للتعليم الثانوي اليوم إضرابا عاما في كامل الولايات.", {
      actors: [{ text: "النقابة العامة للتعليم الثانوي", country: "TUN", sector: "LAB" }], published: "2017-03-08",
    }))).toContain("PROTEST/strike");
  });

  it("reads the Tunisian «فتح بحث تحقيقي» as an investigation", () => {
    expect(kinds(fixture("أذنت النيابة العمومية بفتح بحث تحقيقي في الحادثة.", { published: "2017-03-08" })))
      .toContain("ACCUSE/investigate");
  });
});
