// Distributed ingest (issue 8): two `rasd worker` processes share one PostgreSQL queue; one is SIGKILLed
// while it holds jobs. Its jobs expire, are retried by the other worker, and in the end every article is
// analysed and stored exactly once, with the same record the engine gives in process.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticArticles } from "../bench/synthetic-articles.js";
import { loadEngine } from "../src/engine/index.js";
import { analyze } from "../src/pipeline/analyze.js";
import { openPostgresStore } from "../src/store/postgres/postgres-store.js";
import { pgAvailable, requirePgInCi, startPg, type PgServer } from "./pg-server.js";

requirePgInCi();
const available = pgAvailable();
const ROOT = new URL("../", import.meta.url).pathname;
const N = 60;

// The CLI from source, with the queue commands registered even before program.ts lists them.
const CLI = `
const { buildProgram } = await import("./src/cli/program.ts");
const { reportError } = await import("./src/cli/errors.ts");
const p = buildProgram();
const has = (n) => p.commands.some((c) => c.name() === n);
if (!has("worker")) (await import("./src/cli/worker-command.ts")).registerWorker(p);
if (!has("enqueue")) (await import("./src/cli/enqueue-command.ts")).registerEnqueue(p);
await p.parseAsync(process.argv.slice(1), { from: "user" }).catch(reportError);
`;

type Proc = { child: ChildProcess; out: string; err: string; exited: Promise<number | null>; ready: Promise<void> };

function rasd(args: string[]): Proc {
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CLI, "--", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const p = { child, out: "", err: "" } as Proc;
  let onReady: () => void;
  p.ready = new Promise((r) => { onReady = r; });
  child.stdout!.on("data", (d) => { p.out += d; });
  child.stderr!.on("data", (d) => { p.err += d; if (p.err.includes("ready")) onReady(); });
  p.exited = new Promise((r) => child.on("exit", (code) => { onReady(); r(code); }));
  return p;
}

const waitFor = async (what: string, cond: () => Promise<boolean>, ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe.skipIf(!available)("distributed ingest over a PostgreSQL queue", () => {
  let server: PgServer;
  let dir: string;
  beforeAll(() => { server = startPg(); dir = mkdtempSync(join(tmpdir(), "rasd-dist-")); });
  afterAll(() => { server?.stop(); rmSync(dir, { recursive: true, force: true }); });

  it("stores every article exactly once when a worker is killed mid-job", async () => {
    const url = server.url;
    const articles = syntheticArticles(N);
    const file = join(dir, "batch.jsonl");
    writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join("\n")}\n{"id": "bad", "text": 5}\n`);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const procs: Proc[] = [];
    try {
      // the victim works on several jobs at once, so it is holding some when it dies
      const victim = rasd(["worker", "--db", url, "--concurrency", "4", "--job-timeout", "2"]);
      const survivor = rasd(["worker", "--db", url, "--concurrency", "2", "--job-timeout", "2"]);
      procs.push(victim, survivor);
      await Promise.all([victim.ready, survivor.ready]);
      expect(victim.child.exitCode, victim.err).toBeNull();

      const enq = rasd(["enqueue", file, "--db", url, "--job-timeout", "2"]);
      expect(await enq.exited, enq.err).toBe(0); // one bad line is reported, the rest queued
      expect(JSON.parse(enq.out)).toEqual({ queued: N, rejected: 1 });

      const stored = async () => Number((await db.query("SELECT count(*) AS n FROM articles")).rows[0].n);
      await waitFor("the first articles", async () => (await stored()) >= 8, 60_000);
      const active = Number((await db.query("SELECT count(*) AS n FROM pgboss.job WHERE state = 'active'")).rows[0].n);
      victim.child.kill("SIGKILL");
      expect(await victim.exited).toBeNull(); // killed, not exited
      expect(active).toBeGreaterThan(0);

      const states = async () => Object.fromEntries((await db.query("SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = 'rasd-ingest' GROUP BY state")).rows.map((r) => [r.state, r.n]));
      await waitFor("every job completed", async () => (await states()).completed === N, 60_000);
      survivor.child.kill("SIGTERM");
      expect(await survivor.exited, survivor.err).toBe(0);

      // jobs the victim held were retried by the survivor
      const retried = Number((await db.query("SELECT count(*) AS n FROM pgboss.job WHERE name = 'rasd-ingest' AND retry_count > 0")).rows[0].n);
      expect(retried).toBeGreaterThan(0);
      expect(await states()).toEqual({ completed: N });

      // exactly once: one row per article under its own id, a record each, events rows matching the record
      const rows = (await db.query(`SELECT a.id, r.json, (SELECT count(*)::int FROM events e WHERE e.article_rowid = a.rowid) AS events
        FROM articles a LEFT JOIN records r ON r.article_rowid = a.rowid ORDER BY a.rowid`)).rows;
      expect(rows.map((r) => r.id).sort()).toEqual(articles.map((a) => a.id).sort());
      const engine = loadEngine();
      const byId = new Map(articles.map((a) => [a.id, a]));
      for (const r of rows) {
        expect(r.json, r.id).not.toBeNull();
        const record = JSON.parse(r.json);
        expect(r.events).toBe(record.events.length);
        expect(record).toEqual(analyze(byId.get(r.id)!, engine));
      }
      const store = await openPostgresStore({ url });
      expect((await store.stats(engine.version)).stale_records).toBe(0);
      await store.close();
    } finally {
      for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
      await db.end();
    }
  }, 150_000);

  it("drains the queue with --drain, refusing what is not an article, and stores a re-queued batch once", async () => {
    const url = `${server.url}?schema=drain`;
    const articles = syntheticArticles(12).map((a) => ({ ...a, id: `again-${a.id}` }));
    const file = join(dir, "again.jsonl");
    writeFileSync(file, `${articles.map((a) => JSON.stringify(a)).join("\n")}\n`);
    for (let round = 0; round < 2; round++) {
      const enq = rasd(["enqueue", file, "--db", url]);
      expect(await enq.exited, enq.err).toBe(0);
      const worker = rasd(["worker", "--db", url, "--drain", "--concurrency", "3"]);
      expect(await worker.exited, worker.err).toBe(0);
      expect(worker.err).toContain(round === 0 ? "12 added, 0 duplicate" : "0 added, 12 duplicate");
    }
    const store = await openPostgresStore({ url });
    expect((await store.stats("x")).articles).toBe(12);
    await store.close();
    const bad = rasd(["worker", "--db", join(dir, "x.db")]);
    expect(await bad.exited).toBe(1);
    expect(bad.err).toContain("BAD_INPUT");
  }, 120_000);
});
