// Crash safety (issue 9): `rasd ingest` of a JSONL batch is SIGKILLed at 20 seeded random points (during
// start-up and migrations, during analysis, around commits) and re-run each time. After every kill the store
// holds only complete articles (record present, its events, entities and search terms all there); after the
// last run every article is stored exactly once: 0 lost, 0 duplicated, 0 partial. On SQLite and PostgreSQL.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../bench/synthetic-articles.js";
import type { ArticleInput } from "../src/core/article.js";
import { loadEngine } from "../src/engine/index.js";
import { analyze } from "../src/pipeline/analyze.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { pgAvailable, requirePgInCi, startPg, type PgServer } from "./pg-server.js";
import { seededRandom as rng } from "../src/core/random.js";

requirePgInCi();
const ROOT = new URL("../", import.meta.url).pathname;
const ARTICLES = 100;
const KILLS = 20;


type Backend = {
  db: string;
  /** articles committed so far, read while the ingest runs */
  count(): Promise<number>;
  open(): Promise<Store>;
  /** backend-specific completeness (e.g. the SQLite search index has one row per article) */
  extraCheck(): Promise<void>;
  close(): Promise<void>;
};

type Run = { code: number | null; signal: NodeJS.Signals | null; stderr: string };

/** One `rasd ingest`, killed when `kill` says so (polled every few ms), else run to the end. */
function ingestRun(file: string, db: string, kill: (elapsedMs: number) => Promise<boolean>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "ingest", file, "--db", db, "--workers", "0", "-q"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d) => { stderr += d; });
    const started = Date.now();
    let done = false;
    const poll = async () => {
      while (!done) {
        if (await kill(Date.now() - started).catch(() => false)) { child.kill("SIGKILL"); return; }
        await new Promise((r) => setTimeout(r, 3));
      }
    };
    void poll();
    child.on("exit", (code, signal) => { done = true; resolve({ code, signal, stderr }); });
  });
}

/** Every stored article is whole; none is stored twice. Returns the stored ids. */
async function checkComplete(backend: Backend, expected: Map<string, ArticleInput>, engineVersion: string): Promise<string[]> {
  const store = await backend.open();
  try {
    const { items, total } = await store.listArticles({ limit: 500 });
    expect(items).toHaveLength(total);
    const ids = items.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of items) {
      expect(expected.has(a.id), `unexpected article id ${a.id} (stored twice under a derived id?)`).toBe(true);
      const rec = await store.getRecord(a.id);
      expect(rec, `article ${a.id} has no record`).not.toBeNull();
      expect(a.events, `article ${a.id}: event rows vs record`).toBe(rec!.events.length);
    }
    const s = await store.stats(engineVersion);
    expect(s.records).toBe(s.articles);
    expect(s.entities).toBe((await Promise.all(ids.map((id) => store.getRecord(id)))).reduce((n, r) => n + r!.entities.length, 0));
    await backend.extraCheck();
    return ids;
  } finally {
    await store.close();
  }
}

async function crashLoop(backend: Backend, seed: number): Promise<{ kills: number; runs: number }> {
  const dir = mkdtempSync(join(tmpdir(), "rasd-crash-"));
  try {
    const articles = syntheticArticles(ARTICLES);
    const expected = new Map(articles.map((a) => [a.id, a]));
    const file = join(dir, "batch.jsonl");
    writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join("\n")}\n`);
    const engine = loadEngine();
    const random = rng(seed);
    let kills = 0;
    let runs = 0;
    while (kills < KILLS) {
      runs++;
      const before = await backend.count().catch(() => 0);
      // one kill point in five is blind (start-up, migrations, the first transaction); the rest come once
      // 1-3 more articles are committed, plus up to 15 ms (inside the next analysis or commit)
      const blind = random() < 0.2;
      const blindAt = 200 + random() * 1500;
      const progress = 1 + Math.floor(random() * 3);
      const extra = random() * 15;
      let reachedAt: number | null = null;
      const run = await ingestRun(file, backend.db, async (elapsed) => {
        if (blind) return elapsed >= blindAt;
        if (reachedAt === null && (await backend.count()) >= before + progress) reachedAt = elapsed;
        return reachedAt !== null && elapsed >= reachedAt + extra;
      });
      if (run.signal === "SIGKILL") kills++;
      else {
        expect(run.code, run.stderr).toBe(0);
        if ((await backend.count()) === ARTICLES) break; // finished before the kill point: nothing left to interrupt
      }
      await checkComplete(backend, expected, engine.version);
    }
    // the last run completes the batch
    const last = await ingestRun(file, backend.db, async () => false);
    runs++;
    expect(last.code, last.stderr).toBe(0);
    const ids = await checkComplete(backend, expected, engine.version);
    expect(ids.sort()).toEqual([...expected.keys()].sort()); // 0 lost, 0 duplicated
    // and what was stored is a whole analysis of that very article (deep equality with a fresh analysis is
    // left to test/distributed.test.ts: here the runs span minutes, and a developer's engine may change
    // between them)
    const store = await backend.open();
    try {
      for (const [id, a] of expected) {
        const rec = (await store.getRecord(id))!;
        expect(rec.document).toMatchObject({ id, published: a.published, title: a.title });
        expect(rec.text).toBe(analyze(a, engine).text);
      }
      expect((await store.stats(engine.version)).events).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
    return { kills, runs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("crash safety of rasd ingest", () => {
  it("SQLite: 20 SIGKILLs, every article once and whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rasd-crash-db-"));
    const path = join(dir, "rasd.db");
    let reader: Database.Database | null = null;
    const conn = () => (reader ??= new Database(path, { readonly: true, fileMustExist: true }));
    const backend: Backend = {
      db: path,
      async count() {
        try {
          return (conn().prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
        } catch {
          reader?.close(); reader = null; // not created or not migrated yet
          return 0;
        }
      },
      open: () => openSqliteStore({ path }),
      async extraCheck() {
        const db = new Database(path, { readonly: true });
        try {
          expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
          const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
          expect(n("SELECT count(*) AS n FROM article_fts")).toBe(n("SELECT count(*) AS n FROM articles"));
        } finally {
          db.close();
        }
      },
      async close() { reader?.close(); rmSync(dir, { recursive: true, force: true }); },
    };
    try {
      const { kills } = await crashLoop(backend, 20261125);
      expect(kills).toBe(KILLS);
    } finally {
      await backend.close();
    }
  }, 240_000);

  describe.skipIf(!pgAvailable())("PostgreSQL", () => {
    let server: PgServer;
    beforeAll(() => { server = startPg(); });
    afterAll(() => server?.stop());

    it("PostgreSQL: 20 SIGKILLs, every article once and whole", async () => {
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const backend: Backend = {
        db: server.url,
        async count() {
          try {
            return Number((await client.query("SELECT count(*) AS n FROM articles")).rows[0].n);
          } catch {
            return 0; // not migrated yet
          }
        },
        open: () => openPostgresStore({ url: server.url }),
        async extraCheck() {
          const r = await client.query("SELECT count(*)::int AS n FROM articles WHERE terms = ''::tsvector");
          expect(r.rows[0].n).toBe(0);
        },
        async close() { await client.end(); },
      };
      try {
        const { kills } = await crashLoop(backend, 9);
        expect(kills).toBe(KILLS);
      } finally {
        await backend.close();
      }
    }, 240_000);
  });
});
