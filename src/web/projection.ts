// Equirectangular projection of lon/lat into an SVG box, and country outlines as SVG path strings.
// Rings that jump across the antimeridian are broken there instead of drawing a line across the map.

export type Box = { width: number; height: number; west: number; east: number; north: number; south: number };
export type Ring = readonly (readonly number[])[];
export type Geometry =
  | { type: "Polygon"; coordinates: Ring[] }
  | { type: "MultiPolygon"; coordinates: Ring[][] }
  | { type: string; coordinates?: unknown };

export const WORLD: Box = { width: 1000, height: 500, west: -180, east: 180, north: 84, south: -60 };

export function project(box: Box, lon: number, lat: number): [number, number] {
  return [
    ((lon - box.west) / (box.east - box.west)) * box.width,
    ((box.north - lat) / (box.north - box.south)) * box.height,
  ];
}

function ringPath(box: Box, ring: Ring): string {
  let d = "";
  let prevLon: number | null = null;
  for (const [lon, lat] of ring) {
    const [x, y] = project(box, lon, lat);
    const jump = prevLon !== null && Math.abs(lon - prevLon) > 180;
    d += `${d === "" || jump ? "M" : "L"}${x.toFixed(1)},${y.toFixed(1)}`;
    prevLon = lon;
  }
  return d ? `${d}Z` : "";
}

/** The SVG `d` of a Polygon or MultiPolygon; "" for anything else. */
export function geometryPath(box: Box, g: Geometry): string {
  if (g.type === "Polygon") return (g.coordinates as Ring[]).map((r) => ringPath(box, r)).join("");
  if (g.type === "MultiPolygon") return (g.coordinates as Ring[][]).flatMap((p) => p.map((r) => ringPath(box, r))).join("");
  return "";
}

/**
 * The lon/lat window that shows every point with some room around it, at least `minSpan` degrees wide,
 * with the aspect ratio of `box` so the map is not stretched. The whole world when there are no points.
 */
export function fitBox(box: Box, points: readonly { lon: number; lat: number }[], minSpan = 24): Box {
  if (points.length === 0) return box;
  let w = Math.min(...points.map((p) => p.lon)), e = Math.max(...points.map((p) => p.lon));
  let s = Math.min(...points.map((p) => p.lat)), n = Math.max(...points.map((p) => p.lat));
  const aspect = box.width / box.height;
  const lonSpan = Math.max(minSpan, (e - w) * 1.3, (n - s) * 1.3 * aspect);
  const latSpan = lonSpan / aspect;
  const cLon = (w + e) / 2, cLat = (n + s) / 2;
  w = cLon - lonSpan / 2; e = cLon + lonSpan / 2; s = cLat - latSpan / 2; n = cLat + latSpan / 2;
  return { ...box, west: w, east: e, south: s, north: n };
}
