// Builds data/prep/ from the ANT corpus (Apache-2.0): the word-frequency vocabulary that the fused-word repair
// and the clitic segmenter consult, and the sentence-start cue words. Run: npx tsx scripts/build-prep.ts
// With --fit-fused it instead learns the weights of the fused-word repair (FUSED_DEFAULTS in
// src/prep/fused-words.ts) on the dev slice from the data/prep/ files already built, and prints them.
//
// Held out (never counted, kept for scripts/eval/prep.ts): every article whose numeric id is a multiple of 10
// (test slice) and every article whose id ends in 5 (dev slice, used while choosing thresholds).
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip, gunzipSync } from "node:zlib";
import { cutFeatures, FEATURE_COUNT, FUSED_FEATURES, FUSED_DEFAULTS, wholeFeatures } from "../src/prep/fused-words.js";
import { loadPrepResources } from "../src/prep/load.js";
import { normalize } from "../src/prep/normalize.js";
import { seededRandom } from "../src/core/random.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
export const ANT_PATH = fileURLToPath(new URL("../../shared/data/corpus/ant.jsonl.gz", import.meta.url));
const OUT = `${ROOT}data/prep/`;
const PLACES = fileURLToPath(new URL("../../shared/data/places/places.tsv", import.meta.url));
const ACTORS = fileURLToPath(new URL("../../shared/data/actors/arabic_actor_dictionary.tsv", import.meta.url));
const NAME_COUNT = 20;
const NER = fileURLToPath(new URL("../../shared/data/ner/", import.meta.url));
/** Other running Arabic text whose word statistics we may ship (share-alike noted in data/prep/README.md):
 *  WikiFANE Gold (Wikipedia, CC BY-SA 3.0), ANERcorp train part (CC BY-SA 4.0), the Wojood sample (MIT).
 *  One `token<TAB or space>tags` per line, a blank line between sentences. */
const EXTRA_CORPORA: { path: string; gz: boolean }[] = [
  { path: `${NER}wikifane/WikiFANE_Gold_2014_500K.txt.gz`, gz: true },
  { path: `${NER}anercorp-train.txt`, gz: false },
  { path: `${NER}wojood_train.txt`, gz: false },
  { path: `${NER}wojood_val.txt`, gz: false },
  { path: `${NER}wojood_test.txt`, gz: false },
];

/** The sentences of a one-token-per-line corpus, tokens joined by spaces (punctuation tokens stay between words). */
export function* tokenLines(raw: string): Generator<string> {
  let cur: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    const tok = line.replace(/[\u200B-\u200F\uFEFF]/g, "").split(/[\t ]/)[0];
    if (!tok) { if (cur.length) yield cur.join(" "); cur = []; continue; }
    cur.push(tok);
  }
  if (cur.length) yield cur.join(" ");
}

export type AntArticle = { id: string; title: string | null; text: string };

/** Which part of ANT an article belongs to: "test" (id % 10 == 0), "dev" (id % 10 == 5) or "train". */
export function antSlice(id: string): "train" | "dev" | "test" {
  const n = Number(id.replace(/\D/g, ""));
  if (n % 10 === 0) return "test";
  if (n % 10 === 5) return "dev";
  return "train";
}

export async function* readAnt(path = ANT_PATH): AsyncGenerator<AntArticle> {
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim()) yield JSON.parse(line) as AntArticle;
  }
}

// Arabic letter runs (marks and tatweel kept inside, stripped by normalize).
const WORD = /[\u0621-\u064A\u0671-\u06D3\u06D5\u06FA-\u06FF\u064B-\u065F\u0670\u0640]+/g;
const MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/g;
// A sentence start: the beginning of a line or the first word after . ! ? ؟
const START = /(?:^|[\n.!?؟]\s*)([\u0621-\u064A]+)/g;

async function main(): Promise<void> {
  const freq = new Map<string, number>();
  const startFreq = new Map<string, number>();
  const bigrams = new Map<string, number>();
  const spell = new Map<string, Map<string, number>>(); // normalized word → its spellings (marks removed) and counts
  let articles = 0;
  let words = 0;
  const countText = (text: string) => {
    let prev = "";
    let prevEnd = -1;
    for (const m of text.matchAll(WORD)) {
      const w = normalize(m[0]);
      if (w.length === 0) continue;
      words++;
      freq.set(w, (freq.get(w) ?? 0) + 1);
      const sf = m[0].replace(MARKS, "");
      let sp = spell.get(w);
      if (sp === undefined) spell.set(w, (sp = new Map()));
      sp.set(sf, (sp.get(sf) ?? 0) + 1);
      // adjacent words with nothing but spaces between them
      if (prevEnd >= 0 && /^[ \t]+$/.test(text.slice(prevEnd, m.index))) {
        const k = `${prev} ${w}`;
        bigrams.set(k, (bigrams.get(k) ?? 0) + 1);
      }
      prev = w;
      prevEnd = m.index + m[0].length;
    }
  };
  for await (const a of readAnt()) {
    if (antSlice(a.id) !== "train") continue;
    articles++;
    const text = `${a.title ?? ""}\n${a.text}`.replace(INVISIBLE, "");
    countText(text);
    for (const m of text.matchAll(START)) {
      const w = normalize(m[1]);
      startFreq.set(w, (startFreq.get(w) ?? 0) + 1);
    }
  }
  const antWords = words;
  const antFreq = new Map(freq); // sentence cues are ANT's alone (the other corpora are one token per line)
  for (const c of EXTRA_CORPORA) {
    const buf = readFileSync(c.path);
    const raw = (c.gz ? gunzipSync(buf) : buf).toString("utf8");
    for (const sent of tokenLines(raw)) countText(sent.replace(INVISIBLE, ""));
  }
  // Names the news is full of but a Tunisian corpus may never print («أرمينيا»): Arabic country names from
  // Unicode CLDR (Node's Intl), Arabic names of places with population >= 100,000 (GeoNames, CC BY 4.0) and
  // the phrases of the Universal-PETRARCH Arabic actor dictionary (MIT). Each word gets NAME_COUNT on top.
  const names = new Set<string>();
  const addPhrase = (p: string) => { for (const m of p.matchAll(WORD)) { const w = normalize(m[0]); if (w.length >= 3) names.add(w); } };
  const dn = new Intl.DisplayNames("ar", { type: "region" });
  const AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (const a of AZ) for (const b of AZ) { try { const x = dn.of(a + b); if (x && x !== a + b) addPhrase(x); } catch { /* not a region */ } }
  for (const line of readFileSync(PLACES, "utf8").split("\n").slice(1)) {
    const c = line.split("\t");
    if (c.length < 11) continue;
    if (c[8] === "A" ? c[9] === "PCL" : Number(c[10]) >= 100_000) for (const nm of c[2].split("|")) addPhrase(nm);
  }
  for (const line of readFileSync(ACTORS, "utf8").split("\n").slice(1)) addPhrase(line.split("\t")[0] ?? "");
  for (const w of names) freq.set(w, (freq.get(w) ?? 0) + NAME_COUNT);
  const MIN = 2;
  const rows = [...freq].filter(([, c]) => c >= MIN).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}vocab.tsv`, `# words ${words} ant_words ${antWords} articles ${articles} min_count ${MIN}\n${rows.map(([w, c]) => `${w}\t${c}`).join("\n")}\n`);
  const brows = [...bigrams].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  writeFileSync(`${OUT}bigrams.tsv`, `# adjacent word pairs (normalized, space-separated) seen at least twice\n${brows.map(([w, c]) => `${w}\t${c}`).join("\n")}\n`);
  // Spellings: for words seen 5+ times that are not always written as their normalized form, how often each
  // spelling (hamza seat, final ى or ي, ة) was seen; a spelling seen once is left out.
  const srows: string[] = [];
  for (const [w, sp] of spell) {
    let n = 0;
    for (const c of sp.values()) n += c;
    if (n < 5 || (sp.size === 1 && sp.has(w))) continue;
    const kept = [...sp].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    srows.push(`${w}\t${n}\t${kept.map(([f, c]) => `${f} ${c}`).join("\t")}`);
  }
  srows.sort();
  writeFileSync(`${OUT}spellings.tsv`, `# normalized word<TAB>times seen<TAB>spelling count<TAB>... (spellings seen twice or more)\n${srows.join("\n")}\n`);
  // Cue words: words that open a sentence at least 40% of the time they occur (and often enough to trust).
  const cues = [...startFreq]
    .filter(([w, s]) => s >= 30 && s / (antFreq.get(w) ?? s) >= 0.4 && w.length >= 3)
    .sort((a, b) => b[1] - a[1])
    .map(([w, s]) => `${w}\t${s}\t${(s / (antFreq.get(w) ?? s)).toFixed(3)}`);
  writeFileSync(`${OUT}sentence-cues.tsv`, `# word\tsentence_starts\tratio\n${cues.join("\n")}\n`);
  console.log(`ANT train slice: ${articles} articles, ${antWords} words; with WikiFANE, ANERcorp train, Wojood: ${words} words, ${freq.size} types, ${rows.length} kept (count >= ${MIN}), ${cues.length} cue words, ${names.size} name words, ${brows.length} word pairs`);
}

/** Adjacent Arabic words of an article that an evaluation glues together: about one pair in twenty, drawn by `rand`. */
export function* gluedPairs(text: string, rand: () => number): Generator<[string, string]> {
  const AR = /^[\u0621-\u064A]+$/;
  const ws = text.split(/[ \t]+/);
  for (let i = 0; i + 1 < ws.length; i++) {
    const w1 = ws[i];
    const w2 = ws[i + 1];
    if (!AR.test(w1) || !AR.test(w2) || w1.length < 2 || w2.length < 2) continue;
    if (rand() > 0.05) continue;
    yield [w1, w2];
    i++;
  }
}

/**
 * Learns FUSED_DEFAULTS: logistic regression (L2, Newton steps) of "a space was lost here" over every cut that is
 * not ruled out, in adjacent word pairs of the dev slice glued together (the right cut is a positive, the others
 * negatives) and in the dev slice's words as written (every cut a negative, weighted by occurrences; the few
 * real fused words among them only make the model more careful). The threshold is the lowest score at which
 * all splits made in the dev text as written stay within FUSED_WRITTEN_CAP per 10,000 words. Uses no
 * SaudiNewsNet, and no test-slice article.
 */
const FUSED_L2 = 1;
const FUSED_WRITTEN_CAP = 4;
async function fitFused(): Promise<void> {
  const vocab = loadPrepResources().vocab!;
  const rand = seededRandom(42);
  type Row = { group: number; y: number; w: number; f: Float64Array };
  const rows: Row[] = [];
  const groups: { glued: boolean; w: number }[] = [];
  let words = 0;
  const written = new Map<string, number>();
  const f = new Float64Array(FEATURE_COUNT);
  const addWord = (surface: string, gold: number, w: number) => {
    const n = normalize(surface);
    if (n.length !== surface.length || n.length < 5 || vocab.count(n) >= 200) return;
    const g = groups.length;
    groups.push({ glued: gold > 0, w });
    f.fill(0);
    wholeFeatures(n, surface, vocab, f);
    const whole = f.slice();
    for (let i = 2; i <= n.length - 2; i++) {
      f.fill(0);
      if (!cutFeatures(n, surface, i, vocab, f)) continue;
      for (let k = 0; k < FEATURE_COUNT; k++) if (whole[k] !== 0) f[k] = whole[k];
      rows.push({ group: g, y: i === gold ? 1 : 0, w, f: f.slice() });
    }
  };
  for await (const a of readAnt()) {
    if (antSlice(a.id) !== "dev") continue;
    for (const [w1, w2] of gluedPairs(a.text, rand)) addWord(w1 + w2, w1.length, 1);
    words += a.text.split(/\s+/).filter(Boolean).length;
    for (const m of a.text.matchAll(/[\u0621-\u064A]+/g)) if (m[0].length >= 5) written.set(m[0], (written.get(m[0]) ?? 0) + 1);
  }
  const nGlued = groups.length;
  for (const [w, c] of written) addWord(w, -1, c);
  // Newton's method on the weighted, L2-penalised log loss
  const K = FEATURE_COUNT;
  const wt = new Float64Array(K);
  for (let it = 0; it < 50; it++) {
    const grad = new Float64Array(K);
    const hess = Array.from({ length: K }, () => new Float64Array(K));
    for (const r of rows) {
      let z = 0;
      for (let k = 0; k < K; k++) z += wt[k] * r.f[k];
      const p = 1 / (1 + Math.exp(-z));
      const g = r.w * (p - r.y);
      const h = r.w * p * (1 - p);
      for (let a = 0; a < K; a++) {
        if (r.f[a] === 0) continue;
        grad[a] += g * r.f[a];
        for (let b = 0; b < K; b++) hess[a][b] += h * r.f[a] * r.f[b];
      }
    }
    for (let a = 0; a < K; a++) { grad[a] += FUSED_L2 * wt[a]; hess[a][a] += FUSED_L2; }
    const step = solve(hess, grad);
    let max = 0;
    for (let k = 0; k < K; k++) { wt[k] -= step[k]; max = Math.max(max, Math.abs(step[k])); }
    if (max < 1e-8) break;
  }
  // the fused-word repair scores a word's cuts without its whole-word features first: they must not raise a score
  for (const k of ["whole", "wholeRaw"] as const) wt[FUSED_FEATURES.indexOf(k)] = Math.min(0, wt[FUSED_FEATURES.indexOf(k)]);
  // each word's best cut and its score
  const best = groups.map(() => ({ score: -Infinity, y: 0 }));
  for (const r of rows) {
    let z = 0;
    for (let k = 0; k < K; k++) z += wt[k] * r.f[k];
    if (z > best[r.group].score) best[r.group] = { score: z, y: r.y };
  }
  const rate = (th: number) => {
    let made = 0, ok = 0, split = 0;
    best.forEach((b, g) => {
      if (b.score < th) return;
      if (groups[g].glued) { made++; ok += b.y; } else split += groups[g].w;
    });
    return { p: ok / Math.max(1, made), r: ok / nGlued, per10k: (split / words) * 10000 };
  };
  let th = -2;
  while (rate(th).per10k > FUSED_WRITTEN_CAP) th += 0.05;
  th = Math.round(th * 100) / 100;
  const x = rate(th);
  console.log(`dev slice: ${nGlued} glued pairs, ${words} words as written, ${rows.length} cuts`);
  console.log(`threshold ${th}: dev precision ${x.p.toFixed(3)} recall ${x.r.toFixed(3)}, splits in the text as written ${x.per10k.toFixed(2)} per 10,000 words`);
  const old = FUSED_DEFAULTS.weights.map((v) => v.toFixed(3)).join(", ");
  console.log(`was: weights [${old}], threshold ${FUSED_DEFAULTS.threshold}`);
  console.log(`export const FUSED_DEFAULTS: FusedOptions = {\n  weights: [${Array.from(wt, (v) => Number(v.toFixed(3))).join(", ")}],\n  threshold: ${th},\n};`);
}

/** Solves A x = b (Gaussian elimination with partial pivoting; A is small and positive definite). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = c + 1; r < n; r++) {
      const q = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= q * M[c][k];
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / M[r][r];
  }
  return x;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await (process.argv.includes("--fit-fused") ? fitFused() : main());
