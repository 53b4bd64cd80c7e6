// One article: its text with entities, dates and event triggers highlighted from the record's offsets, and
// beside it every event's fields, the entities, dates, casualty claims and relations.
import type { Analysis } from "../../core/contract.js";
import { api, type ArticleResponse } from "../api.js";
import { actorText, card, eventFields, evidenceWithTrigger, statusChip, typeChip } from "../components.js";
import { h, mount } from "../dom.js";
import { layoutMarks, renderMarks, type Mark } from "../highlight.js";
import { fmtNumber, ltr, t, typeName, type Key } from "../i18n.js";
import type { Route } from "../router.js";

/** The highlights of a record: entity mentions, time expressions, and event triggers (outermost). */
export function recordMarks(record: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const e of record.entities) {
    const title = [e.name, e.name_en, e.type, [e.country, e.sector].filter(Boolean).join("/")].filter(Boolean).join(" · ");
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: "entity", cls: `ent-${e.type}`, id: e.id, title, priority: 0 });
  }
  for (const tm of record.times) {
    marks.push({ start: tm.span.start, end: tm.span.end, kind: "time", title: tm.value ?? "?", priority: 1 });
  }
  for (const ev of record.events) {
    marks.push({ start: ev.trigger.start, end: ev.trigger.end, kind: "trigger", cls: `type-${ev.type}`, id: ev.id, title: `${ev.id} · ${typeName(ev.type)}`, priority: 2 });
  }
  return marks;
}

function flash(el: Element | null): void {
  if (!el) return;
  el.scrollIntoView({ behavior: "smooth", block: "center" });
  el.classList.add("flash");
  setTimeout(() => el.classList.remove("flash"), 1600);
}

export async function articlePage(root: HTMLElement, route: Route): Promise<void> {
  const id = route.path[1] ?? "";
  const { article, record } = await api<ArticleResponse>(`/articles/${encodeURIComponent(id)}`);
  const text = record?.text ?? article.text;
  const body = h("div", { class: "article-text", id: "article-text", lang: "ar", dir: "rtl" });
  body.appendChild(renderMarks(layoutMarks(text, record ? recordMarks(record) : [])));

  const side = h("aside", { class: "article-side" });
  body.addEventListener("click", (ev) => {
    const mark = (ev.target as Element).closest("mark.hl-trigger") as HTMLElement | null;
    if (mark?.dataset.id) flash(side.querySelector(`[data-event-id="${CSS.escape(mark.dataset.id)}"]`));
  });
  body.addEventListener("mouseover", (ev) => {
    const mark = (ev.target as Element).closest("mark.hl-entity") as HTMLElement | null;
    body.querySelectorAll(".same").forEach((m) => m.classList.remove("same"));
    if (mark?.dataset.id) body.querySelectorAll(`mark.hl-entity[data-id="${CSS.escape(mark.dataset.id)}"]`).forEach((m) => m.classList.add("same"));
  });

  const toggle = (kind: string, label: Key) => {
    const box = h("input", { type: "checkbox", checked: true, "data-toggle": kind,
      onchange: () => body.classList.toggle(`hide-${kind}`, !box.checked) });
    return h("label", { class: `toggle key-${kind}` }, box, h("span", { class: `hl hl-${kind}` }, t(label)));
  };

  if (record) {
    const entityName = new Map(record.entities.map((e) => [e.id, e]));
    const parts: (HTMLElement | null)[] = [
      card(`${t("events")} (${fmtNumber(record.events.length)})`, ...record.events.map((ev) =>
        h("article", {
          class: "event-card", "data-event-id": ev.id, tabindex: 0,
          onclick: () => flash(body.querySelector(`mark.hl-trigger[data-id="${CSS.escape(ev.id)}"]`)),
        },
          h("header", { class: "row" }, h("span", { class: "muted" }, ev.id), typeChip(ev.type), statusChip(ev.status)),
          eventFields(ev), evidenceWithTrigger(ev)))),
      card(`${t("entities")} (${fmtNumber(record.entities.length)})`, h("table", { class: "table" },
        h("tbody", {}, ...record.entities.map((e) => h("tr", { "data-entity-id": e.id },
          h("td", {}, h("span", { class: `hl hl-entity ent-${e.type}` }, e.name)),
          h("td", { class: "muted" }, e.name_en ?? ""),
          h("td", {}, t(e.type as Key)),
          h("td", { class: "muted" }, [e.country, e.sector, e.role].filter(Boolean).join(" · ")),
          h("td", { class: "num" }, fmtNumber(e.mentions.length))))))),
      card(`${t("times")} (${fmtNumber(record.times.length)})`, h("ul", { class: "plain" },
        ...record.times.map((tm) => h("li", {}, h("span", { class: "hl hl-time" }, tm.span.text), " → ", ltr(tm.value ?? "?"), tm.precision ? ` (${tm.precision})` : "")))),
      record.reports.length ? card(`${t("reports")} (${fmtNumber(record.reports.length)})`, ...record.reports.map((r) =>
        h("div", { class: "report" },
          h("dl", { class: "fields" },
            h("div", { class: "field" }, h("dt", {}, t("claimant")), h("dd", {}, r.claimant ? actorText(r.claimant) : t("outlet_itself"))),
            r.dead ? h("div", { class: "field" }, h("dt", {}, t("dead")), h("dd", {}, `${fmtNumber(r.dead.value)} (${r.dead.qualifier})`)) : null,
            r.injured ? h("div", { class: "field" }, h("dt", {}, t("injured")), h("dd", {}, `${fmtNumber(r.injured.value)} (${r.injured.qualifier})`)) : null,
            r.among ? h("div", { class: "field" }, h("dt", {}, t("among")), h("dd", {}, r.among)) : null,
            r.side ? h("div", { class: "field" }, h("dt", {}, t("side")), h("dd", {}, actorText(r.side))) : null),
          h("blockquote", { class: "evidence", lang: "ar", dir: "rtl" }, r.evidence.text)))) : null,
      record.relations.length ? card(t("relations"), h("ul", { class: "plain" }, ...record.relations.map((rel) =>
        h("li", {}, entityName.get(rel.a)?.name ?? rel.a, ` — ${rel.label ?? rel.type} — `, entityName.get(rel.b)?.name ?? rel.b)))) : null,
      record.warnings.length ? card(t("warnings"), h("ul", { class: "plain" }, ...record.warnings.map((w) => h("li", {}, w)))) : null,
    ];
    side.append(...parts.filter((p): p is HTMLElement => p !== null));
  } else {
    side.append(card(null, h("p", { class: "muted" }, t("no_record"))));
  }

  mount(root,
    h("div", { class: "card article-head" },
      h("h1", { class: "article-title", id: "article-title", lang: "ar", dir: "rtl" }, article.title || article.id),
      h("p", { class: "muted" }, [article.outlet, ltr(article.published), ltr(article.id)].filter(Boolean).join(" · "),
        article.url && /^https?:\/\//i.test(article.url) ? h("a", { href: article.url, rel: "noopener noreferrer", target: "_blank", class: "ext" }, t("original")) : null),
      record ? h("div", { class: "legend row", "aria-label": t("legend") },
        toggle("entity", "entities"), toggle("time", "times"), toggle("trigger", "events"),
        h("span", { class: "muted" }, ["PER", "ORG", "GPE", "LOC", "FAC", "MISC"].map((k) => `${k}: ${t(k as Key)}`).join(" · "))) : null),
    h("div", { class: "article-grid" }, card(null, body), side));
}
