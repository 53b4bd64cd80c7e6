// The default Store: one SQLite file (better-sqlite3). Writes are synchronous transactions, so an article,
// its record and everything derived from it commit together or not at all, even if the process is killed.
import Database from "better-sqlite3";
import type { ArticleInput } from "../../core/article.js";
import type { Analysis, EventType } from "../../core/contract.js";
import { RasdError } from "../../core/errors.js";
import { normalizePhrase } from "../../prep/normalize.js";
import { fts5Match, indexText, parseQuery } from "../../search/terms.js";
import { deriveEntities, deriveEvents } from "../derive.js";
import { eventPageJson, itemText, type ArticleMeta } from "../event-item.js";
import { buildGraph } from "../graph.js";
import { searchHitOf } from "../search-hit.js";
import { canonicalUrl, contentHash } from "../keys.js";
import { SQLITE_MIGRATIONS } from "../migrations/sqlite.js";
import {
  clampPage, type ActorSummary, type ArticleSummary, type EventFilter, type EventItem, type Graph,
  type Page, type Paging, type SaveResult, type SearchHit, type Stats, type Store, type StoredArticle,
} from "../store.js";

export type SqliteStoreOptions = { path: string; readonly?: boolean };

type Row = Record<string, unknown>;

export async function openSqliteStore(opts: SqliteStoreOptions): Promise<Store> {
  let db: Database.Database;
  try {
    db = new Database(opts.path, { readonly: opts.readonly ?? false });
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
  } catch (err) {
    throw new RasdError("STORE_ERROR", `cannot open ${opts.path}`, { cause: err });
  }
  const store = new SqliteStore(db);
  if (!opts.readonly) await store.migrate();
  return store;
}

const now = () => new Date().toISOString();
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

class SqliteStore implements Store {
  constructor(private readonly db: Database.Database) {}

  // Preparing a statement costs more than running most of these queries: keep them (the set of distinct
  // SQL texts is small — filters only add known clauses — and bounded anyway).
  private readonly statements = new Map<string, Database.Statement>();
  private sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      if (this.statements.size >= 500) this.statements.clear();
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  // writes through this connection (counted as they start; better-sqlite3 runs them synchronously, so no
  // read can fall between the count and the commit): PRAGMA data_version only moves for other connections
  private writes = 0;

  async changeToken(): Promise<string> {
    return this.wrap(() => `${this.sql("PRAGMA data_version").pluck().get() as number}:${this.writes}`);
  }

  async migrate(): Promise<void> {
    this.wrap(() => {
      this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
      const done = new Set((this.sql("SELECT version FROM schema_migrations").all() as Row[]).map((r) => r.version as number));
      for (const m of SQLITE_MIGRATIONS) {
        if (done.has(m.version)) continue;
        this.db.transaction(() => {
          this.db.exec(m.sql);
          this.sql("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, now());
        })();
      }
      this.fillEventItems();
    });
  }

  /** Events stored before events.item existed get it (in batches, each its own transaction; idempotent). */
  private fillEventItems(): void {
    const pick = this.db.prepare(`SELECT e.rowid AS rowid, e.json, e.date, e.lat, e.lon, a.id AS article_id, a.title, a.published, a.outlet, a.url
      FROM events e JOIN articles a ON a.rowid = e.article_rowid WHERE e.item IS NULL LIMIT 500`);
    const set = this.db.prepare("UPDATE events SET item = ? WHERE rowid = ?");
    for (;;) {
      const rows = pick.all() as Row[];
      if (!rows.length) return;
      this.db.transaction(() => { for (const r of rows) set.run(itemText(r), r.rowid); })();
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  async findDuplicate(article: ArticleInput): Promise<string | null> {
    return this.wrap(() => this.duplicateOf(canonicalUrl(article.url), contentHash(article.text)));
  }

  private duplicateOf(urlKey: string | null, hash: string): string | null {
    const row = this.sql("SELECT id FROM articles WHERE content_hash = ? OR (? IS NOT NULL AND url_key = ?) LIMIT 1")
      .get(hash, urlKey, urlKey) as Row | undefined;
    return row ? (row.id as string) : null;
  }

  async saveAnalyzed(article: ArticleInput, record: Analysis, engineVersion: string): Promise<SaveResult> {
    const urlKey = canonicalUrl(article.url);
    const hash = contentHash(article.text);
    this.writes++;
    return this.wrap(() => this.db.transaction((): SaveResult => {
      const dup = this.duplicateOf(urlKey, hash);
      if (dup) return { id: dup, created: false };
      let id = article.id;
      if (this.sql("SELECT 1 FROM articles WHERE id = ?").get(id)) id = `${article.id}-${hash.slice(0, 8)}`;
      const info = this.sql(`INSERT INTO articles (id, url_key, content_hash, title, published, outlet, url, text, ingested_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(id, urlKey, hash, article.title, article.published, article.outlet, article.url, article.text, now());
      const rowid = Number(info.lastInsertRowid);
      this.sql("INSERT INTO article_fts (rowid, terms) VALUES (?, ?)").run(rowid, indexText(article.title, article.text));
      const meta = { id, title: article.title, published: article.published, outlet: article.outlet, url: article.url };
      this.writeRecord(rowid, { ...record, document: { ...record.document, id } }, engineVersion, meta);
      return { id, created: true };
    })());
  }

  async replaceRecord(articleId: string, record: Analysis, engineVersion: string): Promise<void> {
    this.writes++;
    this.wrap(() => this.db.transaction(() => {
      const row = this.sql("SELECT rowid, id, title, published, outlet, url FROM articles WHERE id = ?").get(articleId) as Row | undefined;
      if (!row) throw new RasdError("NOT_FOUND", `article ${articleId}`);
      const rowid = row.rowid as number;
      for (const t of ["events", "entities", "reports", "relations", "records"]) {
        this.sql(`DELETE FROM ${t} WHERE article_rowid = ?`).run(rowid);
      }
      this.writeRecord(rowid, { ...record, document: { ...record.document, id: articleId } }, engineVersion, row as ArticleMeta);
    })());
  }

  private writeRecord(rowid: number, record: Analysis, engineVersion: string, article: ArticleMeta): void {
    const db = this.db;
    db.prepare("INSERT INTO records (article_rowid, engine_version, created_at, json) VALUES (?, ?, ?, ?)")
      .run(rowid, engineVersion, now(), JSON.stringify(record));
    const insEvent = db.prepare(`INSERT INTO events (article_rowid, event_id, type, status, date, country, place, place_norm, place_en, lat, lon, dead, confidence, json, item)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insActor = db.prepare("INSERT INTO event_actors (event_rowid, role, name, name_norm, name_en, country, sector) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const e of deriveEvents(record, article)) {
      const ev = insEvent.run(rowid, e.event_id, e.type, e.status, e.date, e.country, e.place, e.place_norm, e.place_en, e.lat, e.lon, e.dead, e.confidence, e.json, e.item);
      for (const p of e.participants) insActor.run(ev.lastInsertRowid, p.role, p.name, p.name_norm, p.name_en, p.country, p.sector);
    }
    const insEntity = db.prepare(`INSERT INTO entities (article_rowid, entity_id, type, name, name_norm, name_en, wikidata, country, sector, mentions)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const e of deriveEntities(record)) insEntity.run(rowid, e.entity_id, e.type, e.name, e.name_norm, e.name_en, e.wikidata, e.country, e.sector, e.mentions);
    const insReport = db.prepare("INSERT INTO reports (article_rowid, report_id, json) VALUES (?, ?, ?)");
    for (const r of record.reports) insReport.run(rowid, r.id, JSON.stringify(r));
    const insRelation = db.prepare("INSERT INTO relations (article_rowid, n, type, a, b, label, json) VALUES (?, ?, ?, ?, ?, ?, ?)");
    record.relations.forEach((r, n) => insRelation.run(rowid, n, r.type, r.a, r.b, r.label, JSON.stringify(r)));
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    return this.wrap(() => {
      const row = this.sql(`SELECT a.id, a.title, a.published, a.outlet, a.url, a.text, a.content_hash, a.ingested_at,
        r.engine_version FROM articles a LEFT JOIN records r ON r.article_rowid = a.rowid WHERE a.id = ?`).get(id) as Row | undefined;
      return row ? (row as StoredArticle) : null;
    });
  }

  async listArticles(page?: Paging): Promise<Page<ArticleSummary>> {
    const { limit, offset } = clampPage(page);
    return this.wrap(() => {
      const items = this.sql(`SELECT a.id, a.title, a.published, a.outlet, a.url, a.ingested_at,
          (SELECT count(*) FROM events e WHERE e.article_rowid = a.rowid) AS events
        FROM articles a ORDER BY a.published IS NULL, a.published DESC, a.rowid DESC LIMIT ? OFFSET ?`).all(limit, offset) as ArticleSummary[];
      const total = (this.sql("SELECT count(*) AS n FROM articles").get() as Row).n as number;
      return { items, total };
    });
  }

  async getRecord(articleId: string): Promise<Analysis | null> {
    return this.wrap(() => {
      const row = this.sql("SELECT r.json FROM records r JOIN articles a ON a.rowid = r.article_rowid WHERE a.id = ?").get(articleId) as Row | undefined;
      return row ? (JSON.parse(row.json as string) as Analysis) : null;
    });
  }

  async *records(): AsyncIterable<Analysis> {
    // paged by rowid rather than one open cursor, so writes can interleave with a long export
    let after = 0;
    for (;;) {
      const rows = this.wrap(() => this.sql("SELECT article_rowid, json FROM records WHERE article_rowid > ? ORDER BY article_rowid LIMIT 200").all(after) as Row[]);
      if (!rows.length) return;
      for (const r of rows) yield JSON.parse(r.json as string) as Analysis;
      after = rows[rows.length - 1].article_rowid as number;
    }
  }

  async staleArticles(engineVersion: string, limit: number): Promise<ArticleInput[]> {
    return this.wrap(() => this.sql(`SELECT a.id, a.text, a.published, a.outlet, a.url, a.title FROM articles a
      LEFT JOIN records r ON r.article_rowid = a.rowid WHERE r.article_rowid IS NULL OR r.engine_version <> ?
      ORDER BY a.rowid LIMIT ?`).all(engineVersion, limit) as ArticleInput[]);
  }

  async events(filter: EventFilter, page?: Paging): Promise<Page<EventItem>> {
    const { items, total } = this.eventPage(filter, page, false);
    return { items: items.map((t) => JSON.parse(t as string) as EventItem), total };
  }

  async eventsJson(filter: EventFilter, page?: Paging): Promise<Uint8Array<ArrayBuffer>> {
    const { items, total } = this.eventPage(filter, page, true);
    return eventPageJson(items, total);
  }

  /**
   * A page of events as their stored items: the page's rowids are picked first (a sort over the narrow
   * timeline index), then only their items read (no join: the item already carries its article).
   * bytes: the items as BLOBs (UTF-8 as stored, not decoded to strings).
   */
  private eventPage(filter: EventFilter, page: Paging | undefined, bytes: boolean): Page<Uint8Array | string> {
    const { limit, offset } = clampPage(page);
    const { where, params } = eventWhere(filter);
    // Filters no index serves (substrings of actor and place names) scan every event: the total is then
    // counted in the same scan (a window over the matches) instead of a second one.
    const scan = Boolean(filter.actor || filter.place);
    return this.wrap(() => {
      const rows = this.sql(`SELECT e.rowid AS rowid, ${bytes ? "CAST(e.item AS BLOB)" : "e.item"} AS item${scan ? ", p.total" : ""}
        FROM (SELECT e.rowid AS r${scan ? ", count(*) OVER () AS total" : ""} FROM events e ${where}
          ORDER BY e.date IS NULL, e.date DESC, e.rowid LIMIT ? OFFSET ?) p
        JOIN events e ON e.rowid = p.r ORDER BY e.date IS NULL, e.date DESC, e.rowid`).all(...params, limit, offset) as Row[];
      const total = scan && rows.length ? (rows[0].total as number)
        : lastPage(rows.length, limit, offset) ?? (this.sql(`SELECT count(*) AS n FROM events e ${where}`).get(...params) as Row).n as number;
      return { items: rows.map((r) => (r.item as Uint8Array | string | null) ?? this.itemOf(r.rowid as number)), total };
    });
  }

  /** The item of an event stored before events.item existed (a read-only store that was not migrated). */
  private itemOf(rowid: number): string {
    return itemText(this.sql(`SELECT e.item, e.json, e.date, e.lat, e.lon, a.id AS article_id, a.title, a.published, a.outlet, a.url
      FROM events e JOIN articles a ON a.rowid = e.article_rowid WHERE e.rowid = ?`).get(rowid) as Row);
  }

  async actors(page?: Paging): Promise<Page<ActorSummary>> {
    const { limit, offset } = clampPage(page);
    return this.wrap(() => {
      const base = `FROM event_actors WHERE role <> 'source' GROUP BY name_norm`;
      const items = this.sql(`SELECT max(name) AS name, max(name_en) AS name_en, max(country) AS country, max(sector) AS sector,
        count(DISTINCT event_rowid) AS events ${base} ORDER BY events DESC, name LIMIT ? OFFSET ?`).all(limit, offset) as ActorSummary[];
      const total = (this.sql(`SELECT count(*) AS n FROM (SELECT 1 ${base})`).get() as Row).n as number;
      return { items, total };
    });
  }

  async graph(limit = 100): Promise<Graph> {
    return this.wrap(() => {
      const rows = this.sql(`SELECT ea.event_rowid, e.type, ea.name, ea.name_norm, ea.name_en, ea.country, ea.sector
        FROM event_actors ea JOIN events e ON e.rowid = ea.event_rowid WHERE ea.role <> 'source' ORDER BY ea.event_rowid`).all() as Row[];
      return buildGraph(rows, limit);
    });
  }

  async search(query: string, page?: Paging): Promise<Page<SearchHit> & { terms: string[] }> {
    const { limit, offset } = clampPage(page);
    const pq = parseQuery(query);
    const match = fts5Match(pq);
    if (!match) return { items: [], total: 0, terms: [] };
    return this.wrap(() => {
      // ranked and cut to the page inside the index, so only the page's articles (and texts) are read
      const rows = this.sql(`SELECT a.id, a.title, a.published, a.outlet, a.url, a.text, f.rank
        FROM (SELECT rowid, bm25(article_fts) AS rank FROM article_fts WHERE article_fts MATCH ? ORDER BY rank, rowid LIMIT ? OFFSET ?) f
        JOIN articles a ON a.rowid = f.rowid ORDER BY f.rank, f.rowid`).all(match, limit, offset) as Row[];
      const total = lastPage(rows.length, limit, offset) ?? (this.sql("SELECT count(*) AS n FROM article_fts WHERE article_fts MATCH ?").get(match) as Row).n as number;
      const terms = pq.groups.flat();
      const items = rows.map((r) => searchHitOf(r, terms, Math.round(-(r.rank as number) * 1000) / 1000));
      return { items, total, terms: pq.terms };
    });
  }

  async stats(engineVersion: string): Promise<Stats> {
    return this.wrap(() => {
      const n = (sql: string, ...p: unknown[]) => (this.sql(sql).get(...p) as Row).n as number;
      const byType: Partial<Record<EventType, number>> = {};
      for (const r of this.sql("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC").all() as Row[]) byType[r.type as EventType] = r.n as number;
      const byCountry: Record<string, number> = {};
      for (const r of this.sql("SELECT country, count(*) AS n FROM events WHERE country IS NOT NULL GROUP BY country ORDER BY n DESC").all() as Row[]) byCountry[r.country as string] = r.n as number;
      const range = this.sql("SELECT min(substr(published, 1, 10)) AS f, max(substr(published, 1, 10)) AS t FROM articles").get() as Row;
      const articles = n("SELECT count(*) AS n FROM articles");
      const records = n("SELECT count(*) AS n FROM records");
      return {
        articles, records,
        events: n("SELECT count(*) AS n FROM events"),
        entities: n("SELECT count(*) AS n FROM entities"),
        reports: n("SELECT count(*) AS n FROM reports"),
        stale_records: articles - records + n("SELECT count(*) AS n FROM records WHERE engine_version <> ?", engineVersion),
        engine_version: engineVersion,
        by_type: byType, by_country: byCountry,
        published: { from: (range.f as string | null) ?? null, to: (range.t as string | null) ?? null },
      };
    });
  }

  async addTokenHash(name: string, sha256hex: string): Promise<void> {
    this.writes++;
    this.wrap(() => this.sql("INSERT INTO api_tokens (name, sha256, created_at) VALUES (?, ?, ?) ON CONFLICT(name) DO UPDATE SET sha256 = excluded.sha256")
      .run(name, sha256hex.toLowerCase(), now()));
  }

  async tokenHashes(): Promise<string[]> {
    return this.wrap(() => (this.sql("SELECT sha256 FROM api_tokens").all() as Row[]).map((r) => r.sha256 as string));
  }

  /** Driver errors become STORE_ERROR with the driver's error as cause; RasdErrors pass through. */
  private wrap<T>(fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      if (err instanceof RasdError) throw err;
      throw new RasdError("STORE_ERROR", err instanceof Error ? err.message : String(err), { cause: err });
    }
  }
}

/** The total when a page shows the end of the list (a short page, not past the end): no count needed. */
function lastPage(rows: number, limit: number, offset: number): number | null {
  return rows < limit && (rows > 0 || offset === 0) ? offset + rows : null;
}

/** Conditions on events e alone (no join: the article is matched by its rowid). */
function eventWhere(f: EventFilter): { where: string; params: unknown[] } {
  const cond: string[] = [];
  const params: unknown[] = [];
  if (f.type?.length) { cond.push(`e.type IN (${f.type.map(() => "?").join(",")})`); params.push(...f.type); }
  if (f.status?.length) { cond.push(`e.status IN (${f.status.map(() => "?").join(",")})`); params.push(...f.status); }
  if (f.country) { cond.push("e.country = ?"); params.push(f.country.toUpperCase()); }
  if (f.from) { cond.push("e.date >= ?"); params.push(f.from.slice(0, 10)); }
  if (f.to) { cond.push("e.date <= ?"); params.push(f.to.slice(0, 10)); }
  if (f.article) { cond.push("e.article_rowid = (SELECT rowid FROM articles WHERE id = ?)"); params.push(f.article); }
  if (f.place) {
    cond.push("(e.place_norm LIKE ? ESCAPE '\\' OR lower(e.place_en) LIKE ? ESCAPE '\\')");
    params.push(`%${likeEscape(normalizePhrase(f.place))}%`, `%${likeEscape(f.place.toLowerCase())}%`);
  }
  if (f.actor) {
    // one pass over the participants into a set (half the cost of probing them event by event)
    cond.push(`e.rowid IN (SELECT ea.event_rowid FROM event_actors ea WHERE ea.role <> 'source'
      AND (ea.name_norm LIKE ? ESCAPE '\\' OR lower(ea.name_en) LIKE ? ESCAPE '\\' OR ea.country = ?))`);
    params.push(`%${likeEscape(normalizePhrase(f.actor))}%`, `%${likeEscape(f.actor.toLowerCase())}%`, f.actor.toUpperCase());
  }
  return { where: cond.length ? `WHERE ${cond.join(" AND ")}` : "", params };
}
