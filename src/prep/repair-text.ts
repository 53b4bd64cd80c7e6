// The cleaned text: raw text chunk by chunk (whitespace-free runs), each chunk cleaned (./unicode-cleanup.ts)
// and its fused words split (./fused-words.ts, plus a space between an Arabic word and digits glued to it).
// Every chunk that changes gives one repair (not one per removed mark), with `at` the offset of `after`.
import type { Repair } from "../core/contract.js";
import { C, CLASS } from "./char-class.js";
import { fusedSplits, type FusedOptions } from "./fused-words.js";
import { normalize } from "./normalize.js";
import type { Vocabulary } from "./resources.js";
import { cleanChunk, cleanSpace } from "./unicode-cleanup.js";

export type RepairOptions = { vocab?: Vocabulary; fused?: FusedOptions };

const CHUNK = /\s+|\S+/g;
// Proclitic strings that legitimately sit on digits («و1994», «بـ20», «الـ30») and keep no space.
const DIGIT_PREFIX = new Set(["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "وب", "ول", "فب", "فل", "فال", "كال", "وك", "من", "م"]);

/**
 * Cleans raw text and lists the repairs that turned it into the cleaned text.
 * @example repairText("قوات أرمينياوأذربيجان", { vocab }).text === "قوات أرمينيا وأذربيجان"
 */
export function repairText(raw: string, opt: RepairOptions = {}): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let cache: Map<string, number[]> | undefined;
  if (opt.vocab && opt.fused === undefined) {
    cache = runCache.get(opt.vocab);
    if (cache === undefined) runCache.set(opt.vocab, (cache = new Map()));
  }
  let out = "";
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(raw); m !== null; m = CHUNK.exec(raw)) {
    const chunk = m[0];
    const c0 = chunk.charCodeAt(0);
    const k0 = CLASS[c0];
    if (k0 === C.SPACE || k0 === C.NEWLINE || c0 === 0xfeff) {
      const ws = cleanSpace(chunk);
      if (ws === null) out += chunk;
      else {
        repairs.push({ kind: "unicode", before: chunk, after: ws, at: out.length });
        out += ws;
      }
      continue;
    }
    const cleaned = cleanChunk(chunk);
    const text1 = cleaned ? cleaned.text : chunk;
    const text2 = splitGlued(text1, opt, cache);
    const final = text2 ?? text1;
    if (final !== chunk) {
      const kind = text2 !== null ? "split" : (cleaned?.kind ?? "unicode");
      pushRepair(repairs, kind, chunk, final, out.length);
    }
    out += final;
  }
  return { text: out, repairs };
}

function pushRepair(repairs: Repair[], kind: Repair["kind"], before: string, after: string, at: number): void {
  // trim unchanged punctuation at both ends so the repair shows the word, not «(الولاياتالمتحدة)،»
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before[p] === after[p] && isEdge(before.charCodeAt(p))) p++;
  let s = 0;
  while (s < max - p && before[before.length - 1 - s] === after[after.length - 1 - s] && isEdge(before.charCodeAt(before.length - 1 - s))) s++;
  repairs.push({ kind, before: before.slice(p, before.length - s), after: after.slice(p, after.length - s), at: at + p });
}

function isEdge(code: number): boolean {
  const k = CLASS[code];
  return k === C.PUNCT || k === C.OTHER;
}

/** Inserts the spaces a chunk lost: inside fused Arabic words and between Arabic words and digits. */
function splitGlued(s: string, opt: RepairOptions, cache: Map<string, number[]> | undefined): string | null {
  const n = s.length;
  let cuts: number[] | null = null;
  let i = 0;
  while (i < n) {
    const k = CLASS[s.charCodeAt(i)];
    if (k !== C.AR) { i++; continue; }
    let j = i + 1;
    while (j < n && (CLASS[s.charCodeAt(j)] === C.AR || CLASS[s.charCodeAt(j)] === C.MARK)) j++;
    const run = s.slice(i, j);
    const before = i > 0 ? CLASS[s.charCodeAt(i - 1)] : -1;
    const after = j < n ? CLASS[s.charCodeAt(j)] : -1;
    if (before === C.DIGIT || after === C.DIGIT) {
      const key = normalize(run);
      if (!DIGIT_PREFIX.has(key) && key.length >= 2) {
        if (before === C.DIGIT) (cuts ??= []).push(i);
        if (after === C.DIGIT) (cuts ??= []).push(j);
      }
    }
    if (opt.vocab && j - i >= 5) {
      for (const c of splitRun(run, opt.vocab, opt.fused, cache)) (cuts ??= []).push(i + c);
    }
    i = j;
  }
  if (cuts === null) return null;
  cuts.sort((a, b) => a - b);
  let out = "";
  let prev = 0;
  for (const c of cuts) {
    if (c <= prev && prev !== 0) continue;
    out += s.slice(prev, c) + " ";
    prev = c;
  }
  return out + s.slice(prev);
}

// Words repeat across articles: remember each run's cuts (bounded), per vocabulary.
const runCache = new WeakMap<Vocabulary, Map<string, number[]>>();
const NO_CUTS: number[] = [];

/** Split offsets (in `run`) for one Arabic letter run that may hold marks. */
function splitRun(run: string, vocab: Vocabulary, fused: FusedOptions | undefined, cache: Map<string, number[]> | undefined): number[] {
  if (cache === undefined) return computeSplitRun(run, vocab, fused);
  let cuts = cache.get(run);
  if (cuts === undefined) {
    cuts = computeSplitRun(run, vocab);
    if (cuts.length === 0) cuts = NO_CUTS;
    if (cache.size > 200_000) cache.clear();
    cache.set(run, cuts);
  }
  return cuts;
}

function computeSplitRun(run: string, vocab: Vocabulary, fused?: FusedOptions): number[] {
  let letters = run;
  let index: number[] | null = null;
  for (let i = 0; i < run.length; i++) {
    if (CLASS[run.charCodeAt(i)] === C.MARK) {
      index = [];
      letters = "";
      for (let j = 0; j < run.length; j++) {
        if (CLASS[run.charCodeAt(j)] !== C.MARK) { index.push(j); letters += run[j]; }
      }
      break;
    }
  }
  const norm = normalize(letters);
  if (norm.length !== letters.length) return [];
  const cuts = fusedSplits(norm, letters, vocab, fused);
  return index === null ? cuts : cuts.map((c) => index[c]);
}
