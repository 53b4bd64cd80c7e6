// Analysis as a service: in this process, or spread over worker threads that each load the engine once.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { ArticleInput } from "../core/article.js";
import type { Analysis } from "../core/contract.js";
import { asRasdError } from "../core/errors.js";
import { analyze } from "../pipeline/analyze.js";
import { loadEngine } from "./index.js";

export type Analyzer = {
  analyze(article: ArticleInput): Promise<Analysis>;
  close(): Promise<void>;
  /** how many articles it works on at once */
  concurrency: number;
};

/** workers: 0 analyses in this thread; undefined uses one worker per core. */
export type AnalyzerOptions = { workers?: number };

export async function createAnalyzer(opts: AnalyzerOptions = {}): Promise<Analyzer> {
  const workers = opts.workers ?? availableParallelism();
  if (workers <= 0) {
    const engine = loadEngine();
    return {
      concurrency: 1,
      async analyze(article) {
        try { return analyze(article, engine); } catch (err) { throw asRasdError(err); }
      },
      async close() {},
    };
  }
  // The worker file sits beside this one: worker.js after the build; worker.ts when running from source,
  // where the worker needs tsx to load TypeScript.
  const fromSource = import.meta.url.endsWith(".ts");
  const execArgv = fromSource && !process.execArgv.includes("tsx") ? [...process.execArgv, "--import", "tsx"] : process.execArgv;
  const pool = new Piscina({
    filename: new URL(`./worker${fromSource ? ".ts" : ".js"}`, import.meta.url).href,
    execArgv,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  return {
    concurrency: workers,
    async analyze(article) {
      try { return (await pool.run(article)) as Analysis; } catch (err) { throw asRasdError(err); }
    },
    async close() { await pool.destroy(); },
  };
}
