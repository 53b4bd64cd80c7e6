// Events per day as stacked bars (one colour per PLOVER type); a click on a bar narrows the filters to
// that day, and the day's events are listed below.
import { api, type EventItem, type ListResponse, type Stats } from "../api.js";
import { card, eventList, filterBar, legend } from "../components.js";
import { h, mount, s } from "../dom.js";
import { filterParams, parseFilters } from "../filters.js";
import { EVENT_TYPE_COLORS, fmtNumber, t, typeName } from "../i18n.js";
import { go, type Route } from "../router.js";

const DAY_MS = 86_400_000;

function dayNumber(day: string): number { return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS); }
function dayString(n: number): string { return new Date(n * DAY_MS).toISOString().slice(0, 10); }

/** Counts per day and type, over every day from the first to the last (empty days included). */
export function perDay(events: readonly EventItem[]): { days: string[]; counts: Map<string, Map<string, number>> } {
  const counts = new Map<string, Map<string, number>>();
  for (const e of events) {
    if (!e.date) continue;
    const day = e.date.slice(0, 10);
    const m = counts.get(day) ?? new Map<string, number>();
    m.set(e.type, (m.get(e.type) ?? 0) + 1);
    counts.set(day, m);
  }
  const nums = [...counts.keys()].map(dayNumber).filter(Number.isFinite);
  if (!nums.length) return { days: [], counts };
  const first = Math.min(...nums), last = Math.max(...nums);
  const days: string[] = [];
  for (let d = first; d <= last && days.length < 3660; d++) days.push(dayString(d));
  return { days, counts };
}

async function fetchAll(params: URLSearchParams, cap = 2000): Promise<ListResponse<EventItem>> {
  const items: EventItem[] = [];
  let total = 0;
  for (let offset = 0; offset < cap; offset += 500) {
    const p = new URLSearchParams(params);
    p.set("limit", "500"); p.set("offset", String(offset));
    const res = await api<ListResponse<EventItem>>("/events", p);
    items.push(...res.items); total = res.total;
    if (items.length >= total || res.items.length === 0) break;
  }
  return { items, total };
}

export async function timelinePage(root: HTMLElement, route: Route): Promise<void> {
  const f = parseFilters(route.params);
  const [res, stats] = await Promise.all([fetchAll(filterParams(f)), api<Stats>("/stats")]);
  const { days, counts } = perDay(res.items);
  const max = Math.max(1, ...[...counts.values()].map((m) => [...m.values()].reduce((a, b) => a + b, 0)));
  const barW = days.length > 300 ? 3 : days.length > 120 ? 6 : days.length > 30 ? 14 : 28;
  const H = 220, pad = 24, W = Math.max(600, days.length * barW + 2 * pad);
  const svg = s("svg", { class: "timeline", width: W, height: H + 40, viewBox: `0 0 ${W} ${H + 40}`, role: "img", "aria-label": t("events_per_day") });
  svg.appendChild(s("line", { x1: pad, x2: W - pad, y1: H, y2: H, class: "axis" }));
  const types = new Set<string>();
  days.forEach((day, i) => {
    const m = counts.get(day);
    // Left to right in time even in Arabic: a chart axis, like the numbers on it, reads left to right.
    const x = pad + i * barW;
    if (m) {
      let y = H;
      const g = s("g", {
        class: "bar", "data-day": day, tabindex: 0, role: "button",
        onclick: () => go("timeline", filterParams({ ...f, from: day, to: day })),
      });
      const total = [...m.values()].reduce((a, b) => a + b, 0);
      for (const [type, n] of [...m.entries()].sort()) {
        types.add(type);
        const bh = ((H - pad) * n) / max;
        y -= bh;
        g.appendChild(s("rect", { x: x + 0.5, y: y.toFixed(1), width: Math.max(1, barW - 1), height: bh.toFixed(1), fill: EVENT_TYPE_COLORS[type] ?? "#868e96" }));
      }
      g.appendChild(s("title", {}, `${day}: ${fmtNumber(total)} ${t("events")} (${[...m.entries()].map(([k, n]) => `${typeName(k)} ${n}`).join("، ")})`));
      svg.appendChild(g);
    }
    const labelEvery = Math.ceil(60 / barW);
    if (i % labelEvery === 0) svg.appendChild(s("text", { x, y: H + 16, class: "tick" }, day));
  });
  svg.appendChild(s("text", { x: pad, y: pad - 8, class: "tick" }, `max ${fmtNumber(max)}`));
  const undated = res.items.filter((e) => !e.date).length;
  mount(root,
    filterBar(f, (nf) => go("timeline", filterParams(nf)), Object.keys(stats.by_country).sort()),
    card(t("events_per_day"),
      h("div", { class: "timeline-wrap", dir: "ltr" }, svg),
      legend([...types].sort()),
      h("p", { class: "muted" }, `${t("click_bar")} · ${fmtNumber(undated)} ${t("undated")}`)),
    eventList(res.items.slice(0, 100), res.total),
  );
}
