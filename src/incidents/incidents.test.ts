import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { EventItem } from "../store/store.js";
import { ACTORS, PLACES, article, karabakhFixtures, makeEvent, makeRecord } from "../store/test-fixtures.js";
import { aggregateFatalities, groupIncidents, km } from "./incidents.js";

async function eventsOf(extra: { id: string; text: string; published: string; spec: Parameters<typeof makeEvent>[2] }[] = []): Promise<EventItem[]> {
  const store = await openSqliteStore({ path: ":memory:" });
  for (const { article: a, record } of karabakhFixtures()) await store.saveAnalyzed(a, record, "1");
  for (const x of extra) {
    const a = article(x.id, x.text, { published: x.published, outlet: `outlet ${x.id}` });
    await store.saveAnalyzed(a, makeRecord(a, [makeEvent(x.text, "V1", x.spec)]), "1");
  }
  const { items } = await store.events({}, { limit: 500 });
  await store.close();
  return items;
}

describe("groupIncidents", () => {
  it("groups two outlets' reports of the same shelling and keeps each claim", async () => {
    const incidents = groupIncidents(await eventsOf());
    const shelling = incidents.find((i) => i.type === "ASSAULT")!;
    expect(shelling.articles).toBe(2);
    expect(shelling.date).toBe("2020-10-09");
    expect(shelling.place?.name_en).toBe("Stepanakert");
    expect(shelling.sources.map((s) => [s.article_id, s.dead])).toEqual(expect.arrayContaining([["k1", 3], ["k2", 7]]));
    expect(shelling.sources[0].claimant).toBe("وزارة الدفاع الأرمينية");
    expect(shelling.fatalities).toEqual({ acled: 3, ucdp: { low: 3, best: 5, high: 7 } });
    expect(incidents).toHaveLength(3); // the shelling, the Moscow meeting, the Tunisian aid
  });

  it("keeps apart the same type on another day, at a far place, or between other parties", async () => {
    const text = "قصفت القوات الأذربيجانية مواقع أرمينية.";
    const base = { type: "ASSAULT" as const, actor: [ACTORS.aze], recipient: [ACTORS.arm] };
    const items = await eventsOf([
      { id: "otherday", text: `${text} 1`, published: "2020-10-12", spec: { ...base, when: { value: "2020-10-11", precision: "day", span: null }, where: PLACES.stepanakert } },
      { id: "far", text: `${text} 2`, published: "2020-10-10", spec: { ...base, when: { value: "2020-10-09", precision: "day", span: null }, where: PLACES.ganja } },
      { id: "others", text: `${text} 3`, published: "2020-10-10", spec: { type: "ASSAULT", actor: [ACTORS.rus], recipient: [{ entity: null, text: "مسلحون", country: "SYR", sector: "REB" }], when: { value: "2020-10-09", precision: "day", span: null }, where: PLACES.stepanakert } },
    ]);
    const assault = groupIncidents(items).filter((i) => i.type === "ASSAULT");
    expect(assault.map((i) => i.articles).sort()).toEqual([1, 1, 1, 2]);
  });

  it("joins a report without a place to a matching one, and ids are stable", async () => {
    const text = "قتل مدنيان في قصف أذربيجاني.";
    const items = await eventsOf([{ id: "noplace", text, published: "2020-10-10", spec: { type: "ASSAULT", actor: [ACTORS.aze], when: { value: "2020-10-09", precision: "day", span: null }, size: { dead: 2, injured: null, arrested: null } } }]);
    const a = groupIncidents(items).find((i) => i.type === "ASSAULT")!;
    expect(a.articles).toBe(3);
    expect(a.fatalities.acled).toBe(2);
    expect(groupIncidents([...items].reverse()).find((i) => i.type === "ASSAULT")!.id).toBe(a.id);
  });
});

describe("groupIncidents: parties", () => {
  const qatar = { entity: null, text: "قطر", country: "QAT", sector: "GOV" };
  const when = { value: "2017-06-05", precision: "day" as const, span: null };
  it("keeps apart two states cutting ties with the same third state", async () => {
    const items = await eventsOf([
      { id: "ly", text: "ليبيا تقطع علاقاتها مع قطر", published: "2017-06-05", spec: { type: "SANCTION", actor: [{ entity: null, text: "ليبيا", country: "LBY", sector: "GOV" }], recipient: [qatar], when } },
      { id: "sa", text: "السعودية تقطع علاقاتها مع قطر", published: "2017-06-05", spec: { type: "SANCTION", actor: [{ entity: null, text: "السعودية", country: "SAU", sector: "GOV" }], recipient: [qatar], when } },
      { id: "sa2", text: "الرياض تعلن قطع العلاقات مع الدوحة", published: "2017-06-06", spec: { type: "SANCTION", actor: [{ entity: null, text: "الرياض", country: "SAU", sector: "GOV" }], recipient: [{ ...qatar, text: "الدوحة" }], when } },
    ]);
    const sanctions = groupIncidents(items).filter((i) => i.type === "SANCTION");
    expect(sanctions.map((i) => i.sources.map((s) => s.article_id).sort().join(",")).sort()).toEqual(["ly", "sa,sa2"]);
  });

  it("matches two-sided fighting written with the sides swapped", async () => {
    const items = await eventsOf([{ id: "swap", text: "اشتباكات بين القوات الأرمينية والأذربيجانية", published: "2020-10-10", spec: {
      type: "ASSAULT", actor: [ACTORS.arm], recipient: [ACTORS.aze], when: { value: "2020-10-09", precision: "day", span: null }, where: PLACES.stepanakert,
    } }]);
    expect(groupIncidents(items).find((i) => i.type === "ASSAULT")?.articles).toBe(3);
  });

  it("never puts two events of one article in one incident, even through other articles", async () => {
    const t = "قصفت القوات الأذربيجانية ستيباناكرت ثم قصفت القوات الأذربيجانية ستيباناكرت مجددا";
    const base = { type: "ASSAULT" as const, actor: [ACTORS.aze], recipient: [ACTORS.arm], when: { value: "2020-10-09", precision: "day" as const, span: null }, where: PLACES.stepanakert };
    const store = await openSqliteStore({ path: ":memory:" });
    for (const { article: a, record } of karabakhFixtures()) await store.saveAnalyzed(a, record, "1");
    const a = article("two", t, { published: "2020-10-10" });
    await store.saveAnalyzed(a, makeRecord(a, [makeEvent(t, "V1", base), makeEvent(t, "V2", base)]), "1");
    const { items } = await store.events({ type: ["ASSAULT"] }, { limit: 50 });
    await store.close();
    for (const inc of groupIncidents(items)) {
      const ids = inc.sources.map((s) => s.article_id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("groupIncidents: evidence", () => {
  it("does not join a report that names neither a place nor a party", async () => {
    const items = await eventsOf([{ id: "vague", text: "وقع هجوم أمس", published: "2020-10-10", spec: { type: "ASSAULT", when: { value: "2020-10-09", precision: "day", span: null } } }]);
    const assault = groupIncidents(items).filter((i) => i.type === "ASSAULT");
    expect(assault.map((i) => i.articles).sort()).toEqual([1, 2]);
  });
});

describe("aggregateFatalities", () => {
  it("takes the lowest toll for ACLED and low/median/high for UCDP", () => {
    expect(aggregateFatalities([10, 4, 7])).toEqual({ acled: 4, ucdp: { low: 4, best: 7, high: 10 } });
    expect(aggregateFatalities([null, null])).toEqual({ acled: null, ucdp: null });
  });
});

describe("km", () => {
  it("measures Stepanakert to Ganja at about 100 km", () => {
    const d = km(PLACES.stepanakert.lat!, PLACES.stepanakert.lon!, PLACES.ganja.lat!, PLACES.ganja.lon!);
    expect(d).toBeGreaterThan(90);
    expect(d).toBeLessThan(110);
  });
});
