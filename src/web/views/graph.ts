// Who acts with or against whom: /api/graph drawn with the deterministic force layout; a click on an actor
// opens the map filtered on it.
import { api, type Graph } from "../api.js";
import { card } from "../components.js";
import { h, mount, s } from "../dom.js";
import { forceLayout } from "../force.js";
import { EVENT_TYPE_COLORS, fmtNumber, pickName, t, typeName } from "../i18n.js";
import { go, type Route } from "../router.js";

export async function graphPage(root: HTMLElement, _route: Route): Promise<void> {
  const g = await api<Graph>("/graph", { limit: 40 });
  const W = 960, H = 600;
  const pos = forceLayout(g.nodes.map((n) => ({ id: n.id, size: n.events })), g.edges, { width: W, height: H, margin: 60 });
  const maxEvents = Math.max(1, ...g.nodes.map((n) => n.events));
  const maxW = Math.max(1, ...g.edges.map((e) => e.weight));
  const svg = s("svg", { class: "graph", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": t("nav_graph") });
  const edges = s("g", { class: "edges" });
  for (const e of g.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b) continue;
    const main = Object.entries(e.types).sort((x, y) => y[1] - x[1])[0]?.[0] ?? "";
    edges.appendChild(s("line", {
      x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
      stroke: EVENT_TYPE_COLORS[main] ?? "#adb5bd", "stroke-width": (1 + (4 * e.weight) / maxW).toFixed(1), class: "edge",
    }, s("title", {}, Object.entries(e.types).map(([k, n]) => `${typeName(k)} ${n}`).join("، "))));
  }
  svg.appendChild(edges);
  const nodes = s("g", { class: "nodes" });
  for (const n of g.nodes) {
    const p = pos.get(n.id)!;
    const r = 5 + 15 * Math.sqrt(n.events / maxEvents);
    const name = pickName(n.name, n.name_en);
    nodes.appendChild(s("g", {
      class: "node", "data-id": n.id, tabindex: 0, role: "button",
      onclick: () => go("map", new URLSearchParams({ actor: n.name })),
    },
      s("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
      s("text", { x: p.x.toFixed(1), y: (p.y + r + 14).toFixed(1), "text-anchor": "middle" }, name),
      s("title", {}, `${name}${n.country ? ` (${n.country}${n.sector ? `/${n.sector}` : ""})` : ""}: ${fmtNumber(n.events)} ${t("events")}`)));
  }
  svg.appendChild(nodes);
  mount(root, card(t("nav_graph"),
    g.nodes.length ? h("div", { class: "graph-wrap" }, svg) : h("p", { class: "muted" }, t("no_results")),
    h("p", { class: "muted" }, t("graph_hint"))));
}
