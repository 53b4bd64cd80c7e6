import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, filterParams, hasFilters, parseFilters } from "./filters.js";

describe("filters", () => {
  it("reads comma lists, trims text and upper-cases the country", () => {
    const f = parseFilters(new URLSearchParams("type=ASSAULT,COERCE&country=aze&actor=%20أرمينيا%20&from=2020-10-01"));
    expect(f).toMatchObject({ type: ["ASSAULT", "COERCE"], country: "AZE", actor: "أرمينيا", from: "2020-10-01", to: "" });
  });
  it("drops a date that is not YYYY-MM-DD", () => {
    expect(parseFilters(new URLSearchParams("from=yesterday&to=2020-13")).from).toBe("");
  });
  it("writes only what is set, and reads back what it wrote", () => {
    const f = { ...EMPTY_FILTERS, type: ["PROTEST"], status: ["asserted", "negated"], actor: "الاتحاد العام التونسي للشغل" };
    const p = filterParams(f);
    expect([...p.keys()]).toEqual(["type", "status", "actor"]);
    expect(parseFilters(p)).toEqual(f);
  });
  it("knows when nothing is filtered", () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters({ ...EMPTY_FILTERS, to: "2016-01-14" })).toBe(true);
  });
});
