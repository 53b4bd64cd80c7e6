// The PostgreSQL store runs the same contract suite as the SQLite store (src/store/store-suite.ts) against
// a real server, plus what only a shared database has: concurrent saves of one article from many
// connections end as one row. Skipped on a machine without PostgreSQL, a failure in CI.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeSuite } from "../src/store/store-suite.js";
import { article, karabakhFixtures, makeEvent, makeRecord } from "../src/store/test-fixtures.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import type { Store } from "../src/store/store.js";
import { pgAvailable, requirePgInCi, startPg, type PgServer } from "./pg-server.js";

requirePgInCi();
const available = pgAvailable();
let pg: PgServer | null = null;
let n = 0;

beforeAll(() => { if (available) pg = startPg(); });
afterAll(() => pg?.stop());

/** A fresh schema per test, so every test starts from an empty store. */
const fresh = (max?: number): Promise<Store> => openPostgresStore({ url: pg!.url, schema: `t${process.pid}_${n++}`, max });

describe.skipIf(!available)("PostgreSQL store", () => {
  storeSuite("postgres", () => fresh());

  it("stores one row when many connections save the same article at once", async () => {
    const store = await fresh(8);
    try {
      const [{ article: a, record }] = karabakhFixtures();
      const results = await Promise.all(Array.from({ length: 16 }, (_, i) =>
        // the same article under different ids, with and without its URL: still one article
        store.saveAnalyzed({ ...a, id: `copy${i}`, url: i % 2 ? a.url : null }, record, "1.0.0")));
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      const s = await store.stats("1.0.0");
      expect([s.articles, s.records, s.events]).toEqual([1, 1, 1]);
    } finally {
      await store.close();
    }
  });

  it("keeps different articles racing for one id apart", async () => {
    const store = await fresh(8);
    try {
      const texts = ["تظاهر مئات الطلاب في العاصمة.", "اجتمع وزراء الخارجية العرب في القاهرة.", "أعلنت الحكومة خطة لدعم الفلاحين."];
      const res = await Promise.all(texts.map((t) => { const a = article("same", t); return store.saveAnalyzed(a, makeRecord(a, [makeEvent(t, "V1", { type: "PROTEST" })]), "1.0.0"); }));
      expect(res.every((r) => r.created)).toBe(true);
      expect(new Set(res.map((r) => r.id)).size).toBe(3);
      expect((await store.stats("1.0.0")).events).toBe(3);
    } finally {
      await store.close();
    }
  });

  it("migrates once when several processes open the store together", async () => {
    const schema = `m${process.pid}`;
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ url: pg!.url, schema })));
    expect((await stores[0].stats("1.0.0")).articles).toBe(0);
    await Promise.all(stores.map((s) => s.close()));
  });

  it("reads the schema from the URL and refuses a hostile schema name", async () => {
    const store = await openPostgresStore({ url: `${pg!.url}?schema=url_schema` });
    const [{ article: a, record }] = karabakhFixtures();
    await store.saveAnalyzed(a, record, "1.0.0");
    await store.close();
    const again = await openPostgresStore({ url: `${pg!.url}?schema=url_schema` });
    expect((await again.getArticle("k1"))?.title).toBe("قصف ستيباناكرت");
    await again.close();
    await expect(openPostgresStore({ url: pg!.url, schema: "x; DROP TABLE articles" })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("refuses text PostgreSQL cannot hold as bad input", async () => {
    const store = await fresh();
    try {
      const a = article("nul", "نص فيه\u0000محرف فارغ");
      await expect(store.saveAnalyzed(a, makeRecord(a), "1.0.0")).rejects.toMatchObject({ code: "BAD_INPUT" });
    } finally {
      await store.close();
    }
  });

  it("treats SQL and full-text metacharacters in filters and searches as data", async () => {
    const store = await fresh();
    try {
      for (const { article: a, record } of karabakhFixtures()) await store.saveAnalyzed(a, record, "1.0.0");
      const hostile = ["' OR '1'='1", "'; DROP TABLE articles; --", "\\", "%", "_", "a & | ! <-> b", "'x':*", "(((", "!!", "x".repeat(3000), "ستيباناكرت' | 'مقتل", "$1", "\u00e9\u0301"];
      for (const h of hostile) {
        expect((await store.events({ actor: h })).total, h).toBe(0);
        expect((await store.events({ place: h, article: h })).total, h).toBe(0);
        expect((await store.search(h)).total, h).toBeLessThanOrEqual(3);
      }
      expect((await store.search("' | 'مقتل")).total).toBe(2); // operators are words: only «مقتل» is asked for
      expect(await store.search("مقتل", { limit: 1, offset: 1 })).toMatchObject({ total: 2, items: [{ id: expect.any(String) }] });
      expect(await store.search("مقتل", { limit: 1, offset: 5 })).toMatchObject({ total: 2, items: [] });
      expect((await store.stats("1.0.0")).articles).toBe(3);
    } finally {
      await store.close();
    }
  });

  it("reports an unreachable server as STORE_ERROR", async () => {
    await expect(openPostgresStore({ url: "postgres://rasd@127.0.0.1:1/none" })).rejects.toMatchObject({ code: "STORE_ERROR" });
  });
});
