// Actor co-occurrence graph from participant rows, shared by every store.
import type { EventType } from "../core/contract.js";
import type { ActorSummary, Graph, GraphEdge } from "./store.js";

export type ParticipantEventRow = { event_rowid: number; type: string; name: string; name_norm: string; name_en: string | null; country: string | null; sector: string | null };
type Row = Record<string, unknown>;

/** Actor co-occurrence: every pair of participants of one event is an edge; the `limit` busiest actors. */
export function buildGraph(rows: Row[], limit: number): Graph {
  const nodes = new Map<string, ActorSummary & { id: string }>();
  const byEvent = new Map<number, { type: EventType; ids: Set<string> }>();
  for (const r of rows) {
    const id = r.name_norm as string;
    let node = nodes.get(id);
    if (!node) {
      node = { id, name: r.name as string, name_en: (r.name_en as string | null) ?? null, country: (r.country as string | null) ?? null, sector: (r.sector as string | null) ?? null, events: 0 };
      nodes.set(id, node);
    }
    const ev = r.event_rowid as number;
    let g = byEvent.get(ev);
    if (!g) { g = { type: r.type as EventType, ids: new Set() }; byEvent.set(ev, g); }
    if (!g.ids.has(id)) { g.ids.add(id); node.events++; }
  }
  const keep = new Set([...nodes.values()].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).slice(0, Math.max(1, limit)).map((n) => n.id));
  const edges = new Map<string, GraphEdge>();
  for (const { type, ids } of byEvent.values()) {
    const list = [...ids].filter((i) => keep.has(i)).sort();
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const k = `${list[i]}\u0000${list[j]}`;
        let edge = edges.get(k);
        if (!edge) { edge = { source: list[i], target: list[j], weight: 0, types: {} }; edges.set(k, edge); }
        edge.weight++;
        edge.types[type] = (edge.types[type] ?? 0) + 1;
      }
    }
  }
  return { nodes: [...nodes.values()].filter((n) => keep.has(n.id)), edges: [...edges.values()].sort((a, b) => b.weight - a.weight) };
}
