import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

  it("reports an unopenable path as STORE_ERROR", async () => {
    await expect(openSqliteStore({ path: join(dir, "no/such/dir/x.db") })).rejects.toMatchObject({ code: "STORE_ERROR" });
  });
});
