// npm run train -- events-topic: trains the events stage's document topic gate (multinomial naive Bayes over
// normalized word stems) on the section labels of the ANT corpus (../shared/data/corpus/ant.jsonl.gz,
// Apache-2.0, Chouigui, Ben Khiroun & Elayeb, AICCSA 2017) and writes models/events/topic.json.
// Classes: sport, economy (economy + technology), culture, news (internationalNews, politic, localNews,
// society, diverse). Articles used by the gold sets (gold/dev/*, gold/dev-nonviolent/*) are EXCLUDED from
// training, and 10% of the rest (by id hash) is held out to report accuracy. Deterministic.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { normalize } from "../../src/prep/normalize.js";
import { parseTopicModel, topicFeature, topicPosterior } from "../../src/events/topic.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLASSES = ["news", "sport", "economy", "culture"];
const NON_NEWS = ["sport", "economy", "culture"];
const CLASS_OF: Record<string, string> = {
  sport: "sport", economy: "economy", technology: "economy", culture: "culture",
  internationalNews: "news", politic: "news", localNews: "news", society: "news", diverse: "news",
};
const VOCAB = 12000;
const MIN_DF = 5;

function goldIds(): Set<string> {
  const ids = new Set<string>();
  const dev = join(ROOT, "gold/dev");
  if (existsSync(dev)) for (const d of readdirSync(dev)) ids.add(d);
  const nv = join(ROOT, "gold/dev-nonviolent");
  if (existsSync(nv)) for (const f of readdirSync(nv)) ids.add(f.replace(/\.json$/, ""));
  return ids;
}

const held = (id: string) => createHash("sha1").update(id).digest()[0] < 26; // ~10%

function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\u0621-\u064A\u064B-\u0652\u0640]+/g)) out.push(normalize(m[0]));
  return out;
}

export async function main(_args: string[]): Promise<void> {
  const src = join(ROOT, "../shared/data/corpus/ant.jsonl.gz");
  const lines = gunzipSync(readFileSync(src)).toString("utf8").split("\n").filter(Boolean);
  const exclude = goldIds();
  type Doc = { id: string; c: number; words: string[] };
  const train: Doc[] = [];
  const test: Doc[] = [];
  let excluded = 0;
  for (const line of lines) {
    const j = JSON.parse(line) as { id: string; category: string | null; title?: string; text: string };
    const cls = j.category ? CLASS_OF[j.category] : undefined;
    if (!cls) continue;
    if (exclude.has(j.id)) { excluded++; continue; }
    const d = { id: j.id, c: CLASSES.indexOf(cls), words: words(`${j.title ?? ""} ${j.text}`) };
    (held(j.id) ? test : train).push(d);
  }
  // vocabulary: features seen in at least MIN_DF training documents, the most frequent first
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  for (const d of train) {
    const seen = new Set<string>();
    for (const w of d.words) {
      const f = topicFeature(w);
      if (!f) continue;
      tf.set(f, (tf.get(f) ?? 0) + 1);
      if (!seen.has(f)) { seen.add(f); df.set(f, (df.get(f) ?? 0) + 1); }
    }
  }
  const vocab = [...tf.entries()].filter(([f]) => (df.get(f) ?? 0) >= MIN_DF).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, VOCAB).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const counts = CLASSES.map(() => new Float64Array(vocab.length));
  const docs = CLASSES.map(() => 0);
  for (const d of train) {
    docs[d.c]++;
    for (const w of d.words) {
      const f = topicFeature(w);
      const i = f === null ? undefined : index.get(f);
      if (i !== undefined) counts[d.c][i]++;
    }
  }
  // Laplace smoothing; priors flattened (square root) so that the large news class does not swamp the rest
  const totals = counts.map((c) => c.reduce((a, b) => a + b, 0));
  const logp = vocab.map((_, i) => CLASSES.map((_, c) => Math.round(Math.log((counts[c][i] + 1) / (totals[c] + vocab.length)) * 1000) / 1000));
  const z = docs.reduce((a, b) => a + Math.sqrt(b), 0);
  const prior = docs.map((n) => Math.round(Math.log(Math.sqrt(n) / z) * 1000) / 1000);
  const json = JSON.stringify({ classes: CLASSES, prior, words: vocab, logp, nonNews: NON_NEWS });
  const outDir = join(ROOT, "models/events");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "topic.json"), json);
  // held-out accuracy
  const model = parseTopicModel(json);
  let ok = 0;
  let nnTp = 0, nnFp = 0, nnFn = 0;
  for (const d of test) {
    const post = topicPosterior(model, d.words);
    const best = post.indexOf(Math.max(...post));
    if (best === d.c) ok++;
    const predNN = post[0] < 0.5;
    const goldNN = d.c !== 0;
    if (predNN && goldNN) nnTp++;
    else if (predNN) nnFp++;
    else if (goldNN) nnFn++;
  }
  console.log(`data: ${src}: ${train.length} training, ${test.length} held-out articles; ${excluded} gold articles excluded`);
  console.log(`vocabulary ${vocab.length}; class documents ${CLASSES.map((c, i) => `${c}=${docs[i]}`).join(" ")}`);
  console.log(`held-out accuracy ${(ok / test.length).toFixed(3)}; non-news detection P=${(nnTp / (nnTp + nnFp)).toFixed(3)} R=${(nnTp / (nnTp + nnFn)).toFixed(3)}`);
  console.log(`wrote models/events/topic.json (${(json.length / 1e6).toFixed(2)} MB)`);
}
