// npm run bench [-- --articles N --rounds R --only pool,one-core,ner --save-baseline]: end-to-end throughput
// (one core, and the worker pool), NER tokens/s, per-stage profile and peak RSS on a fixed set of corpus
// articles. Writes bench/report.json and compares it with bench/baseline.json (committed, measured on the
// same machine kind). --only runs some parts (the report then lacks the others and is not a baseline).
//
// Memory: the corpus is streamed (never the whole file in memory), the pool runs before this thread loads
// its own engine (so at most the workers' engines are alive at once), and NER is timed one document at a
// time rather than over 2,000 prepared documents held together.
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip } from "node:zlib";
import { articleInputSchema, type ArticleInput } from "../src/core/article.js";
import { createAnalyzer } from "../src/engine/analyzer.js";
import { loadEngine } from "../src/engine/index.js";
import { recognize } from "../src/ner/index.js";
import { analyze, newStageProfile } from "../src/pipeline/index.js";
import { prepare } from "../src/prep/index.js";

const args = process.argv.slice(2);
const argValue = (name: string, dflt: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const N = argValue("--articles", 2000);
// the pool rates are the best of R rounds, one worker and all workers alternating, so that a burst of
// load from another process on a shared machine hits both sides alike rather than one of them
const ROUNDS = Math.max(1, argValue("--rounds", 2));
const onlyArg = args.includes("--only") ? args[args.indexOf("--only") + 1] ?? "" : "pool,one-core,ner";
const only = new Set(onlyArg.split(",").map((s) => s.trim()));
const root = new URL("../", import.meta.url);

function lines(file: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(fileURLToPath(new URL(`../shared/data/corpus/${file}`, root))).pipe(createGunzip()), crlfDelay: Infinity });
}

// A fixed sample: every k-th article of each corpus, half ANT (Tunisia), half SaudiNewsNet (Gulf press).
// Two streaming passes (count, then pick) keep the 100 MB corpus out of memory.
async function sample(file: string, n: number): Promise<ArticleInput[]> {
  let count = 0;
  for await (const line of lines(file)) if (line) count++;
  const step = Math.max(1, Math.floor(count / n));
  const out: ArticleInput[] = [];
  let i = 0;
  for await (const line of lines(file)) {
    if (!line) continue;
    if (i++ % step !== 0 || out.length >= n) continue;
    const a = JSON.parse(line);
    if (a.text?.trim()) out.push(articleInputSchema.parse(a));
  }
  return out;
}
const articles = [...await sample("ant.jsonl.gz", Math.ceil(N / 2)), ...await sample("saudinewsnet.jsonl.gz", Math.floor(N / 2))];
const words = articles.reduce((s, a) => s + a.text.split(/\s+/).filter(Boolean).length, 0);

// The pool as `rasd analyze --jsonl` uses it: workers return each record serialized, in input order.
// Besides the rate, the CPU time of the whole process (main thread and workers) per article: unlike the
// rate it hardly moves when other processes share the machine, and set against the in-thread time per
// article it shows what the pool itself costs.
async function poolRate(workers: number): Promise<{ rate: number; cpuMs: number }> {
  const analyzer = await createAnalyzer({ workers });
  const run = (a: ArticleInput): Promise<unknown> => (analyzer.analyzeJson ? analyzer.analyzeJson(a) : analyzer.analyze(a));
  await Promise.all(articles.slice(0, 50 * workers).map(run)); // load + warm-up
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  await Promise.all(articles.map(run));
  const s = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  await analyzer.close();
  return { rate: articles.length / s, cpuMs: (cpu.user + cpu.system) / 1000 / articles.length };
}
const cores = availableParallelism();
let pool1 = 0;
let poolAll = 0;
let cpu1 = Infinity;
let cpuAll = Infinity;
if (only.has("pool")) {
  for (let r = 0; r < ROUNDS; r++) {
    const one = await poolRate(1);
    const all = cores > 1 ? await poolRate(cores) : one;
    pool1 = Math.max(pool1, one.rate);
    poolAll = Math.max(poolAll, all.rate);
    cpu1 = Math.min(cpu1, one.cpuMs);
    cpuAll = Math.min(cpuAll, all.cpuMs);
  }
}
const poolRssMb = Math.round(process.resourceUsage().maxRSS / 1024);

const t0 = performance.now();
const engine = loadEngine();
const loadMs = performance.now() - t0;

// One core, in this thread, with the per-stage profile.
const profile = newStageProfile();
let oneCoreS = 0;
let oneCoreCpuMs = 0;
if (only.has("one-core")) {
  for (const a of articles.slice(0, 50)) analyze(a, engine); // warm-up
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  for (const a of articles) analyze(a, engine, { profile });
  oneCoreS = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  oneCoreCpuMs = (cpu.user + cpu.system) / 1000 / articles.length;
}

// NER alone on prepared documents (each prepared just before, only recognize() timed).
let tokens = 0;
let nerS = 0;
if (only.has("ner")) {
  for (const a of articles) {
    const d = prepare(a.text, engine.prep);
    tokens += d.tokens.length;
    const t = performance.now();
    recognize(d, engine.ner);
    nerS += (performance.now() - t) / 1000;
  }
}

const report = {
  machine: { cpu: cpus()[0]?.model ?? "unknown", cores, node: process.version },
  articles: articles.length,
  words,
  engine_load_ms: Math.round(loadMs),
  one_core: { articles_per_s: oneCoreS ? round(articles.length / oneCoreS) : 0, words_per_s: oneCoreS ? Math.round(words / oneCoreS) : 0 },
  cpu_ms_per_article: {
    in_thread: round(oneCoreCpuMs, 2),
    pool_1: Number.isFinite(cpu1) ? round(cpu1, 2) : 0,
    [`pool_${cores}`]: Number.isFinite(cpuAll) ? round(cpuAll, 2) : 0,
  },
  profile_ms_per_article: Object.fromEntries(Object.entries(profile).map(([k, v]) => [k, round(v / articles.length, 3)])),
  ner_tokens_per_s: nerS ? Math.round(tokens / nerS) : 0,
  pool: {
    workers_1_articles_per_s: round(pool1), [`workers_${cores}_articles_per_s`]: round(poolAll), speedup: pool1 ? round(poolAll / pool1, 2) : 0,
    [`workers_${cores}_vs_one_core_in_thread`]: oneCoreS ? round(poolAll / (articles.length / oneCoreS), 2) : 0,
    rounds: ROUNDS, peak_rss_mb: poolRssMb,
  },
  peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  parts: [...only],
};
console.log(JSON.stringify(report, null, 2));
mkdirSync(new URL("bench/", root), { recursive: true });
writeFileSync(new URL("bench/report.json", root), `${JSON.stringify(report, null, 2)}\n`);
const baselineUrl = new URL("bench/baseline.json", root);
if (args.includes("--save-baseline") && only.size === 3) writeFileSync(baselineUrl, `${JSON.stringify(report, null, 2)}\n`);
else if (existsSync(baselineUrl)) {
  const base = JSON.parse(readFileSync(baselineUrl, "utf8"));
  const cmp = (name: string, now: number, then: number) => console.log(`${name}: ${now} vs baseline ${then} (${then ? ((now / then - 1) * 100).toFixed(1) : "?"}%)`);
  console.log(`\ncompared with bench/baseline.json (${base.machine?.cpu}, ${base.machine?.cores} cores):`);
  cmp("one core articles/s", report.one_core.articles_per_s, base.one_core?.articles_per_s);
  cmp("one core words/s", report.one_core.words_per_s, base.one_core?.words_per_s);
  cmp("NER tokens/s", report.ner_tokens_per_s, base.ner_tokens_per_s);
  cmp("pool speedup", report.pool.speedup, base.pool?.speedup);
  cmp("peak RSS MB", report.peak_rss_mb, base.peak_rss_mb);
}

function round(x: number, d = 1) { const f = 10 ** d; return Math.round(x * f) / f; }
