// Full-text search: ranked hits with their snippet, the matched words highlighted by the offsets the
// server returns.
import { api, type ListResponse, type SearchHit } from "../api.js";
import { card, pager } from "../components.js";
import { h, mount } from "../dom.js";
import { layoutMarks, renderMarks } from "../highlight.js";
import { fmtNumber, ltr, t } from "../i18n.js";
import { go, type Route } from "../router.js";

const LIMIT = 20;

function hitRow(hit: SearchHit): HTMLElement {
  const snippet = h("p", { class: "snippet", lang: "ar", dir: "rtl" });
  snippet.appendChild(renderMarks(layoutMarks(hit.snippet, hit.highlights.map(([start, end]) => ({ start, end, kind: "hit" })))));
  return h("li", { class: "hit" },
    h("a", { href: `#/article/${encodeURIComponent(hit.id)}`, class: "hit-title" }, hit.title || hit.id),
    h("span", { class: "muted" }, [ltr(hit.published), hit.outlet, `${t("score")} ${hit.score.toFixed(2)}`].filter(Boolean).join(" · ")),
    snippet);
}

export async function searchPage(root: HTMLElement, route: Route): Promise<void> {
  const q = route.params.get("q") ?? "";
  const offset = Math.max(0, Number(route.params.get("offset")) || 0);
  const input = h("input", { type: "search", name: "q", class: "input grow", value: q, placeholder: t("search_placeholder"), "aria-label": t("search"), dir: "auto" });
  const form = h("form", { class: "card row search-form", role: "search",
    onsubmit: (e: Event) => { e.preventDefault(); go("search", new URLSearchParams({ q: input.value.trim() })); } },
    input, h("button", { class: "btn primary", type: "submit" }, t("search")));
  if (!q) { mount(root, form); input.focus(); return; }
  const res = await api<ListResponse<SearchHit> & { terms?: string[] }>("/search", { q, limit: LIMIT, offset });
  mount(root, form,
    card(`${fmtNumber(res.total)} ${t("articles")}`,
      res.items.length ? h("ol", { class: "hits" }, ...res.items.map(hitRow)) : h("p", { class: "muted" }, t("no_results")),
      pager(offset, LIMIT, res.total, (o) => go("search", new URLSearchParams({ q, offset: String(o) })))));
}
