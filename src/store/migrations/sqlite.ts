// SQLite schema, one entry per version, applied in order and recorded in schema_migrations.
// Kept as TypeScript strings (not .sql files) so that `tsc` carries them into dist/ with the code.
// Never edit a released migration: add the next one.
export type Migration = { version: number; name: string; sql: string };

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "articles, records, events, entities, reports, relations, search, tokens",
    sql: `
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url_key TEXT UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  published TEXT,
  outlet TEXT,
  url TEXT,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);

CREATE TABLE records (
  article_rowid INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
  engine_version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX records_version ON records(engine_version);

CREATE TABLE events (
  rowid INTEGER PRIMARY KEY,
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  event_id TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  date TEXT,
  country TEXT,
  place TEXT,
  place_norm TEXT,
  place_en TEXT,
  lat REAL,
  lon REAL,
  dead INTEGER,
  confidence REAL NOT NULL,
  json TEXT NOT NULL,
  UNIQUE (article_rowid, event_id)
);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_type_date ON events(type, date);
CREATE INDEX events_country ON events(country);

CREATE TABLE event_actors (
  event_rowid INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
  role TEXT NOT NULL CHECK (role IN ('actor', 'recipient', 'source')),
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  name_en TEXT,
  country TEXT,
  sector TEXT
);
CREATE INDEX event_actors_event ON event_actors(event_rowid);
CREATE INDEX event_actors_name ON event_actors(name_norm);

CREATE TABLE entities (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  entity_id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  name_en TEXT,
  wikidata TEXT,
  country TEXT,
  sector TEXT,
  mentions INTEGER NOT NULL,
  PRIMARY KEY (article_rowid, entity_id)
);
CREATE INDEX entities_name ON entities(name_norm);

CREATE TABLE reports (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  report_id TEXT NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (article_rowid, report_id)
);

CREATE TABLE relations (
  article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  type TEXT NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  label TEXT,
  json TEXT NOT NULL,
  PRIMARY KEY (article_rowid, n)
);

-- rowid = articles.rowid; terms = src/search/terms.ts indexText(title, text)
CREATE VIRTUAL TABLE article_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE api_tokens (
  name TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: "events.item: the API's EventItem serialized at write time; a covering index in the timeline order",
    // item is filled for existing rows by the store's migrate() (computed in TypeScript, shared with PostgreSQL).
    // The index holds every column the event filters read, in the order lists are sorted: a filter no other
    // index serves (status, place, date range, none) walks this narrow index instead of the wide event rows.
    sql: `
ALTER TABLE events ADD COLUMN item TEXT;
CREATE INDEX events_timeline ON events ((date IS NULL), date DESC, type, status, country, article_rowid, place_norm, place_en);
`,
  },
];
