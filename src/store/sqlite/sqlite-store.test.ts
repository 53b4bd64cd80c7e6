import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { storeSuite } from "../store-suite.js";
import { karabakhFixtures } from "../test-fixtures.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "rasd-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeSuite("sqlite (file)", () => openSqliteStore({ path: join(dir, `t${n++}.db`) }));
storeSuite("sqlite (memory)", () => openSqliteStore({ path: ":memory:" }));

describe("SQLite file store", () => {
  it("keeps what was committed across reopening", async () => {
    const path = join(dir, "reopen.db");
    const s1 = await openSqliteStore({ path });
    for (const { article, record } of karabakhFixtures()) await s1.saveAnalyzed(article, record, "1.0.0");
    await s1.close();
    const s2 = await openSqliteStore({ path });
    expect((await s2.stats("1.0.0")).events).toBe(4);
    expect((await s2.search("ستيباناكرت")).total).toBe(2);
    await s2.close();
  });

  it("fills the serialized event items of a database written before they existed when it opens", async () => {
    const path = join(dir, "v1.db");
    const s1 = await openSqliteStore({ path });
    for (const { article, record } of karabakhFixtures()) await s1.saveAnalyzed(article, record, "1.0.0");
    const before = await s1.events({});
    await s1.close();
    const raw = new Database(path);
    raw.exec("UPDATE events SET item = NULL");
    raw.close();
    const old = await openSqliteStore({ path, readonly: true }); // not migrated: items computed on read
    expect(await old.events({})).toEqual(before);
    await old.close();
    const s2 = await openSqliteStore({ path });
    const check = new Database(path, { readonly: true });
    expect((check.prepare("SELECT count(*) AS n FROM events WHERE item IS NULL").get() as { n: number }).n).toBe(0);
    check.close();
    expect(await s2.events({})).toEqual(before);
    expect(JSON.parse(Buffer.from(await s2.eventsJson({})).toString("utf8"))).toEqual(before);
    await s2.close();
  });

  it("moves its change token when another connection commits to the same file", async () => {
    const path = join(dir, "token.db");
    const server = await openSqliteStore({ path });
    const ingest = await openSqliteStore({ path });
    const t0 = await server.changeToken!();
    const [{ article, record }] = karabakhFixtures();
    await ingest.saveAnalyzed(article, record, "1.0.0");
    expect(await server.changeToken!()).not.toBe(t0);
    await Promise.all([server.close(), ingest.close()]);
  });

  it("reports an unopenable path as STORE_ERROR", async () => {
    await expect(openSqliteStore({ path: join(dir, "no/such/dir/x.db") })).rejects.toMatchObject({ code: "STORE_ERROR" });
  });
});
