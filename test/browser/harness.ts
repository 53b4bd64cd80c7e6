// Starts a real Rasd server over a fresh SQLite database into which real articles were ingested, for the
// browser tests and `npm run screenshots`. It runs the `rasd` command itself (`rasd ingest`, then
// `rasd serve --public` on a free loopback port), from source with tsx so it is always the current code.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURE = join(ROOT, "test/browser/fixtures/articles.jsonl");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic",
];

export type ArticleLine = { id: string; text: string; published?: string | null; outlet?: string | null; url?: string | null; title?: string | null };
export type RasdServer = { url: string; stop(): Promise<void> };

export function readFixture(): ArticleLine[] {
  return readFileSync(FIXTURE, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as ArticleLine);
}

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    t = Math.max(t, st.isDirectory() ? newest(p) : st.mtimeMs);
  }
  return t;
}

/** Builds dist/web unless it is newer than every file of src/web. */
export function ensureWebBuilt(): void {
  const index = join(ROOT, "dist/web/index.html");
  if (existsSync(index) && statSync(index).mtimeMs >= newest(join(ROOT, "src/web"))) return;
  const r = spawnSync(process.execPath, [join(ROOT, "scripts/build-web.mjs")], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build-web failed: ${r.stderr || r.stdout}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

const CLI = [process.execPath, "--import", "tsx", join(ROOT, "src/cli.ts")] as const;

async function waitHealthy(url: string, child: ChildProcess | null, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`rasd serve exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`rasd serve did not answer on ${url} within ${ms} ms`);
}

async function startCli(dir: string, articles: ArticleLine[]): Promise<RasdServer> {
  const db = join(dir, "rasd.db"), input = join(dir, "articles.jsonl");
  writeFileSync(input, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  const ingest = spawnSync(CLI[0], [...CLI.slice(1), "ingest", input, "--db", db, "--workers", "0", "--quiet"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  if (ingest.status !== 0) throw new Error(`rasd ingest failed (${ingest.status}): ${ingest.stderr}`);
  const port = await freePort();
  const child = spawn(CLI[0], [...CLI.slice(1), "serve", "--port", String(port), "--db", db, "--public"], {
    cwd: ROOT, stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => { stderr += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitHealthy(url, child);
  } catch (err) {
    child.kill("SIGKILL");
    throw new Error(`${(err as Error).message}\n${stderr}`);
  }
  return {
    url,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 3000).unref();
    }),
  };
}

/** A running server over `articles`; `stop()` ends it and removes its database. */
export async function startRasd(articles: ArticleLine[]): Promise<RasdServer> {
  ensureWebBuilt();
  const dir = mkdtempSync(join(tmpdir(), "rasd-web-"));
  let server: RasdServer;
  try {
    server = await startCli(dir, articles);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return { ...server, stop: async () => { await server.stop(); rmSync(dir, { recursive: true, force: true }); } };
}
