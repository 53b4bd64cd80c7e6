import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { ArticleInput } from "../core/article.js";
import type { Analyzer } from "../engine/analyzer.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { karabakhFixtures, makeEvent, makeRecord } from "../store/test-fixtures.js";
import { createApp, type AppOptions } from "./app.js";
import { hashToken } from "./auth.js";

const TOKEN = "s3cret-token";
const web = mkdtempSync(join(tmpdir(), "rasd-web-"));
mkdirSync(join(web, "assets"));
writeFileSync(join(web, "index.html"), "<!doctype html><title>Rasd</title>");
writeFileSync(join(web, "assets/app.js"), "console.log(1)");
afterAll(() => rmSync(web, { recursive: true, force: true }));

const fakeAnalyzer = async (): Promise<Analyzer> => ({
  concurrency: 1,
  async analyze(a: ArticleInput) { return makeRecord(a, [makeEvent(a.text, "V1", { type: "PROTEST" })]); },
  async close() {},
});

let store: Store;
async function appWith(extra: Partial<AppOptions> = {}) {
  store = await openSqliteStore({ path: ":memory:" });
  for (const { article, record } of karabakhFixtures()) await store.saveAnalyzed(article, record, "1.0.0");
  return createApp({ store, engineVersion: "1.0.0", tokenHashes: [hashToken(TOKEN)], analyzer: fakeAnalyzer, webRoot: web, ...extra });
}
const auth = { Authorization: `Bearer ${TOKEN}` };
const post = (body: string, headers: Record<string, string> = {}) => ({
  method: "POST", body, headers: { "Content-Type": "application/json", ...auth, ...headers },
});

describe("auth", () => {
  it("answers 401 with a code without a token, and reads with one", async () => {
    const app = await appWith();
    const res = await app.request("/api/stats");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "UNAUTHORIZED", message: "a valid token is required" } });
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await app.request("/api/stats", { headers: { Authorization: "Bearer wrong" } })).status).toBe(401);
    const ok = await app.request("/api/stats", { headers: auth });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect((await ok.json()).articles).toBe(3);
  });

  it("opens reads but never writes with --public", async () => {
    const app = await appWith({ public: true });
    expect((await app.request("/api/events")).status).toBe(200);
    const res = await app.request("/api/articles", { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(401);
  });

  it("accepts tokens whose hash is in the store", async () => {
    const app = await appWith();
    await store.addTokenHash("analyst", hashToken("stored-token"));
    expect((await app.request("/api/stats", { headers: { Authorization: "Bearer stored-token" } })).status).toBe(200);
  });

  it("keeps health and the OpenAPI document open", async () => {
    const app = await appWith();
    expect((await app.request("/api/health")).status).toBe(200);
    const doc = await (await app.request("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/events", "/api/search", "/api/incidents", "/api/export/{name}"]));
  });
});

describe("reads", () => {
  let app: Awaited<ReturnType<typeof appWith>>;
  beforeEach(async () => { app = await appWith({ public: true }); });
  const get = async (path: string) => { const r = await app.request(path); return { status: r.status, body: await r.json() }; };

  it("lists articles and returns one with its record, text as data", async () => {
    expect((await get("/api/articles?limit=2")).body.items).toHaveLength(2);
    const { body } = await get("/api/articles/k1");
    expect(body.article.text).toContain("ستيباناكرت");
    expect(body.record.events[0].type).toBe("ASSAULT");
    expect((await get("/api/articles/none")).body.error.code).toBe("NOT_FOUND");
    expect((await get("/api/records/k2")).body.events).toHaveLength(2);
    const odd = { id: "تقرير/2020 #1?", text: "نص تقرير بمعرف غريب", published: null, outlet: null, url: null, title: null };
    await store.saveAnalyzed(odd, makeRecord(odd), "1.0.0");
    expect((await get(`/api/articles/${encodeURIComponent(odd.id)}`)).body.article.id).toBe(odd.id);
  });

  it("filters events and refuses malformed filters with 400 and a code", async () => {
    const { body } = await get("/api/events?type=assault&country=AZE&from=2020-10-01&to=2020-10-31");
    expect(body.total).toBe(2);
    const res = await app.request("/api/events?limit=1");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await res.json()).items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ article_id: expect.any(String), date: "2020-10-09" });
    for (const bad of ["type=BOMBING", "from=2020-13-01", "country=Azerbaijan", "limit=-1", "status=maybe"]) {
      const r = await get(`/api/events?${bad}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe("BAD_INPUT");
    }
  });

  it("groups incidents across articles with both aggregates", async () => {
    const { body } = await get("/api/incidents?type=ASSAULT&min_articles=2");
    expect(body.total).toBe(1);
    expect(body.items[0].fatalities).toEqual({ acled: 3, ucdp: { low: 3, best: 5, high: 7 } });
  });

  it("lists actors and the actor graph", async () => {
    expect((await get("/api/actors")).body.items[0].events).toBe(2);
    const g = (await get("/api/graph")).body;
    expect(g.edges[0]).toMatchObject({ weight: 2 });
  });

  it("searches normalized Arabic with snippets", async () => {
    const { body } = await get(`/api/search?q=${encodeURIComponent("ستيباناكرت")}`);
    expect(body.total).toBe(2);
    expect(body.items[0].snippet).toContain("ستيباناكرت");
    expect((await get("/api/search")).body.error.code).toBe("BAD_INPUT");
  });

  it("exports CSV, GeoJSON and JSONL, and refuses unknown export names", async () => {
    const csv = await app.request("/api/export/events.csv?type=ASSAULT");
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    expect((await csv.text()).trim().split("\r\n")).toHaveLength(3);
    const geo = await (await app.request("/api/export/events.geojson")).json();
    expect(geo.features.length).toBe(3);
    expect((await (await app.request("/api/export/records.jsonl")).text()).trim().split("\n")).toHaveLength(3);
    for (const bad of ["..%2F..%2Fetc%2Fpasswd", "events.xlsx", "%2e%2e"]) {
      const r = await app.request(`/api/export/${bad}`);
      expect([400, 404]).toContain(r.status);
      expect((await r.json()).error.code).toMatch(/BAD_INPUT|NOT_FOUND/);
    }
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const r = await get("/api/nothing");
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("NOT_FOUND");
  });
});

describe("writes", () => {
  it("analyses and stores posted articles, once", async () => {
    const app = await appWith();
    const art = { id: "p1", text: "تظاهر مئات الطلبة أمام وزارة التعليم العالي في تونس.", published: "2016-03-01" };
    const res = await app.request("/api/articles", post(JSON.stringify([art, { ...art, id: "p2" }])));
    expect(res.status).toBe(200);
    expect((await res.json()).items.map((i: { status: string }) => i.status)).toEqual(["added", "duplicate"]);
    expect((await store.getRecord("p1"))?.events[0].type).toBe("PROTEST");
  });

  it("answers 400 with a code on malformed input and stores nothing", async () => {
    const app = await appWith();
    const cases: [string, string][] = [
      ["{not json", "BAD_JSON"],
      [JSON.stringify({ text: "بلا معرف" }), "BAD_INPUT"],
      [JSON.stringify([{ id: "ok", text: "نص سليم" }, { id: "x", text: "نص", published: "yesterday" }]), "BAD_INPUT"],
      [JSON.stringify({ id: "e", text: "   " }), "EMPTY_INPUT"],
      [JSON.stringify([]), "EMPTY_INPUT"],
    ];
    for (const [body, code] of cases) {
      const r = await app.request("/api/articles", post(body));
      expect(r.status).toBe(400);
      expect((await r.json()).error.code).toBe(code);
    }
    expect((await store.stats("1.0.0")).articles).toBe(3);
  });

  it("answers 413 on an oversized body and 415 on another content type", async () => {
    const app = await appWith({ maxBodyBytes: 1000 });
    const big = JSON.stringify({ id: "big", text: "ن".repeat(2000) });
    const r = await app.request("/api/articles", post(big));
    expect(r.status).toBe(413);
    expect((await r.json()).error.code).toBe("INPUT_TOO_LARGE");
    const t = await app.request("/api/articles", { method: "POST", body: "x", headers: { ...auth, "Content-Type": "text/plain" } });
    expect(t.status).toBe(415);
  });

  it("rate-limits writes per client with 429 and Retry-After", async () => {
    const app = await appWith({ rateLimit: { reads: 1000, writes: 2 } });
    const body = JSON.stringify({ id: "r", text: "اجتمع الوزيران في الرباط." });
    expect((await app.request("/api/articles", post(body))).status).toBe(200);
    expect((await app.request("/api/articles", post(body))).status).toBe(200);
    const r = await app.request("/api/articles", post(body));
    expect(r.status).toBe(429);
    expect(r.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await r.json()).error.code).toBe("RATE_LIMITED");
  });
});

describe("headers and the dashboard", () => {
  it("sends security headers and no CORS headers by default", async () => {
    const app = await appWith({ public: true });
    const r = await app.request("/api/stats", { headers: { Origin: "https://evil.example" } });
    expect(r.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(r.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows configured CORS origins only", async () => {
    const app = await appWith({ public: true, corsOrigins: ["https://ok.example"] });
    const r = await app.request("/api/stats", { headers: { Origin: "https://ok.example" } });
    expect(r.headers.get("access-control-allow-origin")).toBe("https://ok.example");
  });

  it("serves dashboard files, index.html for client routes, and nothing outside the root", async () => {
    const app = await appWith();
    expect(await (await app.request("/assets/app.js")).text()).toBe("console.log(1)");
    const route = await app.request("/incidents/I-1");
    expect(route.headers.get("content-type")).toMatch(/text\/html/);
    expect(await route.text()).toContain("<title>Rasd</title>");
    const escape = await app.request("/..%2F..%2Fetc%2Fpasswd");
    expect(await escape.text()).not.toContain("root:");
  });

  it("says so when the dashboard is not built", async () => {
    const app = await appWith({ webRoot: join(web, "missing") });
    const r = await app.request("/");
    expect(r.status).toBe(404);
    expect(await r.text()).toMatch(/dashboard is not built/);
  });
});

describe("read cache", () => {
  it("answers a repeated read from memory, and never with what a write has changed", async () => {
    const app = await appWith({ public: true });
    const total = async (path: string) => ((await (await app.request(path)).json()) as { total: number }).total;
    expect(await total("/api/events")).toBe(4);
    expect(await total("/api/search?q=%D9%82%D8%B5%D9%81")).toBeGreaterThan(0);
    const before = await total("/api/search?q=%D8%B5%D9%81%D8%A7%D9%82%D8%B3"); // صفاقس
    // a write through the API
    const res = await app.request("/api/articles", post(JSON.stringify({ id: "n1", text: "تظاهر مئات الطلاب في صفاقس أمس.", published: "2016-01-05" })));
    expect(res.status).toBe(200);
    expect(await total("/api/events")).toBe(5);
    expect(await total("/api/search?q=%D8%B5%D9%81%D8%A7%D9%82%D8%B3")).toBe(before + 1);
    // a write straight to the store (another writer)
    const a = { id: "n2", text: "اعتقلت الشرطة ثلاثة أشخاص في صفاقس.", published: "2016-01-06", outlet: null, url: null, title: null };
    await store.saveAnalyzed(a, makeRecord(a, [makeEvent(a.text, "V1", { type: "COERCE" })]), "1.0.0");
    expect(await total("/api/events")).toBe(6);
    expect((await app.request("/api/events?type=BOMBING")).status).toBe(400); // still validated
  });

  it("gives the same answers with the cache off", async () => {
    const on = await appWith({ public: true });
    const onBody = await (await on.request("/api/events?limit=2")).text();
    const off = await appWith({ public: true, responseCache: false });
    expect(await (await off.request("/api/events?limit=2")).text()).toBe(onBody);
  });
});

