// The dashboard in a real Chromium against a real `rasd serve` over really ingested ANT articles: it draws
// in Arabic right to left, switches to English, filters, opens an article with its highlights at the
// record's offsets, searches, and renders hostile article text as text.
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, readFixture, startRasd, type ArticleLine, type RasdServer } from "./harness.js";

const HOSTILE: ArticleLine = {
  id: "hostile-1",
  published: "2017-05-02",
  outlet: "<b>اختبار</b>",
  title: "<script>window.__pwned=1</script> عنوان <img src=x onerror=\"window.__pwned=3\">",
  text: "قال مصدر أمني إن الشرطة اعتقلت ثلاثة أشخاص في تونس يوم الاثنين. <script>window.__pwned=1</script> " +
    "وأضاف أن <img src=x onerror=\"window.__pwned=2\"> المحتجين تظاهروا أمام مقر الولاية.",
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  const why = `browser tests need Chromium at ${CHROMIUM} (apt-get install chromium fonts-noto-core, or set CHROMIUM_PATH)`;
  if (process.env.CI) describe("dashboard (browser)", () => { it("has Chromium to run in", () => { throw new Error(why); }); });
  else console.warn(`skipping: ${why}`);
}

type ApiRecord = { text: string; entities: { id: string; mentions: { start: number; end: number; text: string }[] }[];
  times: { span: { start: number; end: number } }[]; events: { id: string; trigger: { start: number; end: number; text: string } }[] };

describe.skipIf(!haveChromium)("dashboard (browser)", () => {
  let server: RasdServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];

  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}/api${path}`)).json()) as T;

  /** Loads a view afresh and waits until the page says it has drawn it. */
  async function open(hash: string): Promise<void> {
    await page.goto("about:blank");
    await page.goto(`${server.url}/${hash}`);
    await page.waitForFunction(() => !!document.body?.dataset.ready);
  }
  /** After an in-page navigation (a click), waits for the next drawing. */
  async function nextRender(action: () => Promise<void>): Promise<void> {
    const before = await page.evaluate(() => document.body.dataset.ready);
    await action();
    await page.waitForFunction((b) => document.body.dataset.ready !== b, before);
  }

  beforeAll(async () => {
    server = await startRasd([...readFixture(), HOSTILE]);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    // Fully offline: every request the page makes goes to its own server.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith("about:") || url.startsWith("data:")) return route.continue();
      offOrigin.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("dialog", (d) => { pageErrors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("opens in Arabic, right to left, with the stored totals", async () => {
    const stats = await api<{ articles: number; events: number }>("/stats");
    await open("#/");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.textContent("[data-nav=map]")).toBe("الخريطة");
    const numbers = await page.locator(".stat-n").allTextContents();
    expect(numbers).toHaveLength(4);
    expect(numbers[0]).toBe(new Intl.NumberFormat("ar-TN").format(stats.articles));
    expect(stats.articles).toBe(readFixture().length + 1);
    expect(stats.events).toBeGreaterThan(0);
  });

  it("switches to English, left to right, and back", async () => {
    await open("#/");
    await nextRender(() => page.click("#lang-toggle"));
    expect(await page.getAttribute("html", "dir")).toBe("ltr");
    expect(await page.textContent("[data-nav=map]")).toBe("Map");
    await nextRender(() => page.click("#lang-toggle"));
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
  });

  it("draws the countries and one dot per located event, and filters by type", async () => {
    const all = await api<{ items: { lat: number | null; type: string }[]; total: number }>("/events?limit=500");
    await open("#/map");
    expect(await page.locator("svg.map .land path").count()).toBeGreaterThan(150);
    expect(await page.locator("svg.map circle.dot").count()).toBe(all.items.filter((e) => e.lat !== null).length);

    const top = Object.entries(await api<{ by_type: Record<string, number> }>("/stats").then((s) => s.by_type)).sort((a, b) => b[1] - a[1])[0][0];
    await page.selectOption("select[name=type]", top);
    await nextRender(() => page.click("form.filters button[type=submit]"));
    expect(page.url()).toContain(`type=${top}`);
    const filtered = await api<{ total: number }>(`/events?type=${top}`);
    const chips = await page.locator(".event-card .chip").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
    expect(chips.length).toBe(Math.min(100, filtered.total));
    expect(new Set(chips)).toEqual(new Set([top]));
  });

  it("draws events per day and narrows to a day when a bar is clicked", async () => {
    await open("#/timeline");
    const bars = page.locator("svg.timeline g.bar");
    expect(await bars.count()).toBeGreaterThan(0);
    const day = await bars.first().getAttribute("data-day");
    await nextRender(() => bars.first().dispatchEvent("click"));
    expect(page.url()).toContain(`from=${day}`);
    expect(page.url()).toContain(`to=${day}`);
    const dates = await page.locator(".event-card time.date").allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates)).toEqual(new Set([day]));
  });

  it("draws the actor graph the API returns", async () => {
    const g = await api<{ nodes: unknown[]; edges: unknown[] }>("/graph?limit=40");
    await open("#/graph");
    expect(await page.locator("svg.graph g.node").count()).toBe(g.nodes.length);
    expect(await page.locator("svg.graph line.edge").count()).toBe(g.edges.length);
  });

  it("shows incidents with each source's claim side by side", async () => {
    const inc = await api<{ items: { sources: unknown[] }[]; total: number }>("/incidents?limit=30");
    await open("#/incidents");
    expect(await page.locator("article.incident").count()).toBe(inc.items.length);
    expect(await page.locator("article.incident .claim").count()).toBe(inc.items.reduce((n, i) => n + i.sources.length, 0));
  });

  it("opens an article from the event list and highlights triggers, entities and dates at their offsets", async () => {
    await open("#/map");
    const link = page.locator(".event-card a.article-link").first();
    const href = (await link.getAttribute("href"))!;
    const id = decodeURIComponent(href.replace("#/article/", ""));
    await nextRender(() => link.click());
    const { record } = await api<{ record: ApiRecord }>(`/articles/${encodeURIComponent(id)}`);
    expect(await page.textContent("#article-text")).toBe(record.text);

    // Where each highlight starts and ends in the rendered text, measured from the DOM.
    const marks = await page.evaluate(() => {
      const body = document.getElementById("article-text")!;
      return [...body.querySelectorAll("mark")].map((m) => {
        const r = document.createRange();
        r.setStart(body, 0); r.setEndBefore(m);
        const start = r.toString().length;
        return { kind: (m as HTMLElement).dataset.kind!, id: (m as HTMLElement).dataset.id ?? null, start, end: start + m.textContent!.length };
      });
    });
    const covered = (kind: string, id: string | null, start: number, end: number) =>
      marks.filter((m) => m.kind === kind && (id === null || m.id === id) && m.start < end && m.end > start)
        .reduce((n, m) => n + Math.min(end, m.end) - Math.max(start, m.start), 0) === end - start;
    expect(record.events.length).toBeGreaterThan(0);
    for (const ev of record.events) expect(covered("trigger", ev.id, ev.trigger.start, ev.trigger.end), ev.id).toBe(true);
    for (const e of record.entities) for (const m of e.mentions) expect(covered("entity", e.id, m.start, m.end), m.text).toBe(true);
    for (const tm of record.times) expect(covered("time", null, tm.span.start, tm.span.end)).toBe(true);
    // Nothing is highlighted that the record does not name.
    for (const m of marks.filter((x) => x.kind === "trigger")) {
      const ev = record.events.find((e) => e.id === m.id)!;
      expect(m.start).toBeGreaterThanOrEqual(ev.trigger.start);
      expect(m.end).toBeLessThanOrEqual(ev.trigger.end);
    }
    // Every event has its card with its fields.
    expect(await page.locator(".article-side [data-event-id]").count()).toBe(record.events.length);
  });

  it("finds articles and highlights the matched words in the snippet", async () => {
    const first = readFixture()[0];
    const word = first.title!.split(/\s+/).find((w) => w.length >= 4)!;
    await open(`#/search?q=${encodeURIComponent(word)}`);
    const res = await api<{ items: { id: string }[]; total: number }>(`/search?q=${encodeURIComponent(word)}`);
    expect(res.total).toBeGreaterThan(0);
    expect(await page.locator("ol.hits li.hit").count()).toBe(Math.min(20, res.items.length));
    expect(await page.locator("ol.hits mark.hl-hit").count()).toBeGreaterThan(0);
    await page.fill("input[name=q]", "كلمةلاتوجدفيأيمقال");
    await nextRender(() => page.click("form.search-form button[type=submit]"));
    expect(await page.locator("li.hit").count()).toBe(0);
  });

  it("shows an article containing <script> and an onerror image as text and runs none of it", async () => {
    const { article, record } = await api<{ article: { title: string }; record: ApiRecord }>(`/articles/${HOSTILE.id}`);
    for (const hash of [`#/article/${HOSTILE.id}`, "#/articles", "#/", `#/search?q=${encodeURIComponent("المحتجين")}`, "#/map"]) {
      await open(hash);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator("#page script, #page img, #page b").count()).toBe(0);
    }
    await open(`#/article/${HOSTILE.id}`);
    expect(await page.textContent("#article-title")).toBe(article.title);
    expect(article.title).toContain("<script>window.__pwned=1</script>");
    expect(await page.textContent("#article-text")).toBe(record.text);
    if (record.text.includes("<script>")) expect(await page.textContent("#article-text")).toContain("<script>window.__pwned=1</script>");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it("asked nothing of the network beyond its own server and threw no page errors", () => {
    expect(offOrigin).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
