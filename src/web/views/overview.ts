// The landing page: how much is stored, events by type and country, the latest articles.
import { api, type ArticleSummary, type ListResponse, type Stats } from "../api.js";
import { card, typeChip } from "../components.js";
import { h, mount } from "../dom.js";
import { EVENT_TYPE_COLORS, fmtNumber, ltr, t } from "../i18n.js";
import type { Route } from "../router.js";
import { articleRow } from "./articles.js";

function bars(counts: Record<string, number>, label: (k: string) => Node | string, link: (k: string) => string, color?: (k: string) => string): HTMLElement {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return h("ul", { class: "hbars" }, ...entries.map(([k, n]) =>
    h("li", {},
      h("a", { href: link(k), class: "hbar-label" }, label(k)),
      h("span", { class: "hbar-track" }, h("span", { class: "hbar", style: `width:${(100 * n) / max}%;background:${color?.(k) ?? "var(--accent)"}` })),
      h("span", { class: "hbar-n" }, fmtNumber(n)))));
}

export async function overviewPage(root: HTMLElement, _route: Route): Promise<void> {
  const [stats, latest] = await Promise.all([
    api<Stats>("/stats"),
    api<ListResponse<ArticleSummary>>("/articles", { limit: 10 }),
  ]);
  const stat = (n: number, label: string) => h("div", { class: "stat" }, h("span", { class: "stat-n" }, fmtNumber(n)), h("span", { class: "stat-label" }, label));
  mount(root,
    h("div", { class: "stats" },
      stat(stats.articles, t("articles")), stat(stats.events, t("events")),
      stat(stats.entities, t("entities")), stat(stats.reports, t("reports"))),
    stats.published.from ? h("p", { class: "muted" }, `${t("published_range")}: ${ltr(stats.published.from)} — ${ltr(stats.published.to)}`) : null,
    h("div", { class: "grid2" },
      card(t("by_type"), bars(stats.by_type, typeChip, (k) => `#/map?type=${k}`, (k) => EVENT_TYPE_COLORS[k] ?? "#868e96")),
      card(t("by_country"), bars(stats.by_country, (k) => k, (k) => `#/map?country=${k}`))),
    card(t("recent_articles"), h("ul", { class: "article-list" }, ...latest.items.map(articleRow))),
  );
}
