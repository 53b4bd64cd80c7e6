// The curated office-holder table (data/kb/curated/office-holders.tsv → data/kb/leaders.tsv): holders after 2011
// get their English name, country and sector from the Arabic spelling the press uses.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { Resolved } from "../core/doc.js";
import { prepare } from "../prep/index.js";
import { resolve } from "./index.js";
import type { KbData } from "./kb-types.js";
import { buildKnowledgeBase, type KnowledgeBase } from "./knowledge-base.js";
import { loadKnowledgeBase } from "./load.js";
import { linkLeader } from "./names.js";

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});
const run = (text: string): Resolved => resolve(prepare(text), [], kb);
const person = (r: Resolved, mention: string) => r.entities.find((e) => e.type === "PER" && e.mentions.some((m) => m.text === mention));

describe("office holders after 2011", () => {
  it("names a foreign minister of 2013-2021 read after his office and nisba", () => {
    const r = run("وقال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده مستعدة للحوار.");
    expect(person(r, "محمد جواد ظريف")).toMatchObject({ name_en: "Mohammad Javad Zarif", country: "IRN", sector: "GOV" });
  });

  it("links the Arab press spellings of names whose English skeleton differs («مولود جاويش أوغلو»، «عبد الفتاح السيسي»)", () => {
    expect(linkLeader(kb, "مولود جاويش أوغلو", "TUR")?.name_en).toBe("Mevlüt Çavuşoğlu");
    expect(linkLeader(kb, "مولود تشاووش أوغلو", "TUR")?.name_en).toBe("Mevlüt Çavuşoğlu");
    expect(linkLeader(kb, "عبد الفتاح السيسي", "EGY")?.name_en).toMatch(/^Abdel Fattah el-Sisi$/i);
    expect(linkLeader(kb, "فيصل بن فرحان", "SAU")?.name_en).toBe("Faisal bin Farhan Al Saud");
  });

  it("gives an armed group's leader the group's country and sector", () => {
    expect(linkLeader(kb, "حسن نصر الله", "LBN")).toMatchObject({ name_en: "Hassan Nasrallah", country: "LBN", sector: "REB" });
    expect(linkLeader(kb, "عبد الملك الحوثي", "YEM")).toMatchObject({ name_en: "Abdul-Malik al-Houthi", sector: "REB" });
    expect(linkLeader(kb, "أبو بكر البغدادي", "IMG")?.name_en).toBe("Abu Bakr al-Baghdadi");
  });

  it("finds a current IGO head by exact sound when the text names no state", () => {
    expect(linkLeader(kb, "أنطونيو غوتيريش", null)).toMatchObject({ name_en: "António Guterres", country: "UNO" });
  });

  it("prefers the later term of a person who held the same office twice", () => {
    expect(linkLeader(kb, "رمطان لعمامرة", "DZA")?.start).toBe("2021");
  });

  it("still leaves a person no table knows without an English name", () => {
    expect(linkLeader(kb, "تيغران بيتروسيان", "ARM")).toBeNull();
    const r = run("ولم يحضر وزير الخارجية الأرميني تيغران بيتروسيان محادثات جنيف.");
    expect(person(r, "تيغران بيتروسيان")).toMatchObject({ country: "ARM", name_en: null });
  });
});

describe("Arabic spellings in the leaders table", () => {
  const data: KbData = { version: 1, entities: [], sectors: [] };
  const row = { country: "XXA", office: "foreign_minister", name_en: "Mevlüt Çavuşoğlu", start: "2015", end: "2023" };
  it("match by their own skeleton only when a row gives them", () => {
    const plain = buildKnowledgeBase({ data, places: [], leaders: [row] });
    const withAr = buildKnowledgeBase({ data, places: [], leaders: [{ ...row, names_ar: ["مولود جاويش أوغلو"] }] });
    expect(linkLeader(plain, "مولود جاويش أوغلو", "XXA")).toBeNull();
    expect(linkLeader(withAr, "مولود جاويش أوغلو", "XXA")?.name_en).toBe("Mevlüt Çavuşoğlu");
  });
  it("add no second entry when the Arabic spelling sounds like the English name", () => {
    const zebari = { country: "XXA", office: "foreign_minister", name_en: "Hoshyar Zebari", start: "2003", end: "2014", names_ar: ["هوشيار زيباري"] };
    expect(buildKnowledgeBase({ data, places: [], leaders: [zebari] }).leaders.get("XXA")!.length).toBe(1);
  });
});

describe("full Arabic names of curated holders (personNames)", () => {
  const data: KbData = { version: 1, entities: [], sectors: [] };
  const row = (country: string, office: string, start: string, end: string, sector: string) =>
    ({ country, office, name_en: "Rached Ghannouchi", start, end, names_ar: ["راشد الغنوشي"], sector });

  it("take the sector of the office held longest, and leave out a name held in two countries", () => {
    const one = buildKnowledgeBase({ data, places: [], leaders: [row("TUN", "party_leader", "1991", "2023", "PTY"), row("TUN", "speaker", "2019", "2021", "LEG")] });
    expect(one.personNames.get("راشد")?.[0]).toMatchObject({ country: "TUN", sector: "PTY" });
    const two = buildKnowledgeBase({ data, places: [], leaders: [row("TUN", "speaker", "2019", "2021", "LEG"), row("DZA", "speaker", "2019", "2021", "LEG")] });
    expect(two.personNames.get("راشد")).toBeUndefined();
  });

  it("skip one-word names, which are too often common words", () => {
    const kb1 = buildKnowledgeBase({ data, places: [], leaders: [{ country: "XXA", office: "head_of_state", name_en: "X", start: "2000", end: "", names_ar: ["جمعة"] }] });
    expect(kb1.personNames.size).toBe(0);
  });
});

describe("the curated table", () => {
  const text = readFileSync(fileURLToPath(new URL("../../data/kb/curated/office-holders.tsv", import.meta.url)), "utf8");
  const rows = text.split("\n").filter((l) => l && !l.startsWith("#")).slice(1).map((l) => l.split("\t"));
  it("has one row per term with years in order and only well-formed Wikidata ids", () => {
    expect(rows.length).toBeGreaterThan(600);
    for (const r of rows) {
      expect(r.length).toBe(8);
      expect(r[3]).toMatch(/^\d{4}$/);
      if (r[4]) expect(Number(r[4])).toBeGreaterThanOrEqual(Number(r[3]));
      expect(r[6]).toMatch(/^(Q\d+)?$/);
    }
  });
  it("has at most one current holder per state and office among heads of state, government and ministers", () => {
    const current = new Map<string, string[]>();
    for (const r of rows) {
      if (r[4] || !["head_of_state", "head_of_government", "foreign_minister", "defence_minister"].includes(r[1])) continue;
      const k = `${r[0]} ${r[1]}`;
      current.set(k, [...(current.get(k) ?? []), r[2]]);
    }
    // Libya has had rival governments in Tripoli and the east since 2014
    const doubled = [...current].filter(([k, v]) => v.length > 1 && !k.startsWith("LBY"));
    expect(doubled).toEqual([]);
  });
});
