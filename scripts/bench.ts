// npm run bench [-- --articles N --save-baseline]: end-to-end throughput (one core, and the worker pool),
// NER tokens/s, per-stage profile and peak RSS on a fixed set of corpus articles. Writes bench/report.json
// and compares it with bench/baseline.json (committed, measured on the same machine kind).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { gunzipSync } from "node:zlib";
import { articleInputSchema, type ArticleInput } from "../src/core/article.js";
import { createAnalyzer } from "../src/engine/analyzer.js";
import { loadEngine } from "../src/engine/index.js";
import { recognize } from "../src/ner/index.js";
import { analyze, newStageProfile } from "../src/pipeline/index.js";
import { prepare } from "../src/prep/index.js";

const args = process.argv.slice(2);
const argValue = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = argValue("--articles", 2000);
const root = new URL("../", import.meta.url);

// A fixed sample: every k-th article of each corpus, half ANT (Tunisia), half SaudiNewsNet (Gulf press).
function sample(file: string, n: number): ArticleInput[] {
  const lines = gunzipSync(readFileSync(new URL(`../shared/data/corpus/${file}`, root))).toString("utf8").split("\n").filter(Boolean);
  const step = Math.max(1, Math.floor(lines.length / n));
  const out: ArticleInput[] = [];
  for (let i = 0; i < lines.length && out.length < n; i += step) {
    const a = JSON.parse(lines[i]);
    if (a.text?.trim()) out.push(articleInputSchema.parse(a));
  }
  return out;
}
const articles = [...sample("ant.jsonl.gz", Math.ceil(N / 2)), ...sample("saudinewsnet.jsonl.gz", Math.floor(N / 2))];
const words = articles.reduce((s, a) => s + a.text.split(/\s+/).filter(Boolean).length, 0);

const t0 = performance.now();
const engine = loadEngine();
const loadMs = performance.now() - t0;

// One core, in this thread, with the per-stage profile.
const profile = newStageProfile();
for (const a of articles.slice(0, 50)) analyze(a, engine); // warm-up
let t = performance.now();
for (const a of articles) analyze(a, engine, { profile });
const oneCoreS = (performance.now() - t) / 1000;

// NER alone on prepared documents.
const docs = articles.map((a) => prepare(a.text, engine.prep));
const tokens = docs.reduce((s, d) => s + d.tokens.length, 0);
t = performance.now();
for (const d of docs) recognize(d, engine.ner);
const nerS = (performance.now() - t) / 1000;

async function poolRate(workers: number): Promise<number> {
  const analyzer = await createAnalyzer({ workers });
  await Promise.all(articles.slice(0, 20 * workers).map((a) => analyzer.analyze(a))); // load + warm-up
  const start = performance.now();
  await Promise.all(articles.map((a) => analyzer.analyze(a)));
  const s = (performance.now() - start) / 1000;
  await analyzer.close();
  return articles.length / s;
}
const cores = availableParallelism();
const pool1 = await poolRate(1);
const poolAll = cores > 1 ? await poolRate(cores) : pool1;

const report = {
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores, node: process.version },
  articles: articles.length,
  words,
  engine_load_ms: Math.round(loadMs),
  one_core: { articles_per_s: round(articles.length / oneCoreS), words_per_s: Math.round(words / oneCoreS) },
  profile_ms_per_article: Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, round(v / articles.length, 3)])),
  ner_tokens_per_s: Math.round(tokens / nerS),
  pool: { workers_1_articles_per_s: round(pool1), [`workers_${cores}_articles_per_s`]: round(poolAll), speedup: round(poolAll / pool1, 2) },
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
};
console.log(JSON.stringify(report, null, 2));
mkdirSync(new URL("bench/", root), { recursive: true });
writeFileSync(new URL("bench/report.json", root), `${JSON.stringify(report, null, 2)}\n`);
const baselineUrl = new URL("bench/baseline.json", root);
if (args.includes("--save-baseline")) writeFileSync(baselineUrl, `${JSON.stringify(report, null, 2)}\n`);
else if (existsSync(baselineUrl)) {
  const base = JSON.parse(readFileSync(baselineUrl, "utf8"));
  const cmp = (name: string, now: number, then: number) => console.log(`${name}: ${now} vs baseline ${then} (${then ? ((now / then - 1) * 100).toFixed(1) : "?"}%)`);
  console.log(`\ncompared with bench/baseline.json (${base.machine?.cpu}, ${base.machine?.cores} cores):`);
  cmp("one core articles/s", report.one_core.articles_per_s, base.one_core?.articles_per_s);
  cmp("one core words/s", report.one_core.words_per_s, base.one_core?.words_per_s);
  cmp("NER tokens/s", report.ner_tokens_per_s, base.ner_tokens_per_s);
  cmp("peak RSS MB", report.peak_rss_mb, base.peak_rss_mb);
}

function round(x: number, d = 1) { const f = 10 ** d; return Math.round(x * f) / f; }
