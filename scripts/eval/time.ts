// npm run eval -- time [--errors] [--errors=held|all]
// Recognition precision/recall/F1 and value accuracy of the time stage on gold/time/dev.jsonl (ANT articles
// annotated by hand, see gold/time/README.md), reported for the articles used while writing rules ("dev"),
// for those held out ("held") and for both; then the seed article's required times, by score.mjs's rules.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { prepare } from "../../src/prep/index.js";
import { readTimes } from "../../src/time/index.js";
import type { TimeMention } from "../../src/core/doc.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const DEV = `${root}gold/time/dev.jsonl`;
const SEED_DIR = `${root}../shared/gold/seed/`;

type Gold = { text: string; near?: string; value: string; precision: string };
type Article = { id: string; published: string; category: string; split: "dev" | "held"; text: string; times: Gold[] };

// The folding of score.mjs: spelling variants and punctuation do not decide whether a phrase is found.
const norm = (s: string): string =>
  s.normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640\u200E\u200F\u200B]/g, "")
    .replace(/[إأآٱ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه")
    .replace(/[«»"“”'.,،؛:()\-]/g, " ")
    .replace(/\s+/g, " ").trim();

/** The normalized text and, for each of its characters, the offset in the original. */
function folded(text: string): { n: string; back: number[] } {
  const back: number[] = [];
  let n = "";
  for (let i = 0; i < text.length; i++) {
    let c = norm(text[i]);
    if (text[i].trim() && !c) continue;
    if (!c) c = " ";
    if (c === " " && (n === "" || n.endsWith(" "))) continue;
    for (const ch of c) { n += ch; back.push(i); }
  }
  back.push(text.length);
  return { n, back };
}

type Loc = { start: number; end: number };

/** Places each gold expression in the text: `near` (or the text itself), searched in document order. */
function locate(text: string, golds: Gold[]): (Loc | null)[] {
  const { n, back } = folded(text);
  let pos = 0;
  return golds.map((g) => {
    const key = folded(g.near ?? g.text).n;
    const inner = folded(g.text).n;
    let at = n.indexOf(key, pos);
    if (at < 0) at = n.indexOf(key);
    if (at < 0) return null;
    pos = at + 1;
    const off = key.indexOf(inner);
    if (off < 0) return null;
    const a = at + off;
    return { start: back[a], end: back[a + inner.length - 1] + 1 };
  });
}

const overlaps = (a: Loc, b: Loc): boolean => a.start < b.end && b.start < a.end;

/** score.mjs's rule (value starts with the wanted one, or an interval contains it), and exact ends for wanted intervals. */
export function valueOk(got: string | null, want: string): boolean {
  if (!got) return false;
  if (want.includes("/")) {
    const [wa, wb] = want.split("/");
    const [ga, gb] = got.split("/");
    return gb !== undefined && ga.startsWith(wa) && gb.startsWith(wb);
  }
  if (got.startsWith(want)) return true;
  const [a, b] = got.split("/");
  return Boolean(a && b && a <= want && want <= b);
}

type Tally = { gold: number; sys: number; sysOk: number; found: number; valueOk: number };
const empty = (): Tally => ({ gold: 0, sys: 0, sysOk: 0, found: 0, valueOk: 0 });

function line(name: string, t: Tally): string {
  const p = t.sys ? t.sysOk / t.sys : 0, r = t.gold ? t.found / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  const v = t.found ? t.valueOk / t.found : 0;
  const f3 = (x: number): string => x.toFixed(3);
  return `${name.padEnd(6)} gold ${String(t.gold).padStart(4)}  system ${String(t.sys).padStart(4)}  P ${f3(p)}  R ${f3(r)}  F1 ${f3(f)}  value accuracy ${f3(v)} (${t.valueOk}/${t.found})`;
}

export async function main(args: string[]): Promise<void> {
  if (!existsSync(DEV)) throw new Error(`missing ${DEV}`);
  const showErrors = args.find((a) => a.startsWith("--errors"));
  const errorSplits = showErrors === "--errors=all" ? ["dev", "held"] : showErrors === "--errors=held" ? ["held"] : showErrors ? ["dev"] : [];
  const articles: Article[] = readFileSync(DEV, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const tallies: Record<string, Tally> = { dev: empty(), held: empty(), all: empty() };
  const byPrecision = new Map<string, Tally>();
  const docs = articles.map((a) => prepare(a.text));
  docs.forEach((d, k) => readTimes(d, articles[k].published)); // warm-up: the timing below is steady state
  const t0 = performance.now();
  for (let rep = 0; rep < 5; rep++) docs.forEach((d, k) => readTimes(d, articles[k].published));
  const ms = (performance.now() - t0) / 5;
  for (const [k, art] of articles.entries()) {
    const doc = docs[k];
    const times = readTimes(doc, art.published);
    const locs = locate(doc.text, art.times);
    const errs: string[] = [];
    for (const tally of [tallies[art.split], tallies.all]) {
      tally.gold += art.times.length;
      tally.sys += times.length;
    }
    const hitSys = new Set<TimeMention>();
    art.times.forEach((g, k) => {
      const loc = locs[k];
      const pt = byPrecision.get(g.precision) ?? empty();
      byPrecision.set(g.precision, pt);
      pt.gold++;
      if (!loc) { errs.push(`  UNPLACED gold «${g.text}»`); return; }
      const over = times.filter((t) => overlaps(t.span, loc));
      over.forEach((t) => hitSys.add(t));
      if (over.length === 0) { errs.push(`  MISS  «${g.text}» = ${g.value}`); return; }
      const ok = over.some((t) => valueOk(t.value, g.value));
      for (const tally of [tallies[art.split], tallies.all, pt]) {
        tally.found++;
        if (ok) tally.valueOk++;
      }
      if (!ok) errs.push(`  VALUE «${g.text}» want ${g.value}, got ${over.map((t) => `«${t.span.text}» ${t.value}`).join("; ")}`);
    });
    for (const t of times) {
      const ok = hitSys.has(t);
      if (ok) { tallies[art.split].sysOk++; tallies.all.sysOk++; }
      else errs.push(`  EXTRA «${t.span.text}» ${t.value} ${t.precision}`);
    }
    if (errorSplits.includes(art.split) && errs.length) {
      console.log(`${art.id} ${art.published} (${art.category}, ${art.split})`);
      for (const e of errs) console.log(e);
    }
  }
  const nArt = (s: string): number => articles.filter((a) => a.split === s).length;
  console.log(`data: ${DEV.replace(root, "")} — ${articles.length} ANT articles (Jawhara FM 2014-2017, Apache-2.0; ` +
    `Chouigui, Ben Khiroun & Elayeb, AICCSA 2017), ${tallies.all.gold} hand-annotated time expressions; ` +
    `dev = ${nArt("dev")} articles used while writing rules, held = ${nArt("held")} articles held out`);
  console.log("recognition: a system span counts when it overlaps a gold expression; value: score.mjs's rule");
  for (const k of ["dev", "held", "all"]) console.log(line(k, tallies[k]));
  console.log("recall and value accuracy by gold precision:");
  for (const [k, t] of [...byPrecision].sort()) {
    console.log(`  ${k.padEnd(12)} gold ${String(t.gold).padStart(3)}  R ${(t.found / t.gold).toFixed(3)}  value ${(t.found ? t.valueOk / t.found : 0).toFixed(3)}`);
  }
  console.log(`time stage: ${(ms / articles.length).toFixed(2)} ms per article (readTimes only)`);

  // gold/dev: whole-pipeline gold written by other annotators; its times scored as score.mjs does
  const pipelineDev = `${root}gold/dev/`;
  if (existsSync(pipelineDev)) {
    let req = 0, ok = 0, n = 0;
    const misses: string[] = [];
    for (const id of readdirSync(pipelineDev).filter((d) => existsSync(`${pipelineDev}${d}/expected.json`)).sort()) {
      const art = JSON.parse(readFileSync(`${pipelineDev}${id}/article.json`, "utf8"));
      const exp = JSON.parse(readFileSync(`${pipelineDev}${id}/expected.json`, "utf8"));
      n++;
      const r = scoreTimes(art.text, art.published, exp.times ?? []);
      req += r.req; ok += r.ok;
      for (const row of r.rows) if (row.startsWith("  MISS")) misses.push(`${id} ${art.published}${row}`);
    }
    console.log(`gold/dev (${n} articles coded by other annotators for the whole pipeline): ${ok}/${req} required times right (${(ok / Math.max(req, 1)).toFixed(3)}), score.mjs rules`);
    if (showErrors) for (const m of misses) console.log(`  ${m}`);
  }

  // the seed article's required times, matched as score.mjs does
  const seedGold = `${SEED_DIR}expected.json`;
  if (existsSync(seedGold)) {
    const exp = JSON.parse(readFileSync(seedGold, "utf8"));
    const file = readFileSync(`${SEED_DIR}${exp.document.id}.txt`, "utf8");
    const r = scoreTimes(file, exp.document.published, exp.times);
    console.log(`seed (../shared/gold/seed, published ${exp.document.published}): ${r.ok}/${r.req} required times right`);
    for (const row of r.rows) console.log(row);
  }
}

/** score.mjs's time rule: a time whose span contains `text`, overlapping `near`, resolving to `value`. */
function scoreTimes(
  text: string,
  published: string | null,
  golds: { text: string; near?: string; value: string; optional?: boolean }[],
): { req: number; ok: number; rows: string[] } {
  const doc = prepare(text);
  const times = readTimes(doc, published);
  const { n, back } = folded(doc.text);
  const where = (s: string): Loc | null => {
    const k = folded(s.split(" ... ")[0]).n;
    const at = n.indexOf(k);
    return at < 0 || !k ? null : { start: back[at], end: back[at + k.length - 1] + 1 };
  };
  let req = 0, ok = 0;
  const rows: string[] = [];
  for (const g of golds) {
    const near = g.near ? where(g.near) : null;
    const want = folded(g.text).n;
    const hit = times.some((t) => folded(t.span.text).n.includes(want) && (!near || overlaps(t.span, near)) &&
      valueOk(t.value, g.value.split("/")[0]) && (g.value.includes("/") ? (t.value ?? "").includes("/") : true));
    if (!g.optional) { req++; if (hit) ok++; }
    const got = times.filter((t) => folded(t.span.text).n.includes(want)).map((t) => `«${t.span.text}» ${t.value}`).join("; ");
    rows.push(`  ${hit ? "ok  " : g.optional ? "(opt)" : "MISS"} ${g.near ?? g.text} = ${g.value}${hit ? "" : `  (got: ${got || "nothing"})`}`);
  }
  return { req, ok, rows };
}
