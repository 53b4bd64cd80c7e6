// The HTTP API: createApp() builds a Hono app over a Store. Routes are tested through app.request()
// without a socket; `rasd serve` puts it on a port. Error codes map to statuses in one place
// (httpStatus in src/core/errors.ts) and every error answers {error: {code, message}}.
import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { ERRORS, RasdError, asRasdError, httpStatus, type ErrorCode } from "../core/errors.js";
import type { Analyzer } from "../engine/analyzer.js";
import { allEvents, runExport } from "../export/export.js";
import { EXPORTS, exportName } from "../export/formats.js";
import { groupIncidents } from "../incidents/incidents.js";
import { decodeText } from "../ingest/decode-text.js";
import { ingestOne, type IngestResult } from "../ingest/ingest.js";
import { validated } from "../ingest/sources.js";
import type { ArticleInput } from "../core/article.js";
import { clampPage, type EventItem, type Store } from "../store/store.js";
import { bearer, tokenMatches } from "./auth.js";
import { openApiDocument } from "./openapi.js";
import { eventFilter, paging, searchQuery } from "./params.js";
import { RateLimiter } from "./rate-limit.js";
import { ResponseCache, type ResponseCacheOptions } from "./response-cache.js";
import { staticFile, webRootReady } from "./static.js";

export type AppOptions = {
  store: Store;
  engineVersion: string;
  /** creates the analyzer on the first POST (loading the engine is not free) */
  analyzer?: () => Promise<Analyzer>;
  /** sha256 hex digests of accepted tokens (the store's api_tokens are accepted too) */
  tokenHashes?: string[];
  /** reads without a token */
  public?: boolean;
  maxBodyBytes?: number;
  maxArticlesPerPost?: number;
  /** requests per minute per client: reads and writes counted apart; false turns limiting off */
  rateLimit?: { reads: number; writes: number } | false;
  /** allowed CORS origins; none (the default) sends no CORS headers */
  corsOrigins?: string[];
  /** the dashboard's folder (dist/web); null serves the API only */
  webRoot?: string | null;
  /** the most events grouped into incidents per request */
  maxIncidentEvents?: number;
  /**
   * Keep read answers in memory until the store changes (only for stores with a change token: SQLite);
   * false turns it off. Default: on, unless the environment has RASD_API_CACHE=off.
   */
  responseCache?: ResponseCacheOptions | false;
};

type Env = { Variables: { client: string } };

export function createApp(opts: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const maxBody = opts.maxBodyBytes ?? 5 * 1024 * 1024;
  const limits = opts.rateLimit === false ? null : opts.rateLimit ?? { reads: 600, writes: 60 };
  const readLimiter = limits ? new RateLimiter({ windowMs: 60_000, max: limits.reads }) : null;
  const writeLimiter = limits ? new RateLimiter({ windowMs: 60_000, max: limits.writes }) : null;
  let analyzer: Promise<Analyzer> | null = null;
  const cacheOpts = opts.responseCache ?? (process.env.RASD_API_CACHE === "off" ? false : {});
  const cache = cacheOpts !== false && opts.store.changeToken ? new ResponseCache(cacheOpts) : null;
  const JSON_TYPE = { "Content-Type": "application/json" };

  /**
   * A read answered as JSON: from the cache while the store is unchanged, else computed (a Uint8Array is
   * JSON already encoded), kept, and sent as bytes. Parameters are validated inside `answer`, so only
   * valid requests are ever kept.
   */
  async function readJson(c: Context, answer: () => Promise<unknown>): Promise<Response> {
    const token = cache ? await opts.store.changeToken!() : null;
    const key = c.req.url;
    if (cache && token !== null) {
      const hit = cache.get(key, token);
      if (hit) return c.body(hit, 200, JSON_TYPE);
    }
    const value = await answer();
    const body = value instanceof Uint8Array ? (value as Uint8Array<ArrayBuffer>) : new Uint8Array(Buffer.from(JSON.stringify(value)));
    if (cache && token !== null) cache.set(key, token, body);
    return c.body(body, 200, JSON_TYPE);
  }
  let storeHashes: { at: number; hashes: string[] } | null = null;

  app.onError((err, c) => {
    const e = asRasdError(err);
    const status = httpStatus(e.code);
    // internals stay in the log, not in the answer
    if (status >= 500) console.error(`rasd serve: ${e.code}:`, e.cause ?? e);
    const message = status >= 500 ? ERRORS[e.code].message : e.message;
    return c.json({ error: { code: e.code, message } }, status as 400);
  });
  app.notFound((c) => errorJson(c, "NOT_FOUND", `${c.req.method} ${c.req.path}`));

  app.use("*", secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", "data:"],
      fontSrc: ["'self'", "data:"], connectSrc: ["'self'"], objectSrc: ["'none'"], baseUri: ["'none'"], frameAncestors: ["'none'"],
      formAction: ["'self'"],
    },
    referrerPolicy: "no-referrer",
    crossOriginResourcePolicy: "same-origin",
  }));
  if (opts.corsOrigins?.length) app.use("/api/*", cors({ origin: opts.corsOrigins, allowHeaders: ["Authorization", "Content-Type"], allowMethods: ["GET", "POST"] }));

  app.use("/api/*", async (c, next) => {
    // set before the handler makes the response: a header set after it makes Hono rebuild the response
    // around its body stream, which takes @hono/node-server off its direct write path (a third of the
    // CPU of a small JSON answer went there)
    c.header("Cache-Control", "no-store");
    c.set("client", clientOf(c));
    const write = c.req.method !== "GET" && c.req.method !== "HEAD" && c.req.method !== "OPTIONS";
    const wait = (write ? writeLimiter : readLimiter)?.take(`${write ? "w" : "r"}:${c.get("client")}`) ?? 0;
    if (wait > 0) {
      c.header("Retry-After", String(wait));
      throw new RasdError("RATE_LIMITED", `retry in ${wait} s`);
    }
    const open = c.req.path === "/api/health" || c.req.path === "/api/openapi.json" || c.req.method === "OPTIONS";
    if (!open && (write || !opts.public)) {
      if (!tokenMatches(bearer(c.req.header("authorization")), await knownHashes())) {
        c.header("WWW-Authenticate", 'Bearer realm="rasd"');
        throw new RasdError("UNAUTHORIZED");
      }
    }
    await next();
  });

  async function knownHashes(): Promise<string[]> {
    const now = Date.now();
    if (!storeHashes || now - storeHashes.at > 10_000) storeHashes = { at: now, hashes: await opts.store.tokenHashes() };
    return [...(opts.tokenHashes ?? []), ...storeHashes.hashes];
  }

  app.get("/api/health", (c) => c.json({ ok: true, version: opts.engineVersion }));
  app.get("/api/openapi.json", (c) => c.json(openApiDocument(opts.engineVersion)));
  app.get("/api/stats", (c) => readJson(c, () => opts.store.stats(opts.engineVersion)));

  app.get("/api/articles", (c) => readJson(c, () => opts.store.listArticles(paging(c.req.query()))));
  app.get("/api/articles/:id", async (c) => {
    const id = c.req.param("id");
    const article = await opts.store.getArticle(id);
    if (!article) throw new RasdError("NOT_FOUND", `article ${id}`);
    return c.json({ article, record: await opts.store.getRecord(id) });
  });
  app.get("/api/records/:id", async (c) => {
    const record = await opts.store.getRecord(c.req.param("id"));
    if (!record) throw new RasdError("NOT_FOUND", `record ${c.req.param("id")}`);
    return c.json(record);
  });

  app.get("/api/events", (c) => readJson(c, () => {
    const q = c.req.query();
    // the page comes from the store as JSON bytes (items serialized at write time): sent as they are
    return opts.store.eventsJson(eventFilter(q), paging(q));
  }));
  app.get("/api/incidents", (c) => readJson(c, async () => {
    const q = c.req.query();
    const filter = eventFilter(q);
    const { limit, offset } = clampPage(paging(q));
    const events: EventItem[] = [];
    const cap = opts.maxIncidentEvents ?? 20_000;
    for await (const e of allEvents(opts.store, filter)) {
      events.push(e);
      if (events.length >= cap) break;
    }
    const minArticles = q.min_articles ? Math.max(1, Number.parseInt(q.min_articles, 10) || 1) : 1;
    const all = groupIncidents(events).filter((i) => i.articles >= minArticles);
    return { items: all.slice(offset, offset + limit), total: all.length, truncated: events.length >= cap };
  }));
  app.get("/api/actors", (c) => readJson(c, () => opts.store.actors(paging(c.req.query()))));
  app.get("/api/graph", (c) => readJson(c, () => {
    const { limit } = clampPage({ limit: paging(c.req.query()).limit ?? 100 });
    return opts.store.graph(limit);
  }));
  app.get("/api/search", (c) => readJson(c, () => {
    const q = c.req.query();
    return opts.store.search(searchQuery(q), paging(q));
  }));

  app.get("/api/export/:name", async (c) => {
    const name = exportName(c.req.param("name"));
    const chunks = runExport(opts.store, name, eventFilter(c.req.query()));
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(ctrl) {
        const { value, done } = await chunks.next();
        if (done) ctrl.close();
        else ctrl.enqueue(encoder.encode(value));
      },
      async cancel() { await chunks.return(undefined); },
    });
    return c.body(body, 200, {
      "Content-Type": EXPORTS[name].contentType,
      "Content-Disposition": `attachment; filename="rasd-${name}"`,
    });
  });

  app.post("/api/articles",
    bodyLimit({ maxSize: maxBody, onError: () => { throw new RasdError("INPUT_TOO_LARGE", `the body is larger than ${maxBody} bytes`); } }),
    async (c) => {
      const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
      if (type !== "application/json") throw new RasdError("UNSUPPORTED_CONTENT", "send application/json");
      // bytes decoded strictly: invalid UTF-8 is refused, never stored as replacement characters
      const raw = decodeText(new Uint8Array(await c.req.arrayBuffer()), { maxBytes: maxBody, what: "the body" });
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (err) {
        throw new RasdError("BAD_JSON", "the body is not JSON", { cause: err });
      }
      const list = Array.isArray(json) ? json : [json];
      const max = opts.maxArticlesPerPost ?? 100;
      if (!list.length) throw new RasdError("EMPTY_INPUT", "no articles");
      if (list.length > max) throw new RasdError("INPUT_TOO_LARGE", `${list.length} articles, at most ${max} per request`);
      // all or nothing at the boundary: one malformed article rejects the request before anything is stored
      const articles: ArticleInput[] = list.map((item, i) => {
        try {
          return validated(item);
        } catch (err) {
          const e = asRasdError(err, "BAD_INPUT");
          throw new RasdError(e.code, Array.isArray(json) ? `article ${i}: ${e.message}` : e.message);
        }
      });
      analyzer ??= opts.analyzer ? opts.analyzer() : Promise.reject(new RasdError("INTERNAL", "no analyzer configured"));
      const a = await analyzer;
      const items: IngestResult[] = [];
      for (const article of articles) items.push(await ingestOne(article, { store: opts.store, analyzer: a, engineVersion: opts.engineVersion }));
      return c.json({ items });
    });

  app.all("/api/*", (c) => errorJson(c, "NOT_FOUND", `${c.req.method} ${c.req.path}`));

  // the dashboard
  app.get("*", async (c) => {
    if (!webRootReady(opts.webRoot)) {
      return c.text("Rasd API is running under /api. The dashboard is not built (dist/web is missing): run `npm run build`.\n", 404);
    }
    const file = await staticFile(opts.webRoot!, c.req.path);
    if (!file) throw new RasdError("NOT_FOUND", c.req.path);
    return c.body(new Uint8Array(file.body), 200, { "Content-Type": file.type, "Cache-Control": file.cache });
  });

  return app;
}

function errorJson(c: Context, code: ErrorCode, detail?: string) {
  const e = new RasdError(code, detail);
  return c.json({ error: { code, message: e.message } }, httpStatus(code) as 404);
}

function clientOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "local";
  }
}
