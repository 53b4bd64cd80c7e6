// A worker thread of the analysis pool: loads the engine once, then analyses articles sent to it.
import type { ArticleInput } from "../core/article.js";
import type { Analysis } from "../core/contract.js";
import { analyze } from "../pipeline/analyze.js";
import { loadEngine } from "./index.js";

const engine = loadEngine();

export default function analyzeInWorker(article: ArticleInput): Analysis {
  return analyze(article, engine);
}

/**
 * The record already serialized: a string crosses to the main thread as one copy instead of a structured
 * clone of the whole object graph, and `analyze --jsonl` writes it as it is.
 */
export function analyzeToJson(article: ArticleInput): string {
  return JSON.stringify(analyze(article, engine));
}
