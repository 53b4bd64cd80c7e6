// Store write and query speed, SQLite against PostgreSQL (issue 8): the same analysed articles saved one at a
// time, then (PostgreSQL) from 8 connections at once, then the same searches and event queries on both.
// Analysis happens once, before timing, so only the stores are measured.
//
//   npx tsx bench/store-save.ts [--articles 1000] [--corpus ../shared/data/corpus/ant.jsonl.gz]
// Needs PostgreSQL binaries (test/pg-server.ts starts a throw-away cluster) or RASD_PG_URL.
import { createReadStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { articleInputSchema, type ArticleInput } from "../src/core/article.js";
import type { Analysis } from "../src/core/contract.js";
import { loadEngine } from "../src/engine/index.js";
import { analyze } from "../src/pipeline/analyze.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { openSqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { startPg } from "../test/pg-server.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const arg = (args: string[], name: string, fallback: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };

async function corpus(file: string, n: number): Promise<ArticleInput[]> {
  const input = createReadStream(file).pipe(createGunzip());
  const out: ArticleInput[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const p = articleInputSchema.safeParse(JSON.parse(line));
    if (p.success && p.data.text.trim()) out.push(p.data);
    if (out.length >= n) break;
  }
  input.destroy();
  return out;
}

async function saveAll(store: Store, items: { a: ArticleInput; r: Analysis }[], parallel: number): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < items.length) { const { a, r } = items[next++]; await store.saveAnalyzed(a, r, "bench"); }
  }));
  return (performance.now() - t0) / 1000;
}

async function queries(store: Store): Promise<string> {
  const qs: [string, () => Promise<unknown>][] = [
    ["search تونس", () => store.search("تونس", { limit: 20 })],
    ["search \"وزارة الداخلية\"", () => store.search("\"وزارة الداخلية\"", { limit: 20 })],
    ["events limit 50", () => store.events({}, { limit: 50 })],
    ["events actor", () => store.events({ actor: "الحكومة" })],
    ["stats", () => store.stats("bench")],
  ];
  const parts: string[] = [];
  for (const [name, f] of qs) {
    await f();
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) await f();
    parts.push(`${name} ${((performance.now() - t0) / 10).toFixed(1)} ms`);
  }
  return parts.join("; ");
}

export async function main(args: string[]): Promise<void> {
  const n = Number(arg(args, "articles", "1000"));
  const file = arg(args, "corpus", join(ROOT, "../shared/data/corpus/ant.jsonl.gz"));
  const articles = await corpus(file, n);
  const engine = loadEngine();
  const items = articles.map((a) => ({ a, r: analyze(a, engine) }));
  console.log(`data: ${items.length} articles from ${file}, ${items.reduce((s, x) => s + x.r.events.length, 0)} events (analysed before timing)`);
  const dir = mkdtempSync(join(tmpdir(), "rasd-bench-store-"));
  const pg = startPg();
  try {
    const sqlite = await openSqliteStore({ path: join(dir, "bench.db") });
    const s1 = await saveAll(sqlite, items, 1);
    console.log(`sqlite  save: ${(items.length / s1).toFixed(0)} articles/s (one at a time)`);
    console.log(`sqlite  queries: ${await queries(sqlite)}`);
    await sqlite.close();
    const one = await openPostgresStore({ url: pg.url, schema: "bench_seq" });
    const p1 = await saveAll(one, items, 1);
    console.log(`postgres save: ${(items.length / p1).toFixed(0)} articles/s (one at a time)`);
    console.log(`postgres queries: ${await queries(one)}`);
    await one.close();
    const many = await openPostgresStore({ url: pg.url, schema: "bench_par", max: 8 });
    const p8 = await saveAll(many, items, 8);
    const again = await saveAll(many, items, 8); // every one a duplicate now
    const s = await many.stats("bench");
    console.log(`postgres save: ${(items.length / p8).toFixed(0)} articles/s (8 connections); duplicates refused at ${(items.length / again).toFixed(0)}/s; stored ${s.articles} of ${items.length}`);
    await many.close();
  } finally {
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => { console.error(err); process.exitCode = 1; });
}
