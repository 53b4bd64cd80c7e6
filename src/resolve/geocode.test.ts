import { describe, expect, it } from "vitest";
import { addContext, bestPlace, distanceKm, emptyContext, precisionOf } from "./geocode.js";
import type { GazPlace } from "./knowledge-base.js";

const place = (country: string, fcode: string, population: number, lat: number, lon: number): GazPlace => ({
  geonames: 1, name_en: "x", names_ar: ["طرابلس"], lat, lon, country, admin1: null, fcode, population, capitalOf: null,
});
const tripoliLY = place("LBY", "PPLC", 1302947, 32.89, 13.19);
const tripoliLB = place("LBN", "PPLA", 229398, 34.43, 35.84);

describe("bestPlace", () => {
  it("prefers the capital when the article names neither country", () => {
    expect(bestPlace([tripoliLB, tripoliLY], emptyContext(), 0, false)).toBe(tripoliLY);
  });
  it("follows the countries the article names", () => {
    const ctx = emptyContext();
    addContext(ctx, "LBN", 0);
    addContext(ctx, "LBN", 2);
    expect(bestPlace([tripoliLY, tripoliLB], ctx, 1, false)).toBe(tripoliLB);
  });
});

describe("precision and distance", () => {
  it("codes towns 1 and divisions 3", () => {
    expect(precisionOf("PPLA")).toBe(1);
    expect(precisionOf("ADM1")).toBe(3);
  });
  it("measures Tripoli to Tripoli at about 2,100 km", () => {
    expect(distanceKm(tripoliLY, tripoliLB)).toBeGreaterThan(2000);
    expect(distanceKm(tripoliLY, tripoliLY)).toBe(0);
  });
});
