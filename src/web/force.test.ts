import { describe, expect, it } from "vitest";
import { forceLayout } from "./force.js";

const nodes = ["أذربيجان", "أرمينيا", "روسيا", "فرنسا", "تركيا", "إيران"].map((id) => ({ id, size: 1 }));
const edges = [
  { source: "أذربيجان", target: "أرمينيا", weight: 5 },
  { source: "روسيا", target: "أرمينيا", weight: 2 },
  { source: "تركيا", target: "أذربيجان", weight: 3 },
];
const box = { width: 800, height: 500 };

describe("forceLayout", () => {
  it("gives the same picture for the same graph and seed", () => {
    expect([...forceLayout(nodes, edges, box)]).toEqual([...forceLayout(nodes, edges, box)]);
  });

  it("keeps every node inside the drawing with its margin", () => {
    for (const p of forceLayout(nodes, edges, { ...box, margin: 30 }).values()) {
      expect(p.x).toBeGreaterThanOrEqual(30); expect(p.x).toBeLessThanOrEqual(770);
      expect(p.y).toBeGreaterThanOrEqual(30); expect(p.y).toBeLessThanOrEqual(470);
    }
  });

  it("draws strongly linked actors closer than unlinked ones", () => {
    const p = forceLayout(nodes, edges, box);
    const d = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    expect(d("أذربيجان", "أرمينيا")).toBeLessThan(d("فرنسا", "إيران"));
  });

  it("ignores edges to unknown nodes and self-loops", () => {
    const p = forceLayout(nodes, [...edges, { source: "x", target: "روسيا", weight: 1 }, { source: "روسيا", target: "روسيا", weight: 9 }], box);
    expect(p.size).toBe(nodes.length);
    for (const v of p.values()) expect(Number.isFinite(v.x) && Number.isFinite(v.y)).toBe(true);
  });
});
