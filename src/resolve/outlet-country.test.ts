// The outlet's home country, for unnamed domestic actors: domestic papers, radios and state agencies have one;
// pan-Arab and international broadcasters and wire services do not.
import { beforeAll, describe, expect, it } from "vitest";
import type { KnowledgeBase } from "./knowledge-base.js";
import { loadKnowledgeBase } from "./load.js";
import { buildOutletTable, outletCountry, outletRow, parseOutlets } from "./outlet-country.js";

let kb: KnowledgeBase;
beforeAll(() => {
  kb = loadKnowledgeBase();
});

describe("outletCountry", () => {
  it("reads a Tunisian radio from the host its outlet field names", () => {
    expect(outletCountry(kb, { outlet: "Jawhara FM (jawharafm.net, Tunisia)", url: null })).toBe("TUN");
  });

  it("reads it from the article's URL, whatever the outlet field says", () => {
    expect(outletCountry(kb, { outlet: null, url: "http://www.jawharafm.net/ar/article/احتجاجات-تستقبل-رئيس-الحكومة-في-مدنين/105/79477" })).toBe("TUN");
    expect(outletCountry(kb, { outlet: "?", url: "https://www.okaz.com.sa/news/local/1" })).toBe("SAU");
  });

  it("gives the Saudi dailies and the Saudi Press Agency SAU", () => {
    for (const outlet of ["Al-Riyadh (alriyadh.com)", "Sabq (sabq.org)", "Saudi Press Agency (spa.gov.sa)", "Al-Watan (alwatan.com.sa)"]) {
      expect(outletCountry(kb, { outlet, url: null })).toBe("SAU");
    }
  });

  it("reads an outlet by its name, in English or Arabic", () => {
    expect(outletCountry(kb, { outlet: "وكالة الأنباء الجزائرية", url: null })).toBe("DZA");
    expect(outletCountry(kb, { outlet: "صحيفة الأهرام", url: null })).toBe("EGY");
    expect(outletCountry(kb, { outlet: "Hespress", url: null })).toBe("MAR");
  });

  it("prefers the longer name: «وكالة أنباء الشرق الأوسط» is Egypt's agency, «الشرق الأوسط» the pan-Arab daily", () => {
    expect(outletCountry(kb, { outlet: "وكالة أنباء الشرق الأوسط", url: null })).toBe("EGY");
    expect(outletCountry(kb, { outlet: "الشرق الأوسط", url: null })).toBeNull();
  });

  it("gives no home country for pan-Arab and international broadcasters, though the table keeps their base", () => {
    expect(outletCountry(kb, { outlet: "Asharq Al-Awsat (aawsat.com)", url: null })).toBeNull();
    expect(outletCountry(kb, { outlet: null, url: "https://www.aljazeera.net/news/2020/1/1/x" })).toBeNull();
    expect(outletCountry(kb, { outlet: null, url: "https://arabic.rt.com/middle_east/1/" })).toBeNull();
    expect(outletRow(kb.outlets!, { url: "https://www.aljazeera.net/news/" })?.country).toBe("QAT");
    expect(outletRow(kb.outlets!, { url: "https://www.alarabiya.net/x" })?.scope).toBe("pan-arab");
  });

  it("gives none for wire services", () => {
    expect(outletCountry(kb, { outlet: "رويترز", url: null })).toBeNull();
    expect(outletCountry(kb, { outlet: null, url: "https://www.reuters.com/world/" })).toBeNull();
  });

  it("falls back on the country-code domain of an unknown outlet", () => {
    expect(outletCountry(kb, { outlet: null, url: "https://www.unknown-paper.com.lb/a/1" })).toBe("LBN");
    expect(outletCountry(kb, { outlet: "Some Daily (somedaily.ma)", url: null })).toBe("MAR");
    expect(outletCountry(kb, { outlet: null, url: "https://example.com/a" })).toBeNull();
  });

  it("is null with no outlet, no URL, or no table loaded", () => {
    expect(outletCountry(kb, { outlet: null, url: null })).toBeNull();
    expect(outletCountry({}, { outlet: "Jawhara FM (jawharafm.net, Tunisia)", url: null })).toBeNull();
  });

  it("parses the TSV, skipping malformed rows", () => {
    const rows = parseOutlets("match\tkey\tcountry\tscope\toutlet\ndomain\tx.tn\tTUN\tdomestic\tX\nbad\trow\n\nname\tفلان\t\twire\tY\n");
    expect(rows).toEqual([
      { match: "domain", key: "x.tn", country: "TUN", scope: "domestic", outlet: "X" },
      { match: "name", key: "فلان", country: null, scope: "wire", outlet: "Y" },
    ]);
    expect(outletCountry({ outlets: buildOutletTable(rows) }, { outlet: null, url: "http://sub.x.tn/p" })).toBe("TUN");
  });
});
