// The HTTP API under hostile input (issue 9), through app.request() (no socket) over a real SQLite store in a
// temporary folder: SQL and FTS metacharacters in every parameter, oversized and deeply nested bodies,
// invalid UTF-8, path traversal, bad tokens, rate limits, security headers, CORS. Whatever is sent, the
// answer is a 4xx with an error code, never a 500, and nothing is read or written that should not be.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { ArticleInput } from "../src/core/article.js";
import type { Analyzer } from "../src/engine/analyzer.js";
import { createApp, type AppOptions } from "../src/server/app.js";
import { hashToken, tokenMatches } from "../src/server/auth.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { karabakhFixtures, makeEvent, makeRecord } from "../src/store/test-fixtures.js";

const TOKEN = "rasd_test-token-0123456789";
const dir = mkdtempSync(join(tmpdir(), "rasd-hostile-"));
const web = join(dir, "web");
mkdirSync(web);
writeFileSync(join(web, "index.html"), "<!doctype html><title>Rasd</title>");
writeFileSync(join(dir, "secret.txt"), "TOP-SECRET-OUTSIDE-WEB-ROOT");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const analyzer = async (): Promise<Analyzer> => ({
  concurrency: 1,
  async analyze(a: ArticleInput) { return makeRecord(a, [makeEvent(a.text, "V1", { type: "PROTEST" })]); },
  async close() {},
});

let store: Store | null = null;
let n = 0;
afterEach(async () => { await store?.close(); store = null; });

async function appWith(extra: Partial<AppOptions> = {}) {
  store = await openSqliteStore({ path: join(dir, `api${n++}.db`) });
  for (const { article, record } of karabakhFixtures()) await store.saveAnalyzed(article, record, "1.0.0");
  return createApp({ store, engineVersion: "1.0.0", tokenHashes: [hashToken(TOKEN)], analyzer, webRoot: web, rateLimit: false, ...extra });
}
const auth = { Authorization: `Bearer ${TOKEN}` };
const postJson = (body: BodyInit, headers: Record<string, string> = {}): RequestInit =>
  ({ method: "POST", body, headers: { "Content-Type": "application/json", ...auth, ...headers } });

/** A 4xx with the error shape, or a 200: never a 5xx. */
async function expectHandled(res: Response, what: string): Promise<unknown> {
  expect(res.status, what).toBeLessThan(500);
  if (res.status < 400) return res.text();
  const body = await res.json();
  expect(body, what).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
  return body;
}

const HOSTILE = [
  "' OR '1'='1", "'; DROP TABLE articles; --", "\" OR 1=1 --", "1) UNION SELECT sqlite_version() --", "%", "_", "\\", "%' --",
  "NEAR(a b)", "\"unbalanced", "a* OR b*", "*", "-", "^", "()", ":*", "a & | ! <->", "$1", "?", "\u0000", "null", "[]", "{}",
  "ستيباناكرت' OR 1=1 --", "x".repeat(5000),
];
const PARAMS: Record<string, string[]> = {
  "/api/events": ["type", "status", "country", "actor", "place", "article", "from", "to", "limit", "offset"],
  "/api/incidents": ["type", "country", "actor", "place", "from", "to", "min_articles", "limit"],
  "/api/search": ["q", "limit", "offset"],
  "/api/articles": ["limit", "offset"],
  "/api/actors": ["limit", "offset"],
  "/api/graph": ["limit"],
  "/api/export/events.csv": ["type", "actor", "place", "from"],
  "/api/export/records.jsonl": ["country", "article"],
};

describe("API under hostile input", () => {
  it("treats SQL and full-text metacharacters in every query parameter as data", async () => {
    const app = await appWith();
    for (const [path, params] of Object.entries(PARAMS)) {
      for (const p of params) {
        for (const v of HOSTILE) {
          const res = await app.request(`${path}?${p}=${encodeURIComponent(v)}`, { headers: auth });
          await expectHandled(res, `${path}?${p}=${v.slice(0, 30)}`);
        }
      }
    }
    // an injected tautology matches nothing, and the tables are all still there
    const inj = await app.request(`/api/events?actor=${encodeURIComponent("' OR '1'='1")}`, { headers: auth });
    expect((await inj.json()).total).toBe(0);
    const srch = await app.request(`/api/search?q=${encodeURIComponent("\" OR NEAR(")}`, { headers: auth });
    expect((await srch.json()).total).toBe(0);
    expect((await (await app.request("/api/stats", { headers: auth })).json())).toMatchObject({ articles: 3, events: 4 });
  });

  it("survives malformed query strings and repeated parameters", async () => {
    const app = await appWith();
    for (const qs of ["limit=%E0%A4%A", "q=%", "q=%zz", "limit=1&limit=2", "limit=1e309", "limit=-1", "offset=99999999999999999999", "limit=0x10", "type=ASSAULT,,,", "from=2020-02-30"]) {
      for (const path of ["/api/events", "/api/search", "/api/articles"]) {
        await expectHandled(await app.request(`${path}?${qs}`, { headers: auth }), `${path}?${qs}`);
      }
    }
  });

  it("refuses a body over the limit with 413, with or without Content-Length", async () => {
    const app = await appWith({ maxBodyBytes: 64 * 1024 });
    const big = JSON.stringify({ id: "big", text: "ا".repeat(100_000) });
    const res = await app.request("/api/articles", postJson(big));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("INPUT_TOO_LARGE");
    // streamed without a length: counted as it arrives
    const chunks = [new TextEncoder().encode(big)];
    const stream = new ReadableStream<Uint8Array>({ pull(c) { const x = chunks.shift(); if (x) c.enqueue(x); else c.close(); } });
    const streamed = await app.request("/api/articles", { ...postJson(stream), duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await (await app.request("/api/stats", { headers: auth })).json()).articles).toBe(3);
  });

  it("answers 400 (never 500) to deeply nested, oddly shaped and polluting JSON", async () => {
    const app = await appWith();
    const bodies = [
      "[".repeat(200_000) + "]".repeat(200_000),
      "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000),
      "[".repeat(200_000),
      "null", "123", "\"text\"", "true", "[]", "{}", "[null]", "[[]]",
      JSON.stringify({ id: "x", text: { nested: ["ا"] } }),
      JSON.stringify({ id: { $ne: null }, text: "نص" }),
      JSON.stringify({ id: "p", text: "نص عربي", published: "2020-13-45" }),
      "{\"__proto__\": {\"polluted\": true}, \"id\": \"p\", \"text\": 5}",
      "{\"constructor\": {\"prototype\": {\"polluted\": true}}}",
      JSON.stringify(Array.from({ length: 101 }, (_, i) => ({ id: `a${i}`, text: "نص" }))),
      "{\"id\": \"x\", \"text\": \"نص\"", // truncated
    ];
    for (const b of bodies) {
      const res = await app.request("/api/articles", postJson(b));
      expect(res.status, b.slice(0, 40)).toBeGreaterThanOrEqual(400);
      await expectHandled(res, b.slice(0, 40));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await (await app.request("/api/stats", { headers: auth })).json()).articles).toBe(3);
  });

  it("refuses a body that is not UTF-8 instead of storing replacement characters", async () => {
    const app = await appWith();
    const head = Buffer.from('{"id": "bad-utf8", "text": "نص ');
    const body = Buffer.concat([head, Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(' عربي"}')]);
    const res = await app.request("/api/articles", postJson(new Uint8Array(body)));
    expect(res.status).toBe(400);
    expect(await store!.getArticle("bad-utf8")).toBeNull();
  });

  it("refuses non-JSON content types for writes", async () => {
    const app = await appWith();
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""]) {
      const res = await app.request("/api/articles", { method: "POST", body: '{"id":"x","text":"نص"}', headers: { ...auth, "Content-Type": type } });
      expect(res.status, type).toBe(415);
    }
  });

  it("never serves a file outside the web root or an unknown export", async () => {
    const app = await appWith();
    const paths = [
      "/api/export/..%2f..%2fpackage.json", "/api/export/../../package.json", "/api/export/events.csv%00.txt",
      "/api/export/%2e%2e%2fsecret.txt", "/api/export/records.jsonl%2f..%2f..%2fsecret.txt", "/api/export/__proto__", "/api/export/constructor",
      "/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/index.html%00.js",
      "/....//secret.txt", "/%252e%252e/secret.txt",
    ];
    for (const p of paths) {
      const res = await app.request(p, { headers: auth });
      expect(res.status, p).toBeLessThan(500);
      const text = await res.text();
      expect(text, p).not.toContain("TOP-SECRET");
      expect(text, p).not.toContain("root:x:0:0");
      expect(text, p).not.toContain("\"name\": \"rasd\"");
      // (a literal "/../" is resolved by URL parsing before routing: "/api/export/../../x" is the page "/x")
      if (new URL(p, "http://h").pathname.startsWith("/api/export/")) expect(res.status, p).toBeGreaterThanOrEqual(400);
    }
  });

  it("answers 401 to missing, malformed and wrong tokens, on reads and writes", async () => {
    const app = await appWith();
    const headers: Record<string, string>[] = [
      {}, { Authorization: "" }, { Authorization: "Bearer" }, { Authorization: "Bearer " }, { Authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString("base64")}` },
      { Authorization: `Bearer ${TOKEN.toUpperCase()}` }, { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }, { Authorization: `Bearer ${TOKEN}x` },
      { Authorization: `Bearer ${TOKEN} ${TOKEN}` }, { Authorization: `Bearer ${hashToken(TOKEN)}` }, { Authorization: `Bearer ${"a".repeat(20_000)}` },
      { Authorization: "Bearer ' OR '1'='1" }, { Authorization: "Bearer \u00e9\u00e8" }, { Authorization: `bearer  ${TOKEN}x` },
    ];
    for (const h of headers) {
      for (const [path, init] of [["/api/stats", {}], ["/api/events", {}], ["/api/export/records.jsonl", {}], ["/api/articles", { method: "POST", body: '{"id":"x","text":"نص"}' }]] as const) {
        const res = await app.request(path, { ...init, headers: { "Content-Type": "application/json", ...h } });
        expect(res.status, `${path} ${JSON.stringify(h).slice(0, 60)}`).toBe(401);
        expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
        expect((await res.json()).error.code).toBe("UNAUTHORIZED");
      }
    }
    // the public switch opens reads, never writes
    const pub = await appWith({ public: true });
    expect((await pub.request("/api/stats")).status).toBe(200);
    expect((await pub.request("/api/articles", { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } })).status).toBe(401);
  });

  it("compares tokens by their sha256 digests against every known hash", () => {
    const hashes = ["0".repeat(64), hashToken("other"), hashToken(TOKEN), "not hex at all"];
    expect(tokenMatches(TOKEN, hashes)).toBe(true);
    expect(tokenMatches(TOKEN.slice(0, 5), hashes)).toBe(false);
    expect(tokenMatches("", hashes)).toBe(false);
    expect(tokenMatches(null, hashes)).toBe(false);
    expect(tokenMatches(hashToken(TOKEN), hashes)).toBe(false); // knowing the stored hash is not knowing the token
  });

  it("limits requests per client, reads and writes apart, with Retry-After", async () => {
    const app = await appWith({ rateLimit: { reads: 5, writes: 2 } });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await app.request("/api/events", { headers: auth })).status);
    expect(codes).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await app.request("/api/stats", { headers: auth });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("RATE_LIMITED");
    // writes have their own budget; bad tokens spend it too (no free guessing)
    const w: number[] = [];
    for (let i = 0; i < 3; i++) w.push((await app.request("/api/articles", postJson('{"id":"x","text":"نص"}', { Authorization: "Bearer guess" }))).status);
    expect(w).toEqual([401, 401, 429]);
  });

  it("sends security headers on answers, errors included, and no CORS by default", async () => {
    const app = await appWith();
    const answers = [
      await app.request("/api/stats", { headers: auth }),
      await app.request("/api/stats"),
      await app.request("/api/nope", { headers: auth }),
      await app.request("/", { headers: auth }),
      await app.request("/api/events", { headers: { ...auth, Origin: "https://evil.example" } }),
      await app.request("/api/events", { method: "OPTIONS", headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization" } }),
    ];
    for (const res of answers) {
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toMatch(/DENY|SAMEORIGIN/);
      expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
      expect(res.status).toBeLessThan(500);
    }
    const corsApp = await appWith({ corsOrigins: ["https://dash.example"] });
    const ok = await corsApp.request("/api/events", { headers: { ...auth, Origin: "https://dash.example" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://dash.example");
    const evil = await corsApp.request("/api/events", { headers: { ...auth, Origin: "https://evil.example" } });
    expect(evil.headers.get("access-control-allow-origin")).not.toBe("https://evil.example");
  });

  it("answers unknown methods and paths with 404, not 500", async () => {
    const app = await appWith();
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await app.request("/api/articles/k1", { method, headers: auth });
      expect(res.status, method).toBeGreaterThanOrEqual(400);
      expect(res.status, method).toBeLessThan(500);
    }
    for (const id of ["%00", "..%2f..%2fsecret.txt", "' OR 1=1 --", "x".repeat(3000)]) {
      await expectHandled(await app.request(`/api/articles/${id}`, { headers: auth }), id);
      await expectHandled(await app.request(`/api/records/${id}`, { headers: auth }), id);
    }
  });

  it("keeps store internals out of a 500", async () => {
    const app = await appWith();
    await store!.close();
    const errors: unknown[] = [];
    const orig = console.error;
    console.error = (...a: unknown[]) => { errors.push(a); };
    try {
      const res = await app.request("/api/events", { headers: auth });
      expect(res.status).toBe(500);
      const body = await res.json();
      expect(body).toEqual({ error: { code: "STORE_ERROR", message: "the store failed" } });
      expect(JSON.stringify(body)).not.toMatch(/sqlite|database|SELECT/i);
    } finally {
      console.error = orig;
    }
    expect(errors.length).toBeGreaterThan(0); // logged for the operator
  });
});
