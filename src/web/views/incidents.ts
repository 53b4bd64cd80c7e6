// Incidents: the same happening as told by several outlets, their claims side by side (who said it, which
// toll, which words), with the conservative and the low/best/high death tolls on top.
import { api, type Incident, type IncidentSource, type ListResponse, type Stats } from "../api.js";
import { card, filterBar, pager, statusChip, typeChip } from "../components.js";
import { h, mount } from "../dom.js";
import { filterParams, parseFilters } from "../filters.js";
import { fmtNumber, ltr, pickName, t } from "../i18n.js";
import { go, type Route } from "../router.js";

const LIMIT = 30;

function claim(src: IncidentSource): HTMLElement {
  const toll = [src.dead !== null ? `${fmtNumber(src.dead)} ${t("dead")}` : null, src.injured !== null ? `${fmtNumber(src.injured)} ${t("injured")}` : null].filter(Boolean).join("، ");
  return h("div", { class: "claim" },
    h("div", { class: "claim-head" },
      h("strong", {}, src.outlet ?? "—"), h("span", { class: "muted" }, ltr(src.published))),
    h("a", { href: `#/article/${encodeURIComponent(src.article_id)}` }, src.title || src.article_id),
    h("dl", { class: "fields" },
      h("div", { class: "field" }, h("dt", {}, t("claimant")), h("dd", {}, src.claimant ?? t("outlet_itself"))),
      h("div", { class: "field" }, h("dt", {}, t("f_status")), h("dd", {}, statusChip(src.status))),
      h("div", { class: "field" }, h("dt", {}, t("size")), h("dd", { class: "toll" }, toll || "—")),
      src.trigger ? h("div", { class: "field" }, h("dt", {}, t("trigger")), h("dd", {}, src.trigger)) : null),
    src.evidence ? h("blockquote", { class: "evidence", lang: "ar", dir: "rtl" }, src.evidence) : null);
}

function incidentCard(inc: Incident): HTMLElement {
  const place = inc.place ? [pickName(inc.place.name, inc.place.name_en), inc.place.country].filter(Boolean).join(" · ") : "—";
  const f = inc.fatalities;
  return h("article", { class: "card incident", "data-id": inc.id },
    h("header", { class: "row" }, typeChip(inc.type),
      h("strong", {}, inc.date ? ltr(inc.date) : t("undated")), h("span", {}, place),
      h("span", { class: "muted" }, inc.actors.join("، ")),
      h("span", { class: "badge" }, `${fmtNumber(inc.sources.length)} ${t("sources_n")}`)),
    f && (f.acled !== null || f.ucdp) ? h("p", { class: "tolls" },
      f.acled !== null ? h("span", {}, `ACLED: ${fmtNumber(f.acled)}`) : null,
      f.ucdp ? h("span", {}, `UCDP ${t("fatalities_range")}: ${fmtNumber(f.ucdp.low)} / ${fmtNumber(f.ucdp.best)} / ${fmtNumber(f.ucdp.high)}`) : null) : null,
    h("div", { class: "claims", "aria-label": t("incident_sources") }, ...inc.sources.map(claim)));
}

export async function incidentsPage(root: HTMLElement, route: Route): Promise<void> {
  const f = parseFilters(route.params);
  const offset = Math.max(0, Number(route.params.get("offset")) || 0);
  const params = filterParams(f);
  params.set("limit", String(LIMIT)); params.set("offset", String(offset));
  const [res, stats] = await Promise.all([api<ListResponse<Incident>>("/incidents", params), api<Stats>("/stats")]);
  mount(root,
    filterBar(f, (nf) => go("incidents", filterParams(nf)), Object.keys(stats.by_country).sort()),
    h("p", { class: "muted" }, `${fmtNumber(res.total)} ${t("nav_incidents")}`),
    res.items.length ? h("div", { class: "incidents" }, ...res.items.map(incidentCard)) : card(null, h("p", { class: "muted" }, t("no_results"))),
    pager(offset, LIMIT, res.total, (o) => { const p = filterParams(f); p.set("offset", String(o)); go("incidents", p); }));
}
