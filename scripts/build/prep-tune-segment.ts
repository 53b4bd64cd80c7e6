// Coordinate search for SEGMENT_DEFAULTS (src/prep/clitics.ts) on sentences 1-500 of UD Arabic-PUD only.
// Run: npx tsx scripts/build/prep-tune-segment.ts
import { readFileSync } from "node:fs";
import { segmentWord, SEGMENT_DEFAULTS, type SegmentOptions } from "../../src/prep/clitics.js";
import { loadPrepResources } from "../../src/prep/load.js";
import { normalize } from "../../src/prep/normalize.js";
const res = loadPrepResources();
type W = { surface: string; gold: string[]; sent: number };
function readPud(): W[] {
  const out: W[] = []; let cur: string[] = []; let sent = 0;
  const flush = () => { if (cur.length) out.push({ surface: cur.join(""), gold: cur, sent }); cur = []; };
  for (const line of readFileSync("/work/shared/data/segmentation/ar_pud.conllu", "utf8").split("\n")) {
    if (line === "") { flush(); sent++; continue; }
    if (line.startsWith("#")) continue;
    const c = line.split("\t");
    if (c[3] === "PUNCT") { flush(); continue; }
    cur.push(c[1]); if (!c[9].includes("SpaceAfter=No")) flush();
  }
  flush(); return out;
}
const words = readPud().filter((w) => w.sent < 500 && /^[\u0621-\u064A]+$/.test(normalize(w.surface)));
function acc(opt: SegmentOptions): number {
  let ok = 0;
  for (const w of words) {
    const pieces: string[] = []; let det = "";
    for (const m of segmentWord(w.surface, 0, res.vocab, opt)) { if (m.tag === "DET") { det += m.text; continue; } pieces.push(det + m.text); det = ""; }
    if (det) pieces.push(det);
    if (pieces.length === w.gold.length && pieces.every((p, i) => normalize(p) === normalize(w.gold[i]))) ok++;
  }
  return ok / words.length;
}
let opt: SegmentOptions = JSON.parse(JSON.stringify(SEGMENT_DEFAULTS));
console.log("base", acc(opt));
for (let round = 0; round < 2; round++) {
  for (const k of Object.keys(opt.ratio)) {
    let best = opt.ratio[k], bestA = acc(opt);
    for (const v of [0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 1, 2, 5, 1000]) {
      const o = { ...opt, ratio: { ...opt.ratio, [k]: v } };
      const a = acc(o);
      if (a > bestA + 1e-9) { bestA = a; best = v; }
    }
    opt.ratio[k] = best;
  }
  for (const k of ["min", "depthBonus"] as const) {
    let best = opt[k], bestA = acc(opt);
    for (const v of k === "min" ? [1, 2, 3, 5, 8, 15] : [0, 0.25, 0.5, 1, 2, 4]) {
      const a = acc({ ...opt, [k]: v });
      if (a > bestA + 1e-9) { bestA = a; best = v; }
    }
    opt = { ...opt, [k]: best };
  }
  console.log(round, acc(opt), JSON.stringify(opt));
}
