// Builds data/prep/ from the ANT corpus (Apache-2.0): the word-frequency vocabulary that the fused-word repair
// and the clitic segmenter consult, and the sentence-start cue words. Run: npx tsx scripts/build-prep.ts
//
// Held out (never counted, kept for scripts/eval/prep.ts): every article whose numeric id is a multiple of 10
// (test slice) and every article whose id ends in 5 (dev slice, used while choosing thresholds).
import { createReadStream, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { createGunzip, gunzipSync } from "node:zlib";
import { normalize } from "../src/prep/normalize.js";

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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
