// The bundled sample, end to end with the real engine: `rasd ingest samples/articles.jsonl` stores every
// article once with its analysis, a second run stores nothing new, search finds ranked articles with
// snippets, and the API serves what was stored.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ENGINE_VERSION } from "../src/engine/index.js";
import { createApp } from "../src/server/app.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";

const ROOT = new URL("../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "rasd-e2e-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const db = join(dir, "rasd.db");
const sample = readFileSync(join(ROOT, "samples/articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string });

const rasd = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli.ts"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, RASD_DB: db } });

describe("the bundled sample, end to end", () => {
  it("ingests every article once, with its analysis, and a re-run adds nothing", () => {
    const first = rasd("ingest", "samples/articles.jsonl", "--workers", "0");
    expect(first.stderr).toContain(`${sample.length} added, 0 already stored, 0 failed`);
    const again = rasd("ingest", "samples/articles.jsonl", "--workers", "0");
    expect(again.stderr).toContain(`0 added, ${sample.length} already stored, 0 failed`);
  }, 120_000);

  it("holds the seed with its publication date and a record from this engine", async () => {
    const store = await openSqliteStore({ path: db });
    const seed = await store.getArticle("000_086ea53787d38e81");
    expect(seed?.published).toBe("2020-10-10");
    expect(seed?.engine_version).toBe(ENGINE_VERSION);
    const s = await store.stats(ENGINE_VERSION);
    expect([s.articles, s.records, s.stale_records]).toEqual([sample.length, sample.length, 0]);
    await store.close();
  });

  it("finds articles by Arabic words with ranked, highlighted snippets", () => {
    const out = rasd("search", "أذربيجان", "--json");
    const res = JSON.parse(out.stdout);
    expect(res.items[0].id).toBe("000_086ea53787d38e81");
    expect(res.items[0].highlights.length).toBeGreaterThan(0);
    const [a, b] = res.items[0].highlights[0];
    expect(res.items[0].snippet.slice(a, b)).toMatch(/أذربيجان/);
    const tn = JSON.parse(rasd("search", "تونس", "--json", "--limit", "5").stdout);
    expect(tn.total).toBeGreaterThan(5);
    for (let i = 1; i < tn.items.length; i++) expect(tn.items[i - 1].score).toBeGreaterThanOrEqual(tn.items[i].score);
  }, 60_000);

  it("serves the stored articles through the API", async () => {
    const store = await openSqliteStore({ path: db });
    const app = createApp({ store, engineVersion: ENGINE_VERSION, public: true, webRoot: null });
    const page = await (await app.request("/api/articles?limit=100")).json();
    expect(page.total).toBe(sample.length);
    const one = await (await app.request("/api/articles/000_086ea53787d38e81")).json();
    expect(one.record.schema).toBe("rasd.analysis/1");
    expect(one.record.document.published).toBe("2020-10-10");
    await store.close();
  });
});
