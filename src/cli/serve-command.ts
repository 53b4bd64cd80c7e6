// `rasd serve`: the HTTP API under /api and the dashboard from dist/web.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import type { Command } from "commander";
import { RasdError } from "../core/errors.js";
import { createAnalyzer } from "../engine/analyzer.js";
import { ENGINE_VERSION } from "../engine/index.js";
import { ingest } from "../ingest/ingest.js";
import { readSources } from "../ingest/sources.js";
import { createApp } from "../server/app.js";
import { hashToken, newToken } from "../server/auth.js";
import { webRootReady } from "../server/static.js";
import { openStore, resolveDb } from "../store/open.js";
import { reportError } from "./errors.js";

type ServeOptions = {
  port: number; host: string; db?: string; public?: boolean; token: string[]; newToken?: string; cors: string[]; web?: string;
  rateLimit: boolean; cache: boolean; ingest: string[]; workers?: number;
};

// from src/cli (tsx) and from dist/cli (built) alike, the package root is two folders up
const DEFAULT_WEB = fileURLToPath(new URL("../../dist/web", import.meta.url));

const collect = (v: string, prev: string[]) => [...prev, v];

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api) and the dashboard")
    .option("--port <n>", "port", (v) => Number(v), 8080)
    .option("--host <addr>", "address to listen on", "127.0.0.1")
    .option("--db <path>", "SQLite file (default: $RASD_DB or ./rasd.db)")
    .option("--public", "allow reads without a token (writes always need one)")
    .option("--token <token>", "accept this bearer token (repeatable; also $RASD_TOKEN); kept only as its sha256", collect, [])
    .option("--new-token <name>", "create a named token, store its hash in the database, print it once, and exit")
    .option("--cors <origin>", "allow this origin (repeatable); CORS is off by default", collect, [])
    .option("--web <dir>", "dashboard folder (default: dist/web)")
    .option("--no-rate-limit", "turn request rate limiting off")
    .option("--no-cache", "answer every read from the store (no response cache; also RASD_API_CACHE=off)")
    .option("--workers <n>", "analysis worker threads (default: one per core; 0 = in process)", (v) => Number(v))
    .option("--ingest <source>", "ingest this file, folder or URL first (repeatable; already stored articles are skipped)", collect, [])
    .action(async (opts: ServeOptions) => {
      try {
        await run(opts);
      } catch (err) {
        reportError(err);
      }
    });
}

async function run(opts: ServeOptions): Promise<void> {
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new RasdError("BAD_INPUT", `--port ${opts.port}`);
  const store = await openStore(opts.db);
  if (opts.newToken) {
    const { token, hash } = newToken();
    await store.addTokenHash(opts.newToken, hash);
    await store.close();
    process.stdout.write(`${token}\n`);
    process.stderr.write(`rasd: token "${opts.newToken}" stored (hash only) in ${resolveDb(opts.db)}; it is shown only now\n`);
    return;
  }
  if (opts.ingest.length) {
    const analyzer = await createAnalyzer({ workers: opts.workers });
    try {
      const t = await ingest(readSources(opts.ingest), { store, analyzer, engineVersion: ENGINE_VERSION });
      process.stderr.write(`rasd: ingested ${opts.ingest.join(", ")}: ${t.added} added, ${t.duplicate} already stored, ${t.failed} failed\n`);
    } finally {
      await analyzer.close();
    }
  }
  const plain = [...opts.token, ...(process.env.RASD_TOKEN ? [process.env.RASD_TOKEN] : [])];
  const tokenHashes = plain.map(hashToken);
  const stored = await store.tokenHashes();
  const webRoot = opts.web ?? DEFAULT_WEB;
  const app = createApp({
    store, engineVersion: ENGINE_VERSION, tokenHashes, public: opts.public, corsOrigins: opts.cors,
    webRoot, rateLimit: opts.rateLimit ? undefined : false, responseCache: opts.cache ? undefined : false,
    analyzer: () => createAnalyzer({ workers: opts.workers }),
  });
  const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
    process.stderr.write(`rasd: serving ${resolveDb(opts.db)} on http://${opts.host}:${info.port}/ (API under /api)\n`);
    if (!webRootReady(webRoot)) process.stderr.write(`rasd: the dashboard is not built (${existsSync(webRoot) ? "no index.html in" : "missing"} ${webRoot}): run \`npm run build\`\n`);
    if (!tokenHashes.length && !stored.length) {
      process.stderr.write(`rasd: no token configured: ${opts.public ? "reads are open, writes are refused" : "every request will be refused"}; pass --token T or create one with --new-token NAME\n`);
    }
  });
  const stop = () => { server.close(() => void store.close()); };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
