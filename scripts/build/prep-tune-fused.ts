// Grid search for FUSED_DEFAULTS (src/prep/fused-words.ts) on the dev slice of ANT (ids ending in 5); false splits
// judged against SaudiNewsNet as in scripts/eval/prep.ts. Run: npx tsx scripts/build/prep-tune-fused.ts (minutes).
import { fusedSplits, FUSED_DEFAULTS, type FusedOptions } from "../../src/prep/fused-words.js";
import { loadPrepResources } from "../../src/prep/load.js";
import { normalize } from "../../src/prep/normalize.js";
import { antSlice, readAnt } from "../build-prep.js";
import { judgeSplits } from "../eval/prep.js";
const res = loadPrepResources();
const vocab = res.vocab!;
const AR = /^[\u0621-\u064A]+$/;
let seed = 42;
const rand = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pairs: [string, string][] = [];
const single = new Map<string, number>();
let words = 0;
for await (const a of readAnt()) {
  if (antSlice(a.id) !== "dev") continue;
  const ws = a.text.split(/[ \t]+/);
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!AR.test(ws[i]) || !AR.test(ws[i + 1]) || ws[i].length < 2 || ws[i + 1].length < 2) continue;
    if (rand() > 0.05) continue;
    pairs.push([ws[i], ws[i + 1]]); i++;
  }
  for (const m of a.text.matchAll(/[\u0621-\u064A]+/g)) { words++; if (m[0].length >= 5) single.set(m[0], (single.get(m[0]) ?? 0) + 1); }
}
// candidates: every split any setting might make (loosest settings)
const loose = { threshold: -5, wholeWeight: 1.5, strongCue: 5, weakCue: 1, shortPenalty: 0.5, pairWeight: 2, shapeWeight: 0, strongWeight: 0, unseenProven: 2, tinyPenalty: 0, stemWeight: 0.5, spellWeight: 0 };
const cands: { whole: string; left: string; right: string }[] = [];
for (const [w] of single) { const nw = normalize(w); for (const c of fusedSplits(nw, w, vocab, loose).slice(0, 1)) cands.push({ whole: nw, left: nw.slice(0, c), right: nw.slice(c) }); }
for (const [w] of single) { const nw = normalize(w); for (let c = 2; c < nw.length - 1; c++) cands.push({ whole: nw, left: nw.slice(0, c), right: nw.slice(c) }); }
console.log("candidates", cands.length);
const real = await judgeSplits(cands);
console.log("judged real", real.size);
function run(opt: FusedOptions) {
  let made = 0, ok = 0;
  for (const [a, b] of pairs) {
    const g = a + b; const cuts = fusedSplits(normalize(g), g, vocab, opt);
    if (cuts.length) made++;
    if (cuts.length === 1 && cuts[0] === a.length) ok++;
  }
  let fs = 0; const ex: string[] = [];
  for (const [w, c] of single) { const nw = normalize(w); const cuts = fusedSplits(nw, w, vocab, opt); if (cuts.length && !real.has(nw.slice(0, cuts[0]) + " " + nw.slice(cuts[0]))) { fs += c; if (ex.length < 60) ex.push(w.slice(0, cuts[0]) + " " + w.slice(cuts[0])); } }
  return { p: ok / made, r: ok / pairs.length, fs: (fs / words) * 10000, ex };
}
const base = run(FUSED_DEFAULTS);
console.log(pairs.length, words, base.p, base.r, base.fs);
console.log(base.ex.join(" | "));
const results: { o: FusedOptions; p: number; r: number; fs: number }[] = [];
for (const ww of [2]) for (const sc of [5]) for (const wc of [0.5, 1]) for (const sp of [1.5, 2]) for (const pw of [1, 1.5]) for (const sw of [0.25]) for (const stw of [0.5, 0.7]) for (const tp of [0]) for (const spw of [0, 0.5, 1]) for (const th of [3, 3.25, 3.4, 3.5, 3.75]) {
  const o = { ...FUSED_DEFAULTS, threshold: th, wholeWeight: ww, strongCue: sc, weakCue: wc, shortPenalty: sp, pairWeight: pw, shapeWeight: sw, strongWeight: stw, tinyPenalty: tp, spellWeight: spw };
  const x = run(o); results.push({ o, p: x.p, r: x.r, fs: x.fs });
}
const good = results.filter((x) => x.fs <= 1 && x.p >= 0.95).sort((a, b) => b.r - a.r);
for (const g of good.slice(0, 10)) console.log(JSON.stringify(g));
const ok2 = results.filter((x) => x.fs <= 3 && x.p >= 0.95).sort((a, b) => b.r - a.r);
for (const g of ok2.slice(0, 5)) console.log("fs<=3", JSON.stringify(g));
