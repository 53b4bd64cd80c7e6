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
  /**
   * The record as its JSON text (what `analyze --jsonl` prints): in a pool the worker serializes it.
   * Optional so that test doubles need not provide it; use recordJson() to call it with a fallback.
   */
  analyzeJson?(article: ArticleInput): Promise<string>;
  close(): Promise<void>;
  /** how many articles it works on at once */
  concurrency: number;
};

/** workers: 0 analyses in this thread; undefined uses one worker per core. */
export type AnalyzerOptions = { workers?: number };

// Each worker is sent its next article while it still works on the current one, so it does not sit idle
// for a round trip through the main thread (which may be busy or descheduled) between articles.
const TASKS_PER_WORKER = 2;

export async function createAnalyzer(opts: AnalyzerOptions = {}): Promise<Analyzer> {
  const workers = opts.workers ?? availableParallelism();
  if (workers <= 0) {
    const engine = loadEngine();
    const local = (article: ArticleInput): Analysis => {
      try { return analyze(article, engine); } catch (err) { throw asRasdError(err); }
    };
    return {
      concurrency: 1,
      async analyze(article) { return local(article); },
      async analyzeJson(article) { return JSON.stringify(local(article)); },
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
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    idleTimeout: 60_000,
  });
  return {
    concurrency: workers,
    async analyze(article) {
      try { return (await pool.run(article)) as Analysis; } catch (err) { throw asRasdError(err); }
    },
    async analyzeJson(article) {
      try { return (await pool.run(article, { name: "analyzeToJson" })) as string; } catch (err) { throw asRasdError(err); }
    },
    async close() { await pool.destroy(); },
  };
}

/** The record's JSON text: the analyzer's own serialized path when it has one. */
export function recordJson(analyzer: Analyzer, article: ArticleInput): Promise<string> {
  return analyzer.analyzeJson ? analyzer.analyzeJson(article) : analyzer.analyze(article).then((r) => JSON.stringify(r));
}
