// All stored articles, newest first, a page at a time.
import { api, type ArticleSummary, type ListResponse } from "../api.js";
import { card, pager } from "../components.js";
import { h, mount } from "../dom.js";
import { fmtNumber, ltr, t } from "../i18n.js";
import { go, type Route } from "../router.js";

const LIMIT = 50;

export function articleRow(a: ArticleSummary): HTMLElement {
  return h("li", { class: "article-row" },
    h("a", { href: `#/article/${encodeURIComponent(a.id)}` }, a.title || a.id),
    h("span", { class: "muted" }, [ltr(a.published), a.outlet].filter(Boolean).join(" · ")),
    h("span", { class: "badge" }, `${fmtNumber(a.events)} ${t("events")}`));
}

export async function articlesPage(root: HTMLElement, route: Route): Promise<void> {
  const offset = Math.max(0, Number(route.params.get("offset")) || 0);
  const res = await api<ListResponse<ArticleSummary>>("/articles", { limit: LIMIT, offset });
  mount(root,
    card(`${t("nav_articles")} (${fmtNumber(res.total)})`,
      res.items.length ? h("ul", { class: "article-list" }, ...res.items.map(articleRow)) : h("p", { class: "muted" }, t("no_results")),
      pager(offset, LIMIT, res.total, (o) => go("articles", new URLSearchParams({ offset: String(o) })))));
}
