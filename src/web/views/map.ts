// Events on a map: countries-110m (world-atlas, shipped with the dashboard) in an equirectangular
// projection framed on the events, one dot per event coloured by PLOVER type, the list below.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { api, type EventItem, type ListResponse, type Stats } from "../api.js";
import { card, eventList, filterBar, legend } from "../components.js";
import { h, mount, s } from "../dom.js";
import { filterParams, parseFilters } from "../filters.js";
import { EVENT_TYPE_COLORS, fmtNumber, t, typeName } from "../i18n.js";
import { fitBox, geometryPath, project, WORLD, type Geometry } from "../projection.js";
import { go, type Route } from "../router.js";

let world: Promise<Geometry[]> | null = null;

/** The country shapes, fetched once from the dashboard's own files (no network beyond the server). */
export function loadWorld(): Promise<Geometry[]> {
  world ??= fetch("/world/countries-110m.json")
    .then((r) => r.json() as Promise<Topology>)
    .then((topo) => {
      const fc = feature(topo, topo.objects.countries as GeometryCollection);
      return ("features" in fc ? fc.features : [fc]).map((f) => f.geometry as unknown as Geometry);
    });
  return world;
}

export function mapSvg(shapes: Geometry[], events: readonly EventItem[], onPick: (e: EventItem) => void): SVGElement {
  const located = events.filter((e) => e.lat !== null && e.lon !== null) as (EventItem & { lat: number; lon: number })[];
  const box = fitBox(WORLD, located.map((e) => ({ lon: e.lon, lat: e.lat })));
  const svg = s("svg", { class: "map", viewBox: `0 0 ${box.width} ${box.height}`, role: "img", "aria-label": t("nav_map") });
  const land = s("g", { class: "land" });
  for (const g of shapes) { const d = geometryPath(box, g); if (d) land.appendChild(s("path", { d })); }
  svg.appendChild(land);
  // Several events at one place: spread them on a small circle so each stays clickable.
  const seen = new Map<string, number>();
  const dots = s("g", { class: "dots" });
  const r = Math.max(3, 5 * Math.min(1, (box.east - box.west) / 60));
  for (const e of located) {
    const [x, y] = project(box, e.lon, e.lat);
    const key = `${x.toFixed(0)},${y.toFixed(0)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const angle = n * 2.4, dist = n === 0 ? 0 : r * 1.6 * Math.sqrt(n);
    const dot = s("circle", {
      cx: (x + Math.cos(angle) * dist).toFixed(1), cy: (y + Math.sin(angle) * dist).toFixed(1), r,
      fill: EVENT_TYPE_COLORS[e.type] ?? "#868e96", class: "dot", "data-key": e.key, tabindex: 0,
      onclick: () => onPick(e),
    }, s("title", {}, `${typeName(e.type)} · ${e.where?.name ?? ""} · ${e.date ?? ""}\n${e.article_title ?? ""}`));
    dots.appendChild(dot);
  }
  svg.appendChild(dots);
  return svg;
}

export async function mapPage(root: HTMLElement, route: Route): Promise<void> {
  const f = parseFilters(route.params);
  const params = filterParams(f);
  params.set("limit", "500");
  const [shapes, res, stats] = await Promise.all([
    loadWorld(), api<ListResponse<EventItem>>("/events", params), api<Stats>("/stats"),
  ]);
  const list = h("div", { class: "side-list" });
  const show = (items: readonly EventItem[]) => mount(list, eventList(items.slice(0, 100), items.length === res.items.length ? res.total : items.length));
  const svg = mapSvg(shapes, res.items, (e) => {
    show([e]);
    list.scrollTop = 0;
  });
  const unlocated = res.items.filter((e) => e.lat === null || e.lon === null).length;
  const types = [...new Set(res.items.map((e) => e.type))].sort();
  show(res.items);
  mount(root,
    filterBar(f, (nf) => go("map", filterParams(nf)), Object.keys(stats.by_country).sort()),
    h("div", { class: "map-layout" },
      card(null,
        h("div", { class: "map-wrap" }, svg),
        legend(types),
        h("p", { class: "muted" }, `${fmtNumber(res.total)} ${t("events")} · ${fmtNumber(unlocated)} ${t("no_coords")}`,
          " ", h("button", { class: "btn small", type: "button", onclick: () => show(res.items) }, t("all")))),
      list),
  );
}
