// npm run eval -- ner [--model DIR] [--fold K]: entity-level P/R/F1 (conlleval rules: exact span and type)
// per type and overall on the fixed ANERcorp dev split (the last 10% of sentences of
// ../shared/data/ner/anercorp-train.txt), in ANERcorp's tag set, with and without cross-sentence
// consistency (runs of 10 sentences stand in for documents, as in `rasd ner`), plus tagging speed in tokens
// per second on one thread and the model's load time. --fold K (0-8) scores another tenth instead (for
// cross-validation with a model trained by `npm run train -- ner --fold K`).
import { performance } from "node:perf_hooks";
import { count, score, type Counts } from "../../src/ner/conlleval.js";
import { CONLL_DOC_SENTENCES, tagDocument } from "../../src/ner/index.js";
import { loadNerModel } from "../../src/ner/load.js";
import { LABELS, tagIndices, type NerModel } from "../../src/ner/model.js";
import type { ConllSentence } from "../../src/ner/conll.js";
import { seededRandom as rng } from "../../src/core/random.js";

function table(title: string, dev: ConllSentence[], preds: Uint8Array[]): void {
  const acc = new Map<string, Counts>();
  dev.forEach((s, k) => count(acc, s.tags, Array.from(preds[k], (i) => LABELS[i])));
  console.log(`\n${title}`);
  console.log("type   gold  pred  correct  precision  recall     F1");
  for (const type of ["PERS", "LOC", "ORG", "MISC", "ALL"]) {
    const s = score(acc.get(type) ?? { gold: 0, pred: 0, correct: 0 });
    console.log(`${type.padEnd(5)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} ${String(s.correct).padStart(8)}  ${s.precision.toFixed(2).padStart(9)}  ${s.recall.toFixed(2).padStart(6)}  ${s.f1.toFixed(2).padStart(6)}`);
  }
}

function tagAll(model: NerModel, dev: ConllSentence[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let d = 0; d < dev.length; d += CONLL_DOC_SENTENCES) out.push(...tagDocument(model, dev.slice(d, d + CONLL_DOC_SENTENCES).map((s) => s.tokens)));
  return out;
}

export async function main(args: string[]): Promise<void> {
  const mi = args.indexOf("--model");
  const t0 = performance.now();
  const loaded = mi >= 0 ? loadNerModel(args[mi + 1]) : loadNerModel();
  const bi = args.indexOf("--o-bias");
  // --o-bias X overrides the model's decoding bias (to tune it on a cross-validation fold, never on dev)
  const model: NerModel = bi >= 0 ? { ...loaded, oBias: Number(args[bi + 1]) } : loaded;
  const loadMs = performance.now() - t0;
  if (args.includes("--speed-only")) return speedOnly(model);
  const fi = args.indexOf("--fold");
  const fold = fi >= 0 ? Number(args[fi + 1]) : 9;
  const { anercorpSplit } = await import("../train/ner.js");
  const { train, dev } = anercorpSplit(fold);
  const devTokens = dev.reduce((a, s) => a + s.tokens.length, 0);
  console.log(`data: ../shared/data/ner/anercorp-train.txt (CAMeL train part), ${fold === 9 ? "fixed dev = the last" : `fold ${fold}:`} ${dev.length} of ${train.length + dev.length} sentences (${devTokens} tokens)`);
  const opts = [...(model.res.options ?? [])].join(",") || "none";
  console.log(`model: ${model.version} (${model.scheme.name.toUpperCase()} tags, optional features: ${opts}), loaded in ${loadMs.toFixed(0)} ms`);

  table("sentence by sentence (tagger alone):", dev, dev.map((s) => tagIndices(model, s.tokens)));
  table(`with consistency over runs of ${CONLL_DOC_SENTENCES} sentences (what rasd ner does; the headline figure):`, dev, tagAll(model, dev));

  // speed on one thread, the whole path of `rasd ner` minus I/O (warm-up pass first)
  console.log("");
  speed("dev sentences", model, dev);
}

/**
 * --speed-only: tokens per second without ../shared (for a clean machine): 2,000 sentences of 30 words
 * drawn (seeded) from the model's own cluster vocabulary (ANT news words), tagged in runs of 10 sentences.
 */
function speedOnly(model: NerModel): void {
  const vocab = [...model.res.clusters.keys()];
  const rand = rng(7);
  const sents: ConllSentence[] = [];
  for (let s = 0; s < 2000; s++) {
    const tokens = Array.from({ length: 30 }, () => vocab[Math.floor(rand() * vocab.length)]);
    sents.push({ tokens, tags: tokens.map(() => "O") });
  }
  speed("synthetic sentences of ANT words", model, sents);
}

/**
 * Tokens per second on one thread, by wall clock and by the process's CPU time (the fair figure for "one
 * core" on a shared machine, where the wall clock also counts time spent waiting for the core).
 */
function speed(what: string, model: NerModel, sents: ConllSentence[]): void {
  const n = sents.reduce((a, s) => a + s.tokens.length, 0);
  tagAll(model, sents);
  let tokens = 0;
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  while (performance.now() - t1 < 3000) { tagAll(model, sents); tokens += n; }
  const secs = (performance.now() - t1) / 1000;
  const c = process.cpuUsage(c1);
  const cpu = (c.user + c.system) / 1e6;
  console.log(`speed (${what}): ${Math.round(tokens / cpu).toLocaleString("en")} tokens per CPU-second; ${Math.round(tokens / secs).toLocaleString("en")} tokens/s wall (${tokens} tokens, ${secs.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU, one thread)`);
}
