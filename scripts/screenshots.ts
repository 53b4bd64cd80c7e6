// `npm run screenshots`: starts Rasd over the browser-test articles (test/browser/fixtures), opens the
// dashboard in Chromium and saves overview, map, timeline, graph, incidents, article and search pages as
// PNG into screenshots/ (gitignored). RASD_URL=http://host:port uses a server that is already running.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, readFixture, ROOT, startRasd, type RasdServer } from "../test/browser/harness.js";

async function ready(page: Page, hash: string, base: string): Promise<void> {
  // A fresh load each time: the page marks <body data-ready> once the view has drawn.
  await page.goto("about:blank");
  await page.goto(`${base}/${hash}`);
  await page.waitForFunction(() => !!document.body?.dataset.ready);
  await page.evaluate(() => document.fonts.ready);
}

export async function main(): Promise<void> {
  const out = join(ROOT, "screenshots");
  mkdirSync(out, { recursive: true });
  let server: RasdServer | null = null;
  const base = process.env.RASD_URL ?? (server = await startRasd(readFixture())).url;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 1 });
    const api = async <T>(path: string): Promise<T> => (await (await fetch(`${base}/api${path}`)).json()) as T;
    // The article with the most events shows the most highlights.
    const events = await api<{ items: { article_id: string }[] }>("/events?limit=500");
    const perArticle = new Map<string, number>();
    for (const e of events.items) perArticle.set(e.article_id, (perArticle.get(e.article_id) ?? 0) + 1);
    const richest = [...perArticle.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const title = (await api<{ items: { title: string | null }[] }>("/articles?limit=1")).items[0]?.title ?? "";
    const word = title.split(/\s+/).find((w) => w.length >= 4) ?? "";
    const shots: [string, string][] = [
      ["overview", "#/"],
      ["map", "#/map"],
      ["timeline", "#/timeline"],
      ["graph", "#/graph"],
      ["incidents", "#/incidents"],
      ["search", `#/search?q=${encodeURIComponent(word)}`],
    ];
    if (richest) shots.push(["article", `#/article/${encodeURIComponent(richest)}`]);
    for (const [name, hash] of shots) {
      await ready(page, hash, base);
      await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
      console.log(`screenshots/${name}.png`);
    }
    // The same map and article in English, left to right.
    await page.evaluate(() => localStorage.setItem("rasd.lang", "en"));
    for (const [name, hash] of shots.filter(([n]) => n === "map" || n === "article")) {
      await ready(page, hash, base);
      await page.screenshot({ path: join(out, `${name}-en.png`), fullPage: false });
      console.log(`screenshots/${name}-en.png`);
    }
  } finally {
    await browser.close();
    await server?.stop();
  }
}

await main();
