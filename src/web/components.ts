// Building blocks shared by the pages: cards, type chips, the filter bar, event cards, paging, errors.
import type { Actor } from "../core/contract.js";
import { ApiError, setToken, type EventItem } from "./api.js";
import { h } from "./dom.js";
import { EMPTY_FILTERS, type Filters } from "./filters.js";
import { layoutMarks, renderMarks } from "./highlight.js";
import { EVENT_TYPE_COLORS, EVENT_TYPE_NAMES, fmtNumber, ltr, pickName, statusName, t, typeName, type Key } from "./i18n.js";

export function card(title: string | null, ...children: (Node | string | null)[]): HTMLElement {
  return h("section", { class: "card" }, title ? h("h2", { class: "card-title" }, title) : null, ...children);
}

export function typeChip(type: string): HTMLElement {
  return h("span", { class: "chip", style: `--c:${EVENT_TYPE_COLORS[type] ?? "#868e96"}`, "data-type": type }, typeName(type));
}

export function statusChip(status: string): HTMLElement {
  return h("span", { class: `status status-${status}` }, statusName(status));
}

export function loading(): HTMLElement {
  return h("p", { class: "muted loading" }, t("loading"));
}

/** An error card; a 401 asks for the access token and reloads once it is saved. */
export function errorBox(err: unknown): HTMLElement {
  if (err instanceof ApiError && err.status === 401) {
    const input = h("input", { type: "password", class: "input", "aria-label": t("token") });
    return card(t("unauthorized"),
      h("form", { class: "row", onsubmit: (e: Event) => { e.preventDefault(); setToken(input.value.trim()); location.reload(); } },
        input, h("button", { class: "btn", type: "submit" }, t("save"))));
  }
  const msg = err instanceof ApiError ? `${err.code}: ${err.message}` : err instanceof Error ? err.message : String(err);
  return h("div", { class: "card error", role: "alert" }, h("strong", {}, t("error")), " ", msg);
}

export function actorText(a: Actor): string {
  return a.text + (a.country || a.sector ? ` (${[a.country, a.sector].filter(Boolean).join("/")})` : "");
}

export function actorsText(list: readonly Actor[]): string {
  return list.length ? list.map(actorText).join("، ") : "—";
}

/** The evidence sentence with the trigger highlighted, from the event's own offsets. */
export function evidenceWithTrigger(e: { evidence: { start: number; end: number; text: string }; trigger: { start: number; end: number } }): HTMLElement {
  const off = e.evidence.start;
  const marks = e.trigger.start >= e.evidence.start && e.trigger.end <= e.evidence.end
    ? [{ start: e.trigger.start - off, end: e.trigger.end - off, kind: "trigger" }] : [];
  const q = h("blockquote", { class: "evidence", lang: "ar", dir: "rtl" });
  q.appendChild(renderMarks(layoutMarks(e.evidence.text, marks)));
  return q;
}

function field(label: Key, value: Node | string | null): HTMLElement | null {
  if (value === null || value === "") return null;
  return h("div", { class: "field" }, h("dt", {}, t(label)), h("dd", { dir: "auto" }, value));
}

export function sizeText(size: { dead: number | null; injured: number | null; arrested: number | null } | null): string {
  if (!size) return "";
  const parts: string[] = [];
  if (size.dead !== null) parts.push(`${fmtNumber(size.dead)} ${t("dead")}`);
  if (size.injured !== null) parts.push(`${fmtNumber(size.injured)} ${t("injured")}`);
  if (size.arrested !== null) parts.push(`${fmtNumber(size.arrested)} ${t("arrested")}`);
  return parts.join("، ");
}

/** Every field of one event, as a definition list. */
export function eventFields(e: EventItem | (Omit<EventItem, "key" | "article_id" | "article_title" | "published" | "outlet" | "url" | "date" | "lat" | "lon">)): HTMLElement {
  const where = e.where ? [pickName(e.where.name, e.where.name_en), e.where.country].filter(Boolean).join(" · ") : "";
  const when = e.when ? ltr(e.when.value ?? "?") + (e.when.span ? ` «${e.when.span.text}»` : "") : "";
  return h("dl", { class: "fields" },
    field("actor", actorsText(e.actor)),
    field("recipient", e.recipient.length ? actorsText(e.recipient) : null),
    field("when", when),
    field("where", where),
    field("size", sizeText(e.size)),
    field("source", e.source ? actorText(e.source) : t("outlet_itself")),
    field("mode", e.mode),
    field("context", e.context.length ? e.context.join("، ") : null),
    field("trigger", e.trigger.text),
    field("confidence", e.confidence.toFixed(2)),
  );
}

/** One event from /api/events: type, date, place, fields, the evidence, and a link to its article. */
export function eventCard(e: EventItem): HTMLElement {
  return h("article", { class: "event-card", "data-key": e.key },
    h("header", { class: "row" }, typeChip(e.type), statusChip(e.status),
      e.date ? h("time", { class: "muted date", dir: "ltr", datetime: e.date }, e.date) : h("span", { class: "muted" }, t("undated")),
      h("a", { href: `#/article/${encodeURIComponent(e.article_id)}`, class: "article-link" }, e.article_title || e.article_id)),
    eventFields(e),
    evidenceWithTrigger(e),
  );
}

export function eventList(items: readonly EventItem[], total: number): HTMLElement {
  return h("div", { class: "event-list" },
    h("p", { class: "muted count" }, `${fmtNumber(items.length)} ${t("shown_of")} ${fmtNumber(total)}`),
    ...items.map(eventCard));
}

/** The filter form. `apply` gets the new filters (page code writes them into the URL). */
export function filterBar(f: Filters, apply: (f: Filters) => void, countries: readonly string[] = []): HTMLElement {
  const typeSel = h("select", { name: "type", class: "input", "aria-label": t("f_type") },
    h("option", { value: "" }, t("all")),
    ...Object.keys(EVENT_TYPE_NAMES).map((k) => h("option", { value: k, selected: f.type.length === 1 && f.type[0] === k }, typeName(k))));
  const statusSel = h("select", { name: "status", class: "input", "aria-label": t("f_status") },
    h("option", { value: "" }, t("all")),
    ...["asserted", "negated", "future", "hypothetical"].map((k) => h("option", { value: k, selected: f.status.length === 1 && f.status[0] === k }, statusName(k))));
  const listId = "countries-list";
  const country = h("input", { name: "country", class: "input short", value: f.country, list: listId, placeholder: "ISO3", "aria-label": t("f_country") });
  const actor = h("input", { name: "actor", class: "input", value: f.actor, "aria-label": t("f_actor") });
  const from = h("input", { name: "from", type: "date", class: "input", value: f.from, "aria-label": t("f_from") });
  const to = h("input", { name: "to", type: "date", class: "input", value: f.to, "aria-label": t("f_to") });
  const label = (k: Key, el: HTMLElement) => h("label", { class: "filter" }, h("span", {}, t(k)), el);
  return h("form", {
    class: "card filters", "aria-label": t("filters"),
    onsubmit: (ev: Event) => {
      ev.preventDefault();
      apply({
        ...f,
        type: typeSel.value ? [typeSel.value] : [], status: statusSel.value ? [statusSel.value] : [],
        country: country.value.trim().toUpperCase(), actor: actor.value.trim(), from: from.value, to: to.value,
      });
    },
  },
    label("f_type", typeSel), label("f_status", statusSel), label("f_country", country), label("f_actor", actor),
    label("f_from", from), label("f_to", to),
    h("datalist", { id: listId }, ...countries.map((c) => h("option", { value: c }))),
    h("div", { class: "filter-buttons" },
      h("button", { class: "btn primary", type: "submit" }, t("apply")),
      h("button", { class: "btn", type: "button", onclick: () => apply({ ...EMPTY_FILTERS, type: [], status: [] }) }, t("clear"))),
  );
}

export function pager(offset: number, limit: number, total: number, go: (offset: number) => void): HTMLElement | null {
  if (total <= limit) return null;
  return h("nav", { class: "pager row" },
    h("button", { class: "btn", type: "button", disabled: offset <= 0, onclick: () => go(Math.max(0, offset - limit)) }, t("prev")),
    h("span", { class: "muted" }, `${fmtNumber(offset + 1)}–${fmtNumber(Math.min(total, offset + limit))} / ${fmtNumber(total)}`),
    h("button", { class: "btn", type: "button", disabled: offset + limit >= total, onclick: () => go(offset + limit) }, t("next")));
}

export function legend(types: readonly string[]): HTMLElement {
  return h("div", { class: "legend row" }, ...types.map(typeChip));
}
