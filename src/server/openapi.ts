// The OpenAPI 3.1 description served at /api/openapi.json; src/server/README.md is the prose version.
import { EVENT_TYPES } from "../core/contract.js";
import { ERRORS } from "../core/errors.js";
import { EXPORTS } from "../export/formats.js";

const str = { type: "string" };
const nstr = { type: ["string", "null"] };
const int = { type: "integer" };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const q = (name: string, description: string, schema: object = str) => ({ name, in: "query", required: false, description, schema });
const page = [q("limit", "page size (default 50, max 500)", int), q("offset", "items to skip", int)];
const eventFilters = [
  q("type", "PLOVER event types, comma-separated", str), q("status", "asserted|negated|future|hypothetical, comma-separated"),
  q("country", "ISO 3166-1 alpha-3 of the event's place"), q("actor", "actor name (substring, normalized Arabic), English name or country code"),
  q("from", "first day (YYYY-MM-DD)", { type: "string", format: "date" }), q("to", "last day (YYYY-MM-DD)", { type: "string", format: "date" }),
  q("place", "place name substring"), q("article", "article id"),
];
const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });
const list = (item: object) => ({ type: "object", required: ["items", "total"], properties: { items: { type: "array", items: item }, total: int } });
const errors = Object.fromEntries(
  [...new Set(Object.values(ERRORS).map((e) => e.status))].map((s) => [String(s), { $ref: "#/components/responses/Error" }]),
);
const get = (summary: string, parameters: object[], response: object) => ({ get: { summary, parameters, responses: { 200: response, ...errors } } });

export function openApiDocument(version: string): object {
  return {
    openapi: "3.1.0",
    info: { title: "Rasd API", version, description: "Structured, sourced event data from Arabic news. Article text is returned as data: escape it." },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }],
    paths: {
      "/api/health": { get: { summary: "liveness", security: [], responses: { 200: json({ type: "object", properties: { ok: { type: "boolean" }, version: str } }) } } },
      "/api/openapi.json": { get: { summary: "this document", security: [], responses: { 200: json({ type: "object" }) } } },
      "/api/stats": get("counts", [], json(ref("Stats"))),
      "/api/articles": {
        ...get("articles, newest first", page, json(list(ref("ArticleSummary")))),
        post: {
          summary: "analyse and store articles (token required)",
          requestBody: { required: true, content: { "application/json": { schema: { oneOf: [ref("ArticleInput"), { type: "array", items: ref("ArticleInput"), maxItems: 100 }] } } } },
          responses: { 200: json({ type: "object", properties: { items: { type: "array", items: ref("IngestResult") } } }), ...errors },
        },
      },
      "/api/articles/{id}": { get: { summary: "an article and its record", parameters: [{ name: "id", in: "path", required: true, schema: str }], responses: { 200: json({ type: "object", properties: { article: ref("Article"), record: { oneOf: [ref("Analysis"), { type: "null" }] } } }), ...errors } } },
      "/api/records/{id}": { get: { summary: "an article's analysis record", parameters: [{ name: "id", in: "path", required: true, schema: str }], responses: { 200: json(ref("Analysis")), ...errors } } },
      "/api/events": get("events with their article", [...eventFilters, ...page], json(list(ref("EventItem")))),
      "/api/incidents": get("events of different articles grouped into incidents", [...eventFilters, ...page, q("min_articles", "only incidents reported by at least this many articles", int)], json(list(ref("Incident")))),
      "/api/actors": get("actors by number of events", page, json(list(ref("Actor")))),
      "/api/graph": get("actor co-occurrence graph", [q("limit", "most active actors kept (default 100)", int)], json({ type: "object", properties: { nodes: { type: "array", items: ref("Actor") }, edges: { type: "array", items: { type: "object", properties: { source: str, target: str, weight: int, types: { type: "object", additionalProperties: int } } } } } })),
      "/api/search": get("full-text search on normalized Arabic", [{ ...q("q", 'query: words, "a phrase", prefix*'), required: true }, ...page], json({ ...list(ref("SearchHit")), properties: { ...list(ref("SearchHit")).properties, terms: { type: "array", items: str } } })),
      "/api/export/{name}": {
        get: {
          summary: "exports: ACLED-style CSV, GeoJSON, analysis JSONL",
          parameters: [{ name: "name", in: "path", required: true, schema: { type: "string", enum: Object.keys(EXPORTS) } }, ...eventFilters],
          responses: { 200: { description: "the file", content: Object.fromEntries(Object.values(EXPORTS).map((e) => [e.contentType.split(";")[0], { schema: str }])) }, ...errors },
        },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      responses: { Error: { description: "an error with a stable code", content: { "application/json": { schema: ref("Error") } } } },
      schemas: {
        Error: { type: "object", required: ["error"], properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string", enum: Object.keys(ERRORS) }, message: str } } } },
        ArticleInput: { type: "object", required: ["id", "text"], properties: { id: { type: ["string", "number"] }, text: str, published: { type: ["string", "null"], description: "ISO 8601 date" }, outlet: nstr, url: nstr, title: nstr } },
        ArticleSummary: { type: "object", properties: { id: str, title: nstr, published: nstr, outlet: nstr, url: nstr, events: int, ingested_at: str } },
        Article: { type: "object", properties: { id: str, title: nstr, published: nstr, outlet: nstr, url: nstr, text: str, content_hash: str, ingested_at: str, engine_version: nstr } },
        Analysis: { type: "object", description: "the analysis record: contract/analysis.schema.json", properties: { schema: { const: "rasd.analysis/1" } } },
        EventItem: { type: "object", description: "a contract Event plus its article", properties: { key: str, id: str, type: { type: "string", enum: [...EVENT_TYPES] }, status: str, article_id: str, article_title: nstr, published: nstr, outlet: nstr, url: nstr, date: nstr, lat: { type: ["number", "null"] }, lon: { type: ["number", "null"] } } },
        Incident: { type: "object", properties: { id: str, type: str, date: nstr, place: { type: ["object", "null"] }, actors: { type: "array", items: str }, articles: int, sources: { type: "array", items: { type: "object" } }, fatalities: { type: "object", properties: { acled: { type: ["integer", "null"] }, ucdp: { type: ["object", "null"], properties: { low: int, best: int, high: int } } } } } },
        Actor: { type: "object", properties: { id: str, name: str, name_en: nstr, country: nstr, sector: nstr, events: int } },
        SearchHit: { type: "object", properties: { id: str, title: nstr, published: nstr, outlet: nstr, url: nstr, snippet: str, highlights: { type: "array", items: { type: "array", items: int, minItems: 2, maxItems: 2 } }, score: { type: "number" } } },
        IngestResult: { type: "object", properties: { id: str, status: { type: "string", enum: ["added", "duplicate", "failed"] }, events: int, error: ref("Error") } },
        Stats: { type: "object", properties: { articles: int, records: int, events: int, entities: int, reports: int, stale_records: int, engine_version: str, by_type: { type: "object" }, by_country: { type: "object" }, published: { type: "object" } } },
      },
    },
  };
}
