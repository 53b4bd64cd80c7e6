import { describe, expect, it } from "vitest";
import { fitBox, geometryPath, project, WORLD } from "./projection.js";

describe("project", () => {
  it("puts the west edge at x=0, the east edge at the width and the north edge at y=0", () => {
    expect(project(WORLD, -180, 84)).toEqual([0, 0]);
    expect(project(WORLD, 180, -60)).toEqual([1000, 500]);
  });
  it("places Stepanakert (46.75E, 39.8N) east of Tunis (10.2E, 36.8N) and further north", () => {
    const [xs, ys] = project(WORLD, 46.75, 39.8), [xt, yt] = project(WORLD, 10.18, 36.8);
    expect(xs).toBeGreaterThan(xt);
    expect(ys).toBeLessThan(yt);
  });
});

describe("geometryPath", () => {
  it("draws a polygon ring as one closed subpath", () => {
    const d = geometryPath(WORLD, { type: "Polygon", coordinates: [[[0, 0], [10, 0], [10, 10], [0, 0]]] });
    expect(d.match(/M/g)).toHaveLength(1);
    expect(d.endsWith("Z")).toBe(true);
  });
  it("breaks a ring where it crosses the antimeridian instead of drawing across the map", () => {
    const d = geometryPath(WORLD, { type: "Polygon", coordinates: [[[179, 60], [-179, 61], [-179, 62], [179, 60]]] });
    expect(d.match(/M/g)!.length).toBeGreaterThan(1);
  });
  it("draws nothing for a geometry it does not know", () => {
    expect(geometryPath(WORLD, { type: "Point", coordinates: [1, 2] })).toBe("");
  });
});

describe("fitBox", () => {
  it("keeps the world when there is nothing to show", () => {
    expect(fitBox(WORLD, [])).toEqual(WORLD);
  });
  it("frames the points with the map's aspect ratio and at least the minimum span", () => {
    const b = fitBox(WORLD, [{ lon: 10.18, lat: 36.8 }, { lon: 46.75, lat: 39.8 }]);
    expect(b.west).toBeLessThan(10.18); expect(b.east).toBeGreaterThan(46.75);
    expect((b.east - b.west) / (b.north - b.south)).toBeCloseTo(2, 5);
  });
});
