import { beforeAll, describe, expect, it } from "vitest";
import type { Analysis } from "../core/contract.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { karabakhFixtures } from "../store/test-fixtures.js";
import { ACLED_COLUMNS, csvField } from "./acled-csv.js";
import { runExport } from "./export.js";
import { exportName } from "./formats.js";

let store: Store;
beforeAll(async () => {
  store = await openSqliteStore({ path: ":memory:" });
  for (const { article, record } of karabakhFixtures()) await store.saveAnalyzed(article, record, "1");
});
const collect = async (it: AsyncIterable<string>) => { let s = ""; for await (const c of it) s += c; return s; };

/** A small RFC 4180 reader for checking what we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = "";
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { f += '"'; i++; } else if (c === '"') q = false; else f += c;
    } else if (c === '"') q = true;
    else if (c === ",") { row.push(f); f = ""; }
    else if (c === "\r") continue;
    else if (c === "\n") { row.push(f); rows.push(row); row = []; f = ""; }
    else f += c;
  }
  return rows;
}

describe("events.csv", () => {
  it("writes ACLED columns with one row per event", async () => {
    const rows = parseCsv(await collect(runExport(store, "events.csv")));
    expect(rows[0]).toEqual([...ACLED_COLUMNS]);
    expect(rows).toHaveLength(5);
    const rec = Object.fromEntries(rows[0].map((c, i) => [c, rows.find((r) => r.includes("k1"))![i]]));
    expect(rec).toMatchObject({
      event_id_cnty: "AZE-k1-V1", event_date: "2020-10-09", year: "2020", time_precision: "1",
      disorder_type: "Political violence", event_type: "Explosions/Remote violence", sub_event_type: "Shelling/artillery/missile attack",
      actor1: "القوات الأذربيجانية", actor2: "القوات الأرمينية", inter1: "1", inter2: "1", interaction: "11",
      country: "AZE", location: "Stepanakert", latitude: "39.8177", longitude: "46.7528", geo_precision: "1",
      source: "وكالة أ; وزارة الدفاع الأرمينية", fatalities: "3", plover_type: "ASSAULT",
    });
    expect(rec.notes).toContain("ستيباناكرت");
  });

  it("applies the event filters", async () => {
    const rows = parseCsv(await collect(runExport(store, "events.csv", { type: ["CONSULT"] })));
    expect(rows).toHaveLength(2);
  });

  it("quotes commas and quotes, and defuses spreadsheet formulas", () => {
    expect(csvField('قال "نعم", ثم')).toBe('"قال ""نعم"", ثم"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-3.5)).toBe("-3.5");
  });
});

describe("events.geojson", () => {
  it("is a FeatureCollection of events with coordinates, [lon, lat]", async () => {
    const fc = JSON.parse(await collect(runExport(store, "events.geojson")));
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(3); // the Tunisian event has no coordinates
    const f = fc.features.find((x: { id: string }) => x.id === "k1/V1");
    expect(f.geometry).toEqual({ type: "Point", coordinates: [46.7528, 39.8177] });
    expect(f.properties).toMatchObject({ type: "ASSAULT", dead: 3, place_en: "Stepanakert", actors: ["القوات الأذربيجانية"] });
  });
});

describe("records.jsonl", () => {
  it("writes one analysis record per line", async () => {
    const lines = (await collect(runExport(store, "records.jsonl"))).trim().split("\n");
    expect(lines).toHaveLength(3);
    const rec = JSON.parse(lines[0]) as Analysis;
    expect(rec.schema).toBe("rasd.analysis/1");
    expect(rec.document.id).toBe("k1");
  });
});

describe("exportName", () => {
  it("accepts only the known names", () => {
    expect(exportName("records.jsonl")).toBe("records.jsonl");
    for (const bad of ["../events.csv", "events.csv/../../x", "/etc/passwd", "toString", "__proto__", ""]) {
      expect(() => exportName(bad)).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
    }
  });
});
