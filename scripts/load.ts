// Load test of the HTTP API (issue 8): ingests >= 1,000 real corpus articles into a SQLite store once, starts
// `rasd serve` on 127.0.0.1 (random port), and drives it with autocannon for a fixed time on a mix of search
// and event queries. Prints requests/s, latency percentiles, errors and the server's CPU per request against the targets
// (>= 500 req/s, p99 < 200 ms, 0 errors). Loopback only; the server runs in its own process.
//
//   npx tsx scripts/load.ts [--articles 1000] [--duration 30] [--connections 16] [--corpus FILE.jsonl.gz]
//                           [--db rasd-load.db  (reused when it exists)] [--mix all|search|events|health] [--keep]
//                           [--profile DIR  (the server writes a V8 CPU profile there: node scripts/profile-top.mjs)]
//                           [--cache both|on|off  (default both: the server with its response cache off, then on;
//                            the cache answers repeated reads until the store changes, so both figures are printed)]
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { articleInputSchema } from "../src/core/article.js";

type Latency = { average: number; p50: number; p90: number; p99: number; max: number };
type Result = { requests: { average: number; total: number }; latency: Latency; errors: number; timeouts: number; non2xx: number; duration: number; "2xx": number };
type Autocannon = (opts: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const TOKEN = `load-${process.pid}-token`;

function arg(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

/** The first `n` valid articles of a JSONL(.gz) corpus, as ingest input lines. */
async function corpusLines(file: string, n: number): Promise<string[]> {
  const input = file.endsWith(".gz") ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const out: string[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const parsed = articleInputSchema.safeParse(JSON.parse(line));
    if (!parsed.success || !parsed.data.text.trim()) continue;
    out.push(JSON.stringify(parsed.data));
    if (out.length >= n) break;
  }
  input.destroy();
  return out;
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. Set against
 * the requests served it gives the server's CPU cost per request, a figure that hardly moves when other
 * processes share the machine (the rate and the latencies do).
 */
function cpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

const rasd = (args: string[]) => [process.execPath, ["--import", "tsx", join(ROOT, "src/cli.ts"), ...args]] as const;

function startServer(db: string, profileDir: string | null, cache: boolean): Promise<{ child: ChildProcess; url: string }> {
  const [cmd, argv] = rasd(["serve", "--db", db, "--port", "0", "--host", "127.0.0.1", "--token", TOKEN, "--no-rate-limit"]);
  const prof = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  // the response cache (src/server/response-cache.ts) is on by default; RASD_API_CACHE=off turns it off
  const env = { ...process.env, RASD_API_CACHE: cache ? "on" : "off" };
  const child = spawn(cmd, [...prof, ...argv], { cwd: ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
  return new Promise((resolve, reject) => {
    let err = "";
    const timer = setTimeout(() => reject(new Error(`rasd serve did not start:\n${err}`)), 60_000);
    child.stderr!.on("data", (d) => {
      err += d;
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`rasd serve exited (${code}):\n${err}`)); });
  });
}

// What a dashboard and an analyst ask for: searches (words, prefixes, phrases) and filtered event lists.
const SEARCHES = ["تونس", "الحكومة", "وزير", "الداخلية", "الأمن", "\"وزارة الداخلية\"", "انتخاب*", "الرئيس", "الجيش", "إرهاب*", "الاتحاد العام", "مجلس النواب", "صفاقس", "الشرطة"];
const EVENT_QUERIES = [
  "limit=50", "type=ASSAULT", "type=PROTEST,ASSAULT&limit=20&offset=20", "country=TUN", "actor=%D8%A7%D9%84%D8%AD%D9%83%D9%88%D9%85%D8%A9",
  "from=2016-01-01&to=2016-12-31", "status=asserted&limit=100", "place=%D8%AA%D9%88%D9%86%D8%B3", "type=CONSULT&country=TUN", "actor=TUN&limit=10",
];

/** mix: "all" (half searches, half event lists), "search", "events", or "health" (the server's own ceiling) */
function requestMix(mix: string): { method: string; path: string }[] {
  const out: { method: string; path: string }[] = [];
  if (mix === "health") return [{ method: "GET", path: "/api/health" }];
  for (let i = 0; i < Math.max(SEARCHES.length, EVENT_QUERIES.length); i++) {
    if (mix !== "events") out.push({ method: "GET", path: `/api/search?q=${encodeURIComponent(SEARCHES[i % SEARCHES.length])}&limit=20` });
    if (mix !== "search") out.push({ method: "GET", path: `/api/events?${EVENT_QUERIES[i % EVENT_QUERIES.length]}` });
  }
  return out;
}

type Run = { label: string; rps: number; latency: Latency; errors: number; cpuMsPerRequest: number | null };

async function stopServer(server: ChildProcess | null): Promise<void> {
  if (!server || server.exitCode !== null) return;
  // a clean stop, so that a --profile is written
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

/** One server (cache on or off), warmed up, then driven for `duration` seconds. */
async function runOnce(opts: { db: string; cache: boolean; duration: number; connections: number; mix: string; profileDir: string | null }): Promise<Run> {
  const label = `cache ${opts.cache ? "on" : "off"}`;
  const started = await startServer(opts.db, opts.profileDir, opts.cache);
  try {
    const server = started.child;
    const headers = { Authorization: `Bearer ${TOKEN}` };
    const stats = await (await fetch(`${started.url}/api/stats`, { headers })).json() as { articles: number; events: number };
    console.log(`\n[${label}] store: ${stats.articles} articles, ${stats.events} events; server ${started.url} (rate limit off, response cache ${opts.cache ? "on" : "off"})`);
    const requests = requestMix(opts.mix);
    // warm-up: every request once, so that first-touch costs are not in the figures
    for (const r of requests) {
      const res = await fetch(`${started.url}${r.path}`, { headers });
      if (!res.ok) throw new Error(`${r.path}: HTTP ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }
    console.log(`[${label}] load: ${opts.connections} connections for ${opts.duration} s, ${requests.length} request kinds (mix: ${opts.mix})`);
    const cpu0 = cpuSeconds(server.pid);
    const result = await autocannon({ url: started.url, connections: opts.connections, duration: opts.duration, headers, requests, timeout: 10 });
    const cpu1 = cpuSeconds(server.pid);
    const errors = result.errors + result.timeouts + result.non2xx;
    const rps = result.requests.total / result.duration;
    const l = result.latency;
    console.log(`[${label}] requests: ${result.requests.total} in ${result.duration.toFixed(1)} s = ${rps.toFixed(0)} req/s`);
    console.log(`[${label}] latency ms: avg ${l.average.toFixed(1)}, p50 ${l.p50}, p90 ${l.p90}, p99 ${l.p99}, max ${l.max}`);
    console.log(`[${label}] errors: ${errors} (connection ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`);
    let cpuMsPerRequest: number | null = null;
    if (cpu0 !== null && cpu1 !== null && result.requests.total) {
      cpuMsPerRequest = ((cpu1 - cpu0) * 1000) / result.requests.total;
      console.log(`[${label}] server CPU: ${(cpu1 - cpu0).toFixed(1)} s = ${cpuMsPerRequest.toFixed(2)} ms per request (a ceiling of ${(1000 / cpuMsPerRequest).toFixed(0)} req/s per core)`);
    }
    return { label, rps, latency: l, errors, cpuMsPerRequest };
  } finally {
    await stopServer(started.child);
  }
}

export async function main(args: string[]): Promise<void> {
  const articles = Number(arg(args, "articles", "1000"));
  const duration = Number(arg(args, "duration", "30"));
  const connections = Number(arg(args, "connections", "16"));
  const corpus = arg(args, "corpus", join(ROOT, "../shared/data/corpus/ant.jsonl.gz"));
  const keep = args.includes("--keep");
  const cacheArg = arg(args, "cache", "both");
  const caches = cacheArg === "on" ? [true] : cacheArg === "off" ? [false] : [false, true];
  const tmp = mkdtempSync(join(tmpdir(), "rasd-load-"));
  const db = arg(args, "db", join(tmp, "load.db"));
  try {
    if (!existsSync(db)) {
      const lines = await corpusLines(corpus, articles);
      const file = join(tmp, "corpus.jsonl");
      writeFileSync(file, `${lines.join("\n")}\n`);
      console.log(`data: ${lines.length} articles from ${corpus}`);
      const t0 = Date.now();
      const [cmd, argv] = rasd(["ingest", file, "--db", db, "-q"]);
      const r = spawnSync(cmd, argv, { cwd: ROOT, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`rasd ingest failed:\n${r.stderr}`);
      console.log(`ingest: ${r.stderr.trim().split("\n").pop()} [${((Date.now() - t0) / 1000).toFixed(1)} s wall]`);
    } else {
      console.log(`data: reusing ${db}`);
    }
    const profileDir = args.includes("--profile") ? arg(args, "profile", "") || null : null;
    const mix = arg(args, "mix", "all");
    const runs: Run[] = [];
    for (const cache of caches) runs.push(await runOnce({ db, cache, duration, connections, mix, profileDir }));
    const ok = (b: boolean) => (b ? "met" : "NOT met");
    console.log(`\nsummary (mix ${mix}, ${connections} connections, ${duration} s each; targets >= 500 req/s, p99 < 200 ms, 0 errors):`);
    for (const r of runs) {
      console.log(`  ${r.label.padEnd(9)} ${r.rps.toFixed(0).padStart(6)} req/s  p99 ${String(r.latency.p99).padStart(4)} ms  errors ${r.errors}`
        + `${r.cpuMsPerRequest === null ? "" : `  server CPU ${r.cpuMsPerRequest.toFixed(2)} ms/request`}`
        + `  -> ${ok(r.rps >= 500)} / ${ok(r.latency.p99 < 200)} / ${ok(r.errors === 0)}`);
    }
    if (runs.length > 1) console.log("  (the cache answers repeated reads until the store changes; 'cache off' is every request computed)");
  } finally {
    if (keep) console.log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => { console.error(err); process.exitCode = 1; });
}
