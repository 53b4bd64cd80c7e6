// npm run eval -- prep [--dev]: figures for the text-preparation stage.
// (a) fused-word repair: adjacent word pairs of held-out ANT articles glued together by this script, and false
//     splits in the same articles left as they are; (b) clitic segmentation against UD Arabic-PUD;
// (c) throughput of prepare(). The vocabulary in data/prep/ was built without these articles
// (scripts/build-prep.ts: test slice = ids that are multiples of 10, dev slice = ids ending in 5).
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { fileURLToPath } from "node:url";
import { segmentWord } from "../../src/prep/clitics.js";
import { prepare } from "../../src/prep/index.js";
import { loadPrepResources } from "../../src/prep/load.js";
import { normalize } from "../../src/prep/normalize.js";
import { repairText } from "../../src/prep/repair-text.js";
import { cleanChunk } from "../../src/prep/unicode-cleanup.js";
import { antSlice, readAnt, ANT_PATH, type AntArticle } from "../build-prep.js";

const SNN = fileURLToPath(new URL("../../../shared/data/corpus/saudinewsnet.jsonl.gz", import.meta.url));
const PUD = fileURLToPath(new URL("../../../shared/data/segmentation/ar_pud.conllu", import.meta.url));
const AR_WORD = /^[\u0621-\u064A]+$/;

export async function main(args: string[]): Promise<void> {
  const slice = args.includes("--dev") ? "dev" : "test";
  const res = loadPrepResources();
  const articles: AntArticle[] = [];
  for await (const a of readAnt()) if (antSlice(a.id) === slice) articles.push(a);
  console.log(`data: ${ANT_PATH} (${slice} slice: ${articles.length} articles, held out of data/prep/vocab.tsv)`);
  await fused(articles, res);
  segmentation(res);
  speed(articles, res);
}

/** Deterministic PRNG (mulberry32) so that the glued pairs are the same on every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function fused(articles: AntArticle[], res: ReturnType<typeof loadPrepResources>): Promise<void> {
  const rand = rng(42);
  let glued = 0;
  let splitMade = 0;
  let correct = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const a of articles) {
    const words = a.text.split(/[ \t]+/);
    for (let i = 0; i + 1 < words.length; i++) {
      const w1 = words[i];
      const w2 = words[i + 1];
      if (!AR_WORD.test(w1) || !AR_WORD.test(w2) || w1.length < 2 || w2.length < 2) continue;
      if (rand() > 0.05) continue; // about one pair in twenty
      const g = w1 + w2;
      if (cleanChunk(g) !== null) continue;
      glued++;
      const out = repairText(g, { vocab: res.vocab }).text;
      if (out !== g) splitMade++;
      if (out === `${w1} ${w2}`) correct++;
      else if (out === g) { if (misses.length < 15) misses.push(`${w1}+${w2}`); }
      else if (wrong.length < 15) wrong.push(`${w1}+${w2} → ${out}`);
      i++;
    }
  }
  // false splits: the same held-out articles as written (upper bound: the corpus has real fused words too)
  let words = 0;
  const found: { whole: string; left: string; right: string; shown: string }[] = [];
  let digitSplits = 0;
  for (const a of articles) {
    words += a.text.split(/\s+/).filter(Boolean).length;
    for (const r of repairText(a.text, { vocab: res.vocab }).repairs) {
      if (r.kind !== "split") continue;
      const parts = normalize(r.after).split(" ").filter((p) => AR_WORD.test(p));
      if (parts.length < 2) { digitSplits++; continue; }
      for (let k = 0; k + 1 < parts.length; k++) {
        found.push({ whole: parts[k] + parts[k + 1], left: parts[k], right: parts[k + 1], shown: `${r.before} → ${r.after}` });
      }
    }
  }
  const real = await judgeSplits(found);
  const falseOnes = found.filter((f) => !real.has(`${f.left} ${f.right}`));
  const p = correct / Math.max(1, splitMade);
  const r = correct / Math.max(1, glued);
  console.log(`\n(a) fused-word repair on ${glued} glued pairs of adjacent Arabic words (1 in 20, seed 42)`);
  console.log(`    precision ${p.toFixed(3)} (${correct}/${splitMade} splits exactly right)   recall ${r.toFixed(3)} (${correct}/${glued})`);
  console.log(`    missed, e.g.: ${misses.join("  ")}`);
  console.log(`    wrong, e.g.: ${wrong.join("  ")}`);
  const per10k = (x: number) => ((x / words) * 10000).toFixed(2);
  console.log(`    unglued text (${words} words): ${found.length} word splits (${per10k(found.length)} per 10,000 words), plus ${digitSplits} letter/digit separations`);
  console.log(`    the corpus has real fused words; judged against SaudiNewsNet (${SNN}, evaluation only: «l r» spaced at`);
  console.log(`    least as often as «lr» joined, and seen spaced or both parts common), ${falseOnes.length} are false:`);
  console.log(`    FALSE SPLITS ${per10k(falseOnes.length)} per 10,000 words: ${falseOnes.map((f) => f.shown).join("  |  ")}`);
  console.log(`    judged real, e.g.: ${found.filter((f) => real.has(`${f.left} ${f.right}`)).slice(0, 25).map((f) => f.shown).join("  |  ")}`);
}

/**
 * Judges splits found in unglued text with an independent corpus (SaudiNewsNet, used for evaluation only):
 * a split of w into «l r» is a real fused word when «l r» occurs spaced in SaudiNewsNet at least as often as
 * w occurs as one token, and either occurs there at all or both parts are common words there (20+ times). Returns the set of judged-real "l r" keys (normalized).
 */
export async function judgeSplits(splits: { whole: string; left: string; right: string }[]): Promise<Set<string>> {
  const tokens = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const s of splits) { tokens.set(s.whole, 0); tokens.set(s.left, 0); tokens.set(s.right, 0); pairs.set(`${s.left} ${s.right}`, 0); }
  const rl = createInterface({ input: createReadStream(SNN).pipe(createGunzip()), crlfDelay: Infinity });
  const WORD = /[\u0621-\u064A\u064B-\u065F\u0640]+|[^\s\u0621-\u064A\u064B-\u065F\u0640]+/g;
  for await (const line of rl) {
    if (!line) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    let prev = "";
    for (const m of text.matchAll(WORD)) {
      const w = normalize(m[0]);
      const t = tokens.get(w);
      if (t !== undefined) tokens.set(w, t + 1);
      const k = `${prev} ${w}`;
      const p = pairs.get(k);
      if (p !== undefined) pairs.set(k, p + 1);
      prev = w;
    }
  }
  const real = new Set<string>();
  for (const s of splits) {
    const k = `${s.left} ${s.right}`;
    const p = pairs.get(k) ?? 0;
    const partsCommon = Math.min(tokens.get(s.left) ?? 0, tokens.get(s.right) ?? 0) >= 20;
    if (p >= (tokens.get(s.whole) ?? 0) && (p >= 1 || partsCommon)) real.add(k);
  }
  return real;
}

type PudWord = { surface: string; gold: string[]; sent: number };

function readPud(): PudWord[] {
  const out: PudWord[] = [];
  let cur: string[] = [];
  let sent = 0;
  const flush = () => { if (cur.length) out.push({ surface: cur.join(""), gold: cur, sent }); cur = []; };
  for (const line of readFileSync(PUD, "utf8").split("\n")) {
    if (line === "") { flush(); sent++; continue; }
    if (line.startsWith("#")) continue;
    const c = line.split("\t");
    if (c[0].includes("-") || c[0].includes(".")) continue;
    if (c[3] === "PUNCT") { flush(); continue; }
    cur.push(c[1]);
    if (!c[9].includes("SpaceAfter=No")) flush();
  }
  flush();
  return out;
}

function segmentation(res: ReturnType<typeof loadPrepResources>): void {
  const words = readPud().filter((w) => AR_WORD.test(normalize(w.surface)));
  const rows: Record<string, { n: number; ok: number }> = {};
  const bump = (k: string, ok: boolean) => { (rows[k] ??= { n: 0, ok: 0 }).n++; if (ok) rows[k].ok++; };
  const errors: string[] = [];
  for (const w of words) {
    // UD-PUD writes the article attached to its noun, so the article morph is joined to what follows it
    const pieces: string[] = [];
    let det = "";
    for (const m of segmentWord(w.surface, 0, res.vocab)) {
      if (m.tag === "DET") { det += m.text; continue; }
      pieces.push(det + m.text);
      det = "";
    }
    if (det) pieces.push(det);
    const ok = pieces.length === w.gold.length && pieces.every((p, i) => normalize(p) === normalize(w.gold[i]));
    const half = w.sent < 500 ? "sentences 1-500" : "sentences 501-1000";
    bump("all", ok);
    bump(half, ok);
    bump(w.gold.length > 1 ? "gold has clitics" : "gold has none", ok);
    if (!ok && errors.length < 60) errors.push(`${w.gold.join("+")}→${pieces.join("+")}`);
  }
  console.log(`\n(b) clitic segmentation, word-level accuracy on UD Arabic-PUD (${PUD}), Arabic words only;`);
  console.log(`    a word is right when its pieces equal the gold tokens (normalized, article joined to its noun as in UD)`);
  for (const [k, v] of Object.entries(rows)) console.log(`    ${k.padEnd(20)} ${(v.ok / v.n * 100).toFixed(2)}% (${v.ok}/${v.n})`);
  console.log(`    errors, e.g. (gold→ours): ${errors.join("  ")}`);
}

function speed(articles: AntArticle[], res: ReturnType<typeof loadPrepResources>): void {
  const texts = articles.map((a) => a.text);
  let words = 0;
  for (const t of texts) words += t.split(/\s+/).filter(Boolean).length;
  // CPU time of this process (the machine is shared, wall time is not a measure of the code)
  const cpu = (f: () => void) => { const c0 = process.cpuUsage(); f(); const c = process.cpuUsage(c0); return (c.user + c.system) / 1e6; };
  const fresh = { ...res }; // new resources object: empty per-form caches
  const cold = cpu(() => { for (const t of texts) prepare(t, fresh); });
  const rounds = 3;
  const warm = cpu(() => { for (let r = 0; r < rounds; r++) for (const t of texts) prepare(t, fresh); });
  const rate = (w: number, s: number) => `${Math.round(w / s)} words/s = ${Math.round(w / s / 400)} articles/s of 400 words`;
  console.log(`\n(c) prepare() speed on the ${texts.length} held-out articles (${words} words), CPU time, one core:`);
  console.log(`    first pass (empty word caches): ${rate(words, cold)}`);
  console.log(`    next ${rounds} passes (caches filled): ${rate(words * rounds, warm)}`);
}
