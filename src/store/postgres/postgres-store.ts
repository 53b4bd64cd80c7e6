// Owned by the scale helper (issue 8 brief: src/store/postgres/**). Change it through the lead, please.
// The PostgreSQL Store (issue 8): the same interface and behaviours as the SQLite store, for several
// processes (API servers, `rasd worker`s) sharing one database. An article, its record and every row
// derived from it commit in one transaction. Saving is idempotent under concurrency: the article's keys
// (content hash, canonical URL) are taken as transaction-scoped advisory locks before the duplicate check,
// and the unique constraints stay as the last word (a lost race is retried and then sees the duplicate).
import pg from "pg";
import type { ArticleInput } from "../../core/article.js";
import type { Analysis, EventType } from "../../core/contract.js";
import { RasdError } from "../../core/errors.js";
import { normalizePhrase } from "../../prep/normalize.js";
import { parseQuery } from "../../search/terms.js";
import { deriveEntities, deriveEvents } from "../derive.js";
import { eventPageJson, itemText, type ArticleMeta } from "../event-item.js";
import { buildGraph } from "../graph.js";
import { searchHitOf } from "../search-hit.js";
import { canonicalUrl, contentHash } from "../keys.js";
import {
  clampPage, type ActorSummary, type ArticleSummary, type EventFilter, type EventItem, type Graph,
  type Page, type Paging, type SaveResult, type SearchHit, type Stats, type Store, type StoredArticle,
} from "../store.js";
import { tsqueryLiteral, tsvectorLiteral } from "./fts.js";
import { PG_MIGRATIONS } from "./migrations.js";

export type PostgresStoreOptions = {
  /** postgres://user@host:port/db; a `schema` query parameter puts the tables in that schema */
  url?: string;
  /** the same as `url` (pg's own name for it) */
  connectionString?: string;
  /** schema for the tables (default: the `schema` URL parameter, else public) */
  schema?: string;
  /** connections in the pool (default 10) */
  max?: number;
};

type Row = Record<string, unknown>;
type Db = pg.Pool | pg.PoolClient;

const SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;
const now = () => new Date().toISOString();
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** True for what --db takes as a PostgreSQL store: a postgres:// or postgresql:// URL. */
export function isPostgresUrl(db: string): boolean {
  return /^postgres(ql)?:\/\//i.test(db);
}

/** Splits a `schema` parameter off a connection URL. */
export function parsePgUrl(url: string): { url: string; schema: string | null } {
  let u: URL;
  try {
    u = new URL(url);
  } catch (err) {
    throw new RasdError("BAD_INPUT", "not a valid postgres:// URL", { cause: err });
  }
  const schema = u.searchParams.get("schema");
  u.searchParams.delete("schema");
  return { url: u.toString(), schema };
}

export async function openPostgresStore(opts: PostgresStoreOptions): Promise<Store> {
  const url = opts.url ?? opts.connectionString;
  if (!url) throw new RasdError("BAD_INPUT", "a postgres:// URL is required");
  const parsed = parsePgUrl(url);
  const schema = opts.schema ?? parsed.schema ?? null;
  if (schema !== null && !SCHEMA.test(schema)) throw new RasdError("BAD_INPUT", `schema name ${JSON.stringify(schema)}`);
  const pool = new pg.Pool({
    connectionString: parsed.url,
    max: opts.max ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // an idle connection dropped by the server must not crash the process; the next query reports it
  pool.on("error", () => {});
  const store = new PostgresStore(pool, schema);
  try {
    await store.migrate();
  } catch (err) {
    await pool.end().catch(() => {});
    throw err;
  }
  return store;
}

/** Driver errors become STORE_ERROR with the driver's error as cause; RasdErrors pass through. */
function storeError(err: unknown): RasdError {
  if (err instanceof RasdError) return err;
  return new RasdError("STORE_ERROR", err instanceof Error ? err.message : String(err), { cause: err });
}

const ARTICLE_KEYS = new Set(["articles_id_key", "articles_url_key_key", "articles_content_hash_key"]);

/** A lost race on an article's unique keys (retry: the duplicate check will then see the winner). */
function isRetryable(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string };
  return (e.code === "23505" && ARTICLE_KEYS.has(e.constraint ?? "")) || e.code === "40P01" || e.code === "40001";
}

const n = (v: unknown) => Number(v);

class PostgresStore implements Store {
  private closed = false;
  constructor(private readonly pool: pg.Pool, private readonly schema: string | null) {}

  private async q(sql: string, params: unknown[] = [], db: Db = this.pool): Promise<Row[]> {
    try {
      return (await db.query(sql, params)).rows as Row[];
    } catch (err) {
      throw storeError(err);
    }
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    let c: pg.PoolClient;
    try {
      c = await this.pool.connect();
    } catch (err) {
      throw storeError(err);
    }
    let broken: Error | undefined;
    try {
      await c.query("BEGIN");
      const out = await fn(c);
      await c.query("COMMIT");
      return out;
    } catch (err) {
      await c.query("ROLLBACK").catch((e: Error) => { broken = e; });
      throw err;
    } finally {
      c.release(broken);
    }
  }

  async migrate(): Promise<void> {
    try {
      await this.tx(async (c) => {
        // one migrator at a time: workers and servers may start together
        await c.query("SELECT pg_advisory_xact_lock(hashtextextended('rasd:migrate', 0))");
        if (this.schema) {
          await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
          await c.query("SELECT set_config('search_path', $1, true)", [this.schema]);
        }
        await c.query("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        const done = new Set((await c.query("SELECT version FROM schema_migrations")).rows.map((r: Row) => n(r.version)));
        for (const m of PG_MIGRATIONS) {
          if (done.has(m.version)) continue;
          await c.query(m.sql);
          await c.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)", [m.version, m.name, now()]);
        }
      });
      await this.fillEventItems();
    } catch (err) {
      throw storeError(err);
    }
  }

  /** Events stored before events.item existed get it (in batches; idempotent, safe to run from two processes). */
  private async fillEventItems(): Promise<void> {
    for (;;) {
      const rows = await this.q(`SELECT e.rowid, e.json, e.date, e.lat, e.lon, a.id AS article_id, a.title, a.published, a.outlet, a.url
        FROM events e JOIN articles a ON a.rowid = e.article_rowid WHERE e.item IS NULL ORDER BY e.rowid LIMIT 500`);
      if (!rows.length) return;
      await this.q("UPDATE events e SET item = u.item FROM unnest($1::bigint[], $2::text[]) AS u(rowid, item) WHERE e.rowid = u.rowid AND e.item IS NULL",
        [rows.map((r) => r.rowid), rows.map(itemText)]);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  async findDuplicate(article: ArticleInput): Promise<string | null> {
    return this.duplicateOf(this.pool, canonicalUrl(article.url), contentHash(article.text));
  }

  private async duplicateOf(db: Db, urlKey: string | null, hash: string): Promise<string | null> {
    const rows = await this.q("SELECT id FROM articles WHERE content_hash = $1 OR ($2::text IS NOT NULL AND url_key = $2) LIMIT 1", [hash, urlKey], db);
    return rows.length ? (rows[0].id as string) : null;
  }

  async saveAnalyzed(article: ArticleInput, record: Analysis, engineVersion: string): Promise<SaveResult> {
    // PostgreSQL text cannot hold U+0000; say so as bad input rather than a store failure
    for (const v of [article.id, article.text, article.title, article.outlet, article.url, article.published]) {
      if (v?.includes("\u0000")) throw new RasdError("BAD_INPUT", "the article contains a NUL character");
    }
    const urlKey = canonicalUrl(article.url);
    const hash = contentHash(article.text);
    const keys = [`hash:${hash}`, ...(urlKey ? [`url:${urlKey}`] : [])].sort();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.tx(async (c): Promise<SaveResult> => {
          // the same article saved by two workers at once: the second waits here, then finds the first
          for (const k of keys) await c.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`rasd:article:${k}`]);
          const dup = await this.duplicateOf(c, urlKey, hash);
          if (dup) return { id: dup, created: false };
          let id = article.id;
          if ((await this.q("SELECT 1 FROM articles WHERE id = $1", [id], c)).length) id = `${article.id}-${hash.slice(0, 8)}`;
          const [row] = await this.q(`INSERT INTO articles (id, url_key, content_hash, title, published, outlet, url, text, ingested_at, terms)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::tsvector) RETURNING rowid`,
          [id, urlKey, hash, article.title, article.published, article.outlet, article.url, article.text, now(), tsvectorLiteral(article.title, article.text)], c);
          const meta = { id, title: article.title, published: article.published, outlet: article.outlet, url: article.url };
          await this.writeRecord(c, row.rowid as string, { ...record, document: { ...record.document, id } }, engineVersion, meta);
          return { id, created: true };
        });
      } catch (err) {
        if (attempt < 5 && isRetryable(err instanceof RasdError ? err.cause : err)) continue;
        throw storeError(err);
      }
    }
  }

  async replaceRecord(articleId: string, record: Analysis, engineVersion: string): Promise<void> {
    try {
      await this.tx(async (c) => {
        const rows = await this.q("SELECT rowid, id, title, published, outlet, url FROM articles WHERE id = $1 FOR UPDATE", [articleId], c);
        if (!rows.length) throw new RasdError("NOT_FOUND", `article ${articleId}`);
        const rowid = rows[0].rowid as string;
        // event_actors go with their events (ON DELETE CASCADE)
        for (const t of ["events", "entities", "reports", "relations", "records"]) {
          await this.q(`DELETE FROM ${t} WHERE article_rowid = $1`, [rowid], c);
        }
        await this.writeRecord(c, rowid, { ...record, document: { ...record.document, id: articleId } }, engineVersion, rows[0] as ArticleMeta);
      });
    } catch (err) {
      throw storeError(err);
    }
  }

  /** Everything derived from a record, one multi-row statement per table (few round trips). */
  private async writeRecord(c: pg.PoolClient, rowid: string, record: Analysis, engineVersion: string, article: ArticleMeta): Promise<void> {
    await this.q("INSERT INTO records (article_rowid, engine_version, created_at, json) VALUES ($1, $2, $3, $4)", [rowid, engineVersion, now(), JSON.stringify(record)], c);
    const events = deriveEvents(record, article);
    if (events.length) {
      const col = <K extends keyof (typeof events)[number]>(k: K) => events.map((e) => e[k]);
      const inserted = await this.q(`INSERT INTO events (article_rowid, event_id, type, status, date, country, place, place_norm, place_en, lat, lon, dead, confidence, json, item)
        SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
          $10::float8[], $11::float8[], $12::float8[], $13::float8[], $14::text[], $15::text[]) RETURNING rowid, event_id`,
      [rowid, col("event_id"), col("type"), col("status"), col("date"), col("country"), col("place"), col("place_norm"), col("place_en"),
        col("lat"), col("lon"), col("dead"), col("confidence"), col("json"), col("item")], c);
      const rowOf = new Map(inserted.map((r) => [r.event_id as string, r.rowid as string]));
      const parts = events.flatMap((e) => e.participants.map((p) => ({ ...p, event: rowOf.get(e.event_id)! })));
      if (parts.length) {
        const pc = <K extends keyof (typeof parts)[number]>(k: K) => parts.map((p) => p[k]);
        await this.q(`INSERT INTO event_actors (event_rowid, role, name, name_norm, name_en, country, sector)
          SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
        [pc("event"), pc("role"), pc("name"), pc("name_norm"), pc("name_en"), pc("country"), pc("sector")], c);
      }
    }
    const ents = deriveEntities(record);
    if (ents.length) {
      const ec = <K extends keyof (typeof ents)[number]>(k: K) => ents.map((e) => e[k]);
      await this.q(`INSERT INTO entities (article_rowid, entity_id, type, name, name_norm, name_en, wikidata, country, sector, mentions)
        SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[])`,
      [rowid, ec("entity_id"), ec("type"), ec("name"), ec("name_norm"), ec("name_en"), ec("wikidata"), ec("country"), ec("sector"), ec("mentions")], c);
    }
    if (record.reports.length) {
      await this.q("INSERT INTO reports (article_rowid, report_id, json) SELECT $1, * FROM unnest($2::text[], $3::text[])",
        [rowid, record.reports.map((r) => r.id), record.reports.map((r) => JSON.stringify(r))], c);
    }
    if (record.relations.length) {
      const rel = record.relations;
      await this.q(`INSERT INTO relations (article_rowid, n, type, a, b, label, json)
        SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [rowid, rel.map((_, i) => i), rel.map((r) => r.type), rel.map((r) => r.a), rel.map((r) => r.b), rel.map((r) => r.label), rel.map((r) => JSON.stringify(r))], c);
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const rows = await this.q(`SELECT a.id, a.title, a.published, a.outlet, a.url, a.text, a.content_hash, a.ingested_at,
      r.engine_version FROM articles a LEFT JOIN records r ON r.article_rowid = a.rowid WHERE a.id = $1`, [id]);
    return rows.length ? (rows[0] as StoredArticle) : null;
  }

  async listArticles(page?: Paging): Promise<Page<ArticleSummary>> {
    const { limit, offset } = clampPage(page);
    const items = await this.q(`SELECT a.id, a.title, a.published, a.outlet, a.url, a.ingested_at,
        (SELECT count(*)::int FROM events e WHERE e.article_rowid = a.rowid) AS events
      FROM articles a ORDER BY a.published DESC NULLS LAST, a.rowid DESC LIMIT $1 OFFSET $2`, [limit, offset]);
    const [t] = await this.q("SELECT count(*)::int AS n FROM articles");
    return { items: items as ArticleSummary[], total: n(t.n) };
  }

  async getRecord(articleId: string): Promise<Analysis | null> {
    const rows = await this.q("SELECT r.json FROM records r JOIN articles a ON a.rowid = r.article_rowid WHERE a.id = $1", [articleId]);
    return rows.length ? (JSON.parse(rows[0].json as string) as Analysis) : null;
  }

  async *records(): AsyncIterable<Analysis> {
    // paged by rowid rather than one open cursor: no connection held while the consumer is slow
    let after = "0";
    for (;;) {
      const rows = await this.q("SELECT article_rowid, json FROM records WHERE article_rowid > $1 ORDER BY article_rowid LIMIT 200", [after]);
      if (!rows.length) return;
      for (const r of rows) yield JSON.parse(r.json as string) as Analysis;
      after = rows[rows.length - 1].article_rowid as string;
    }
  }

  async staleArticles(engineVersion: string, limit: number): Promise<ArticleInput[]> {
    return (await this.q(`SELECT a.id, a.text, a.published, a.outlet, a.url, a.title FROM articles a
      LEFT JOIN records r ON r.article_rowid = a.rowid WHERE r.article_rowid IS NULL OR r.engine_version <> $1
      ORDER BY a.rowid LIMIT $2`, [engineVersion, limit])) as ArticleInput[];
  }

  async events(filter: EventFilter, page?: Paging): Promise<Page<EventItem>> {
    const { items, total } = await this.eventPage(filter, page);
    return { items: items.map((t) => JSON.parse(t) as EventItem), total };
  }

  async eventsJson(filter: EventFilter, page?: Paging): Promise<Uint8Array<ArrayBuffer>> {
    const { items, total } = await this.eventPage(filter, page);
    return eventPageJson(items, total);
  }

  /** A page of events as stored item texts: the page's rowids are picked first (a sort over narrow rows), then read. */
  private async eventPage(filter: EventFilter, page?: Paging): Promise<Page<string>> {
    const { limit, offset } = clampPage(page);
    const { where, params } = eventWhere(filter);
    const k = params.length;
    const rows = await this.q(`SELECT e.item, CASE WHEN e.item IS NULL THEN e.json END AS json, e.date, e.lat, e.lon,
        a.id AS article_id, a.title, a.published, a.outlet, a.url
      FROM (SELECT e.rowid AS r FROM events e ${where} ORDER BY e.date DESC NULLS LAST, e.rowid LIMIT $${k + 1} OFFSET $${k + 2}) p
      JOIN events e ON e.rowid = p.r JOIN articles a ON a.rowid = e.article_rowid
      ORDER BY e.date DESC NULLS LAST, e.rowid`, [...params, limit, offset]);
    const [t] = await this.q(`SELECT count(*)::int AS n FROM events e ${where}`, params);
    return { items: rows.map(itemText), total: n(t.n) };
  }

  async actors(page?: Paging): Promise<Page<ActorSummary>> {
    const { limit, offset } = clampPage(page);
    const base = "FROM event_actors WHERE role <> 'source' GROUP BY name_norm";
    const items = await this.q(`SELECT * FROM (SELECT max(name) AS name, max(name_en) AS name_en, max(country) AS country, max(sector) AS sector,
      count(DISTINCT event_rowid)::int AS events ${base}) g ORDER BY events DESC, name COLLATE "C" LIMIT $1 OFFSET $2`, [limit, offset]);
    const [t] = await this.q(`SELECT count(*)::int AS n FROM (SELECT 1 ${base}) g`);
    return { items: items as ActorSummary[], total: n(t.n) };
  }

  async graph(limit = 100): Promise<Graph> {
    const rows = await this.q(`SELECT ea.event_rowid, e.type, ea.name, ea.name_norm, ea.name_en, ea.country, ea.sector
      FROM event_actors ea JOIN events e ON e.rowid = ea.event_rowid WHERE ea.role <> 'source' ORDER BY ea.event_rowid`);
    for (const r of rows) r.event_rowid = n(r.event_rowid);
    return buildGraph(rows, limit);
  }

  async search(query: string, page?: Paging): Promise<Page<SearchHit> & { terms: string[] }> {
    const { limit, offset } = clampPage(page);
    const pq = parseQuery(query);
    const tsq = tsqueryLiteral(pq);
    if (!tsq) return { items: [], total: 0, terms: [] };
    // one pass over the matches gives the page and the total (each match costs a tsvector read)
    const rows = await this.q(`SELECT a.id, a.title, a.published, a.outlet, a.url, a.text, ts_rank(a.terms, q, 1) AS rank,
        count(*) OVER () AS total
      FROM articles a, CAST($1 AS tsquery) q WHERE a.terms @@ q ORDER BY rank DESC, a.rowid LIMIT $2 OFFSET $3`, [tsq, limit, offset]);
    const total = rows.length ? n(rows[0].total)
      : offset ? n((await this.q("SELECT count(*)::int AS n FROM articles WHERE terms @@ CAST($1 AS tsquery)", [tsq]))[0].n) : 0;
    const terms = pq.groups.flat();
    const items = rows.map((r) => searchHitOf(r, terms, Math.round(n(r.rank) * 10000) / 1000));
    return { items, total, terms: pq.terms };
  }

  async stats(engineVersion: string): Promise<Stats> {
    const [c] = await this.q(`SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM records) AS records,
      (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM entities) AS entities,
      (SELECT count(*)::int FROM reports) AS reports,
      (SELECT count(*)::int FROM records WHERE engine_version <> $1) AS other_version,
      (SELECT min(substr(published, 1, 10)) FROM articles) AS f, (SELECT max(substr(published, 1, 10)) FROM articles) AS t`, [engineVersion]);
    const byType: Partial<Record<EventType, number>> = {};
    for (const r of await this.q("SELECT type, count(*)::int AS n FROM events GROUP BY type ORDER BY n DESC, type")) byType[r.type as EventType] = n(r.n);
    const byCountry: Record<string, number> = {};
    for (const r of await this.q("SELECT country, count(*)::int AS n FROM events WHERE country IS NOT NULL GROUP BY country ORDER BY n DESC, country")) byCountry[r.country as string] = n(r.n);
    return {
      articles: n(c.articles), records: n(c.records), events: n(c.events), entities: n(c.entities), reports: n(c.reports),
      stale_records: n(c.articles) - n(c.records) + n(c.other_version),
      engine_version: engineVersion,
      by_type: byType, by_country: byCountry,
      published: { from: (c.f as string | null) ?? null, to: (c.t as string | null) ?? null },
    };
  }

  async addTokenHash(name: string, sha256hex: string): Promise<void> {
    await this.q("INSERT INTO api_tokens (name, sha256, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256",
      [name, sha256hex.toLowerCase(), now()]);
  }

  async tokenHashes(): Promise<string[]> {
    return (await this.q("SELECT sha256 FROM api_tokens")).map((r) => r.sha256 as string);
  }
}

/** Conditions on events e alone (no join: the article is matched by its rowid). */
function eventWhere(f: EventFilter): { where: string; params: unknown[] } {
  const cond: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  if (f.type?.length) cond.push(`e.type = ANY(${p(f.type)}::text[])`);
  if (f.status?.length) cond.push(`e.status = ANY(${p(f.status)}::text[])`);
  if (f.country) cond.push(`e.country = ${p(f.country.toUpperCase())}`);
  if (f.from) cond.push(`e.date >= ${p(f.from.slice(0, 10))}`);
  if (f.to) cond.push(`e.date <= ${p(f.to.slice(0, 10))}`);
  if (f.article) cond.push(`e.article_rowid = (SELECT rowid FROM articles WHERE id = ${p(f.article)})`);
  if (f.place) {
    cond.push(`(e.place_norm LIKE ${p(`%${likeEscape(normalizePhrase(f.place))}%`)} ESCAPE '\\' OR lower(e.place_en) LIKE ${p(`%${likeEscape(f.place.toLowerCase())}%`)} ESCAPE '\\')`);
  }
  if (f.actor) {
    cond.push(`EXISTS (SELECT 1 FROM event_actors ea WHERE ea.event_rowid = e.rowid AND ea.role <> 'source'
      AND (ea.name_norm LIKE ${p(`%${likeEscape(normalizePhrase(f.actor))}%`)} ESCAPE '\\' OR lower(ea.name_en) LIKE ${p(`%${likeEscape(f.actor.toLowerCase())}%`)} ESCAPE '\\'
        OR ea.country = ${p(f.actor.toUpperCase())}))`);
  }
  return { where: cond.length ? `WHERE ${cond.join(" AND ")}` : "", params };
}
