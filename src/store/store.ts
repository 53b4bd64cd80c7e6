// The Store: where articles and their analysis records live. SQLite (src/store/sqlite) is the default;
// PostgreSQL (issue 8) implements the same interface and must pass the same suite (store-suite.ts).
// Every method is async so that a networked database fits without changing callers.
import type { ArticleInput } from "../core/article.js";
import type { Analysis, EventRecord, EventStatus, EventType } from "../core/contract.js";

export type StoredArticle = {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  text: string;
  /** sha256 of the normalized text: the idempotency key when there is no URL */
  content_hash: string;
  ingested_at: string;
  /** engine version of the current record, null when the article has no record */
  engine_version: string | null;
};

export type ArticleSummary = Omit<StoredArticle, "text" | "content_hash" | "engine_version"> & { events: number };

export type Page<T> = { items: T[]; total: number };
export type Paging = { limit?: number; offset?: number };

export type EventFilter = {
  type?: EventType[];
  status?: EventStatus[];
  /** ISO alpha-3 of the event's place */
  country?: string;
  /** substring of an actor's or recipient's normalized name, English name, or an exact country code */
  actor?: string;
  /** inclusive bounds on the event day (YYYY-MM-DD) */
  from?: string;
  to?: string;
  /** substring of the place name (normalized) or English name */
  place?: string;
  article?: string;
};

/** An event with the article it was read from; `key` is unique across the store. */
export type EventItem = EventRecord & {
  key: string;
  article_id: string;
  article_title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** the day for timelines: when.value's day, else the publication day */
  date: string | null;
  lat: number | null;
  lon: number | null;
};

export type ActorSummary = { name: string; name_en: string | null; country: string | null; sector: string | null; events: number };

export type GraphEdge = { source: string; target: string; weight: number; types: Partial<Record<EventType, number>> };
export type Graph = { nodes: (ActorSummary & { id: string })[]; edges: GraphEdge[] };

export type SearchHit = {
  id: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  snippet: string;
  highlights: [number, number][];
  score: number;
};

export type Stats = {
  articles: number;
  records: number;
  events: number;
  entities: number;
  reports: number;
  stale_records: number;
  engine_version: string;
  by_type: Partial<Record<EventType, number>>;
  by_country: Record<string, number>;
  published: { from: string | null; to: string | null };
};

export type SaveResult = { id: string; created: boolean };

export type Store = {
  /** Applies pending migrations; safe to call every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;

  /** The id of a stored article with this URL or content hash, if any (the idempotency check). */
  findDuplicate(article: ArticleInput): Promise<string | null>;
  /**
   * Stores an article with its analysis record, events, entities, reports, relations and search terms
   * in ONE transaction: after a crash either all of it is there or none. A duplicate (same URL or
   * content hash) is not stored again: `created` is false and `id` is the stored article's id.
   */
  saveAnalyzed(article: ArticleInput, record: Analysis, engineVersion: string): Promise<SaveResult>;
  /** Replaces an article's record (and everything derived from it) in one transaction (reanalyze). */
  replaceRecord(articleId: string, record: Analysis, engineVersion: string): Promise<void>;

  getArticle(id: string): Promise<StoredArticle | null>;
  listArticles(page?: Paging): Promise<Page<ArticleSummary>>;
  getRecord(articleId: string): Promise<Analysis | null>;
  /** Every record, in ingest order (exports). */
  records(): AsyncIterable<Analysis>;
  /** Articles whose record is missing or was made by another engine version. */
  staleArticles(engineVersion: string, limit: number): Promise<ArticleInput[]>;

  events(filter: EventFilter, page?: Paging): Promise<Page<EventItem>>;
  /**
   * The same page as events(), as its JSON in UTF-8 ({"items": [...], "total": n}), joined from the event
   * items stored serialized at write time: what the API sends, without a parse and a stringify per event.
   */
  eventsJson(filter: EventFilter, page?: Paging): Promise<Uint8Array<ArrayBuffer>>;
  actors(page?: Paging): Promise<Page<ActorSummary>>;
  graph(limit?: number): Promise<Graph>;
  search(query: string, page?: Paging): Promise<Page<SearchHit> & { terms: string[] }>;
  stats(engineVersion: string): Promise<Stats>;

  /**
   * A value that changes whenever anything committed to the store may have changed (a write through this
   * store, or through another connection): what a read cache checks before answering. Stores that cannot
   * tell cheaply (PostgreSQL) leave it out, and are not cached.
   */
  changeToken?(): Promise<string>;

  /** API tokens, kept only as sha256 hex digests. */
  addTokenHash(name: string, sha256hex: string): Promise<void>;
  tokenHashes(): Promise<string[]>;
};

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export function clampPage(page: Paging = {}): { limit: number; offset: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(page.limit ?? DEFAULT_LIMIT)));
  const offset = Math.max(0, Math.floor(page.offset ?? 0));
  return { limit, offset };
}
