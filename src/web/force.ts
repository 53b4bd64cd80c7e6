// A small deterministic force layout for the actor graph: seeded start positions, pairwise repulsion,
// springs along edges, a pull to the centre, and a cooling step size. Same input, same picture.
import { seededRandom } from "../core/random.js";

export type LayoutNode = { id: string; size: number };
export type LayoutEdge = { source: string; target: string; weight: number };
export type Point = { x: number; y: number };


export function forceLayout(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  opts: { width: number; height: number; iterations?: number; seed?: number; margin?: number },
): Map<string, Point> {
  const { width, height, iterations = 300, seed = 7, margin = 40 } = opts;
  const rand = seededRandom(seed);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  // Simulate in a unit square around the origin, then scale into the box.
  const pos = nodes.map(() => ({ x: rand() - 0.5, y: rand() - 0.5 }));
  const links = edges
    .map((e) => ({ a: index.get(e.source), b: index.get(e.target), w: e.weight }))
    .filter((l): l is { a: number; b: number; w: number } => l.a !== undefined && l.b !== undefined && l.a !== l.b);
  const maxW = Math.max(1, ...links.map((l) => l.w));
  const k = Math.sqrt(1 / Math.max(1, nodes.length)); // ideal distance (Fruchterman-Reingold)

  for (let it = 0; it < iterations; it++) {
    const temp = 0.1 * (1 - it / iterations) + 0.002; // cooling: the largest step allowed
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        let d = Math.sqrt(dx * dx + dy * dy);
        if (d < 1e-6) { dx = rand() - 0.5; dy = rand() - 0.5; d = Math.sqrt(dx * dx + dy * dy); }
        const f = (k * k) / d / d;
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const l of links) {
      const dx = pos[l.b].x - pos[l.a].x, dy = pos[l.b].y - pos[l.a].y;
      const d = Math.sqrt(dx * dx + dy * dy);
      const f = (d / k) * (0.5 + l.w / maxW);
      disp[l.a].x += dx * f; disp[l.a].y += dy * f;
      disp[l.b].x -= dx * f; disp[l.b].y -= dy * f;
    }
    for (let i = 0; i < pos.length; i++) {
      // Gravity keeps unconnected actors from drifting off, so the picture stays compact.
      const d = Math.sqrt(pos[i].x ** 2 + pos[i].y ** 2);
      disp[i].x -= pos[i].x * d / k * 0.3;
      disp[i].y -= pos[i].y * d / k * 0.3;
      const len = Math.sqrt(disp[i].x ** 2 + disp[i].y ** 2);
      if (len > 0) {
        const step = Math.min(len, temp) / len;
        pos[i].x += disp[i].x * step;
        pos[i].y += disp[i].y * step;
      }
    }
  }
  // Stretch the drawing over the box (a wide box gets a wide graph: labels need the room).
  const xs = pos.map((p) => p.x), ys = pos.map((p) => p.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const fit = (v: number, lo: number, hi: number, size: number) =>
    hi - lo < 1e-9 ? size / 2 : margin + ((v - lo) / (hi - lo)) * (size - 2 * margin);
  return new Map(nodes.map((n, i) => [n.id, { x: fit(pos[i].x, minX, maxX, width), y: fit(pos[i].y, minY, maxY, height) }]));
}
