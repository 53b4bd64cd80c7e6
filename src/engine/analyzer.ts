// Analysis as a service: in this process, or spread over worker threads that each load the engine once.
import type { ArticleInput } from "../core/article.js";
import type { Analysis } from "../core/contract.js";
import { analyze } from "../pipeline/analyze.js";
import { loadEngine } from "./index.js";

export type Analyzer = {
  analyze(article: ArticleInput): Promise<Analysis>;
  close(): Promise<void>;
  /** how many articles it works on at once */
  concurrency: number;
};

export type AnalyzerOptions = { workers?: number };

export async function createAnalyzer(_opts: AnalyzerOptions = {}): Promise<Analyzer> {
  const engine = loadEngine();
  return {
    concurrency: 1,
    async analyze(article) { return analyze(article, engine); },
    async close() {},
  };
}
