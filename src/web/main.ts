// The dashboard's entry: the header (nav, language toggle) and the router that draws one page at a time.
import { errorBox } from "./components.js";
import { h, mount } from "./dom.js";
import { getLang, initLang, setLang, t, type Key } from "./i18n.js";
import { parseHash, type Route } from "./router.js";
import { articlePage } from "./views/article.js";
import { articlesPage } from "./views/articles.js";
import { graphPage } from "./views/graph.js";
import { incidentsPage } from "./views/incidents.js";
import { mapPage } from "./views/map.js";
import { overviewPage } from "./views/overview.js";
import { searchPage } from "./views/search.js";
import { timelinePage } from "./views/timeline.js";

export type Page = (root: HTMLElement, route: Route) => Promise<void>;

const PAGES: Record<string, { page: Page; label: Key | null }> = {
  "": { page: overviewPage, label: "nav_overview" },
  map: { page: mapPage, label: "nav_map" },
  timeline: { page: timelinePage, label: "nav_timeline" },
  graph: { page: graphPage, label: "nav_graph" },
  incidents: { page: incidentsPage, label: "nav_incidents" },
  articles: { page: articlesPage, label: "nav_articles" },
  search: { page: searchPage, label: "nav_search" },
  article: { page: articlePage, label: null },
};

let renderCount = 0;

function header(current: string): HTMLElement {
  return h("header", { class: "topbar" },
    h("a", { href: "#/", class: "brand" }, h("span", { class: "brand-name" }, t("app")), h("span", { class: "brand-tag" }, t("tagline"))),
    h("nav", { class: "nav" },
      ...Object.entries(PAGES).filter(([, p]) => p.label).map(([key, p]) =>
        h("a", { href: `#/${key}`, class: key === current ? "active" : null, "data-nav": key || "overview" }, t(p.label!)))),
    h("button", {
      class: "btn lang", type: "button", id: "lang-toggle",
      onclick: () => { setLang(getLang() === "ar" ? "en" : "ar"); void render(); },
    }, t("lang_toggle")),
  );
}

async function render(): Promise<void> {
  const mine = ++renderCount;
  const route = parseHash(location.hash);
  const key = route.path[0] ?? "";
  const entry = PAGES[key] ?? PAGES[""];
  const app = document.getElementById("app")!;
  const main = h("main", { class: "page", id: "page", "data-page": key || "overview" });
  mount(app, header(key), main);
  document.title = `${t("app")} · ${entry.label ? t(entry.label) : t("nav_articles")}`;
  try {
    await entry.page(main, route);
  } catch (err) {
    if (mine === renderCount) mount(main, errorBox(err));
  }
  if (mine === renderCount) document.body.dataset.ready = String(mine);
}

initLang();
window.addEventListener("hashchange", () => { void render(); });
void render();
