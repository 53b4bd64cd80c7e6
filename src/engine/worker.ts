// A worker thread of the analysis pool: loads the engine once, then analyses articles sent to it.
import type { ArticleInput } from "../core/article.js";
import type { Analysis } from "../core/contract.js";
import { analyze } from "../pipeline/analyze.js";
import { loadEngine } from "./index.js";

const engine = loadEngine();

export default function analyzeInWorker(article: ArticleInput): Analysis {
  return analyze(article, engine);
}
