// npm run eval -- resolve [--verbose] [--seed-only]
// 1. Dev set (gold/resolve/dev.tsv): actor and place mentions annotated by reading ANT articles (fixtures in
//    gold/resolve/ant-fixtures.jsonl, Apache-2.0) and SaudiNewsNet articles (read from ../shared at eval time,
//    never committed). Reports country-code and sector accuracy of resolved actor mentions, and geocoding within
//    25 km for places the gazetteer has.
// 2. Seed (../shared/gold/seed): the entities and holds_office relations of expected.json, scored with the rules
//    of ../shared/gold/score.mjs (mention contains, type in list, same country/sector; relation by name_en).
// 3. Speed: resolution time per article against preparation time, on the dev articles.
// 4. Coverage (`--coverage [N] [--dump FILE]`, only this part runs): N ANT articles (default 500; politics, world and
//    local news, every k-th in id order, the dev fixtures left out) through prep, the tagger and resolution; counts the
//    tagger's ORG and PER mentions whose actor phrase gets a country. `--dump` writes one line per mention
//    (doc, start, type, text, country, sector, actor phrase), per outermost actor phrase (ACTOR) and per place (PLACE) so that two runs can be compared by hand.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
// 5. Common names (`--common-names [N] [--write]`, only this part runs): how often each one-word gazetteer name
//    that is not a capital occurs in N ANT articles (all categories, every k-th) with the tagger marking it as a name
//    (LOC/GPE/ORG/FAC) and without; names read mostly as common words («مشهد» scene, «بيانه» his statement) are
//    written, with `--write`, to data/gazetteer/common-names.tsv, which resolution reads (see that folder's README).
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Entity } from "../../src/core/contract.js";
import type { Resolved } from "../../src/core/doc.js";
import { prepare, type PrepResources } from "../../src/prep/index.js";
import { loadPrepResources } from "../../src/prep/load.js";
import { normalize } from "../../src/prep/normalize.js";
import { distanceKm } from "../../src/resolve/geocode.js";
import { resolve } from "../../src/resolve/index.js";
import { loadKnowledgeBase } from "../../src/resolve/load.js";
import { phraseTokens, type KnowledgeBase } from "../../src/resolve/knowledge-base.js";
import { matchDictionary } from "../../src/resolve/match.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SHARED = join(ROOT, "..", "shared");

type Gold = { doc: string; mention: string; occ: string; country: string; sector: string; lat: number | null; lon: number | null };

function readGold(): Gold[] {
  return readFileSync(join(ROOT, "gold/resolve/dev.tsv"), "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#") && !l.startsWith("doc\t"))
    .map((l) => {
      const c = l.split("\t");
      return { doc: c[0], mention: c[1], occ: c[2] || "1", country: c[3] ?? "", sector: c[4] ?? "", lat: c[5] ? Number(c[5]) : null, lon: c[6] ? Number(c[6]) : null };
    });
}

function readDocs(ids: Set<string>): Map<string, string> {
  const docs = new Map<string, string>();
  for (const l of readFileSync(join(ROOT, "gold/resolve/ant-fixtures.jsonl"), "utf8").split("\n")) {
    if (!l) continue;
    const a = JSON.parse(l) as { id: string; text: string };
    docs.set(a.id, a.text);
  }
  const snn = join(SHARED, "data/corpus/saudinewsnet.jsonl.gz");
  if ([...ids].some((id) => id.startsWith("saudinewsnet")) && existsSync(snn)) {
    for (const l of gunzipSync(readFileSync(snn)).toString("utf8").split("\n")) {
      if (!l) continue;
      const id = l.slice(8, l.indexOf('"', 8));
      if (!ids.has(id)) continue;
      const a = JSON.parse(l) as { id: string; text: string };
      docs.set(a.id, a.text);
    }
  }
  return docs;
}

function occurrences(text: string, s: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push(i);
  return out;
}

/** Whether the gazetteer/KB has a place of this name within 25 km of the gold point. */
function inGazetteer(kb: KnowledgeBase, mention: string, lat: number, lon: number): boolean {
  const toks = phraseTokens(mention);
  for (const e of kb.index.get(toks[0]) ?? []) {
    if (e.tokens.join(" ") !== toks.join(" ")) continue;
    for (const t of e.targets) {
      const p = t.kind === "place" ? t.place : t.kind === "entity" ? t.entity : null;
      if (p && p.lat !== null && distanceKm({ lat, lon }, { lat: p.lat, lon: p.lon }) <= 25) return true;
    }
  }
  return false;
}

let RES: PrepResources = {} as PrepResources;

export async function main(args: string[]): Promise<void> {
  const verbose = args.includes("--verbose");
  try {
    RES = loadPrepResources();
  } catch (e) {
    console.log(`prep resources not loaded (${(e as Error).message}); preparing without them`);
  }
  const t0 = performance.now();
  const kb = loadKnowledgeBase();
  console.log(`knowledge base: ${JSON.stringify(kb.stats)} (loaded in ${(performance.now() - t0).toFixed(0)} ms)`);
  const cov = args.indexOf("--coverage");
  if (cov >= 0) {
    const n = Number(args[cov + 1]);
    const dump = args.indexOf("--dump");
    await coverage(kb, Number.isFinite(n) && n > 0 ? n : 500, dump >= 0 ? args[dump + 1] ?? null : null);
    return;
  }
  const cn = args.indexOf("--common-names");
  if (cn >= 0) {
    const n = Number(args[cn + 1]);
    await commonNames(kb, Number.isFinite(n) && n > 0 ? n : 4000, args.includes("--write"));
    return;
  }
  if (!args.includes("--seed-only")) await dev(kb, verbose);
  seed(kb, verbose);
}

async function dev(kb: KnowledgeBase, verbose: boolean): Promise<void> {
  const gold = readGold();
  const ids = new Set(gold.map((g) => g.doc));
  const docs = readDocs(ids);
  const missingDocs = [...ids].filter((id) => !docs.has(id));
  const results = new Map<string, { text: string; r: Resolved }>();
  for (const [id, text] of docs) results.set(id, { text, r: resolve(prepare(text, RES), [], kb) });

  let actors = 0, resolvedActors = 0, countryOk = 0, sectorGold = 0, sectorResolved = 0, sectorOk = 0;
  let places = 0, placesInGaz = 0, placesOk = 0, placesAll = 0;
  let mentions = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const d = results.get(g.doc);
    if (!d) continue;
    const all = occurrences(d.text, g.mention);
    const picks = g.occ === "*" ? all : [all[Number(g.occ) - 1]].filter((x) => x !== undefined);
    if (!picks.length) { misses.push(`NOT IN TEXT ${g.doc} ${g.mention}#${g.occ}`); continue; }
    for (const at of picks) {
      mentions++;
      const end = at + g.mention.length;
      if (g.country) {
        actors++;
        // the system phrase that best covers the mention: most overlap, then closest length
        let best: Resolved["actors"][number] | null = null;
        let bestScore = -Infinity;
        for (const a of d.r.actors) {
          const ov = Math.min(end, a.span.end) - Math.max(at, a.span.start);
          if (ov <= 0) continue;
          const score = ov * 2 - Math.abs((a.span.end - a.span.start) - g.mention.length) + (a.country ? 1000 : 0);
          if (score > bestScore) { best = a; bestScore = score; }
        }
        if (best?.country) {
          resolvedActors++;
          if (best.country === g.country) countryOk++;
          else misses.push(`COUNTRY ${g.doc} «${g.mention}» gold ${g.country} got ${best.country} («${best.span.text}»)`);
          if (g.sector) {
            sectorGold++;
            if (best.sector) sectorResolved++;
            if (best.sector === g.sector) sectorOk++;
            else misses.push(`SECTOR ${g.doc} «${g.mention}» gold ${g.sector} got ${best.sector}`);
          }
        } else misses.push(`UNRESOLVED ${g.doc} «${g.mention}» gold ${g.country}/${g.sector}`);
      }
      if (g.lat !== null && g.lon !== null) {
        placesAll++;
        const inGaz = inGazetteer(kb, g.mention, g.lat, g.lon);
        if (inGaz) placesInGaz++;
        const m = d.r.mentions.find((x) => x.span.start < end && at < x.span.end && d.r.places.has(x.entity));
        const p = m ? d.r.places.get(m.entity)! : null;
        const km = p ? distanceKm({ lat: g.lat, lon: g.lon }, p) : Infinity;
        if (inGaz) { places++; if (km <= 25) placesOk++; }
        if (km > 25) misses.push(`PLACE ${g.doc} «${g.mention}» ${inGaz ? "in gazetteer" : "not in gazetteer"}: got ${p ? `${p.name_en} (${p.lat},${p.lon}) ${km.toFixed(0)} km` : "nothing"}`);
      }
    }
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
  console.log(`\ndev set: gold/resolve/dev.tsv, ${docs.size} articles (${[...docs.keys()].filter((k) => k.startsWith("ant")).length} ANT fixtures, ${[...docs.keys()].filter((k) => k.startsWith("saudinewsnet")).length} SaudiNewsNet from ../shared), ${mentions} gold mentions`);
  if (missingDocs.length) console.log(`  articles not found: ${missingDocs.join(", ")}`);
  console.log(`  actor mentions: ${actors}; resolved with a country: ${resolvedActors} (${pct(resolvedActors, actors)})`);
  console.log(`  country code right: ${countryOk}/${resolvedActors} = ${pct(countryOk, resolvedActors)} of resolved (${pct(countryOk, actors)} of all)`);
  console.log(`  sector right: ${sectorOk}/${sectorGold} = ${pct(sectorOk, sectorGold)} of resolved actors with a gold sector (system gave a sector for ${sectorResolved})`);
  console.log(`  places: ${placesAll}; in the gazetteer: ${places}; within 25 km: ${placesOk}/${places} = ${pct(placesOk, places)}`);
  if (verbose) for (const m of misses) console.log("   ", m);
  else console.log(`  (${misses.length} misses; --verbose lists them)`);

  // speed: resolution against preparation on the same articles
  const texts = [...docs.values()];
  const preps = texts.map((t) => prepare(t, RES));
  for (let i = 0; i < 3; i++) for (const p of preps) resolve(p, [], kb);
  // interleaved, so that a busy machine slows both the same way
  const reps = 30;
  let prepTotal = 0;
  let resTotal = 0;
  for (let i = 0; i < reps; i++) {
    for (let k = 0; k < texts.length; k++) {
      const a = performance.now();
      prepare(texts[k], RES);
      const b = performance.now();
      resolve(preps[k], [], kb);
      resTotal += performance.now() - b;
      prepTotal += b - a;
    }
  }
  const prepMs = prepTotal / (reps * texts.length);
  const resMs = resTotal / (reps * texts.length);
  const words = texts.reduce((n, x) => n + x.split(/\s+/).length, 0) / texts.length;
  console.log(`  speed: resolve ${resMs.toFixed(3)} ms/article, prepare ${prepMs.toFixed(3)} ms/article (mean ${words.toFixed(0)} words)`);
  await pipelineShare(docs);
}

/** Resolution's share of the whole analysis (all five stages, engine resources), on the dev articles. */
async function pipelineShare(docs: Map<string, string>): Promise<void> {
  try {
    const { loadEngine } = await import("../../src/engine/index.js");
    const { analyze, newStageProfile } = await import("../../src/pipeline/index.js");
    const eng = loadEngine();
    const arts = [...docs.entries()].map(([id, text]) => ({ id, text, published: null, outlet: null, url: null, title: null }));
    for (const a of arts) analyze(a, eng);
    const prof = newStageProfile();
    for (let i = 0; i < 10; i++) for (const a of arts) analyze(a, eng, { profile: prof });
    const total = Object.values(prof).reduce((x, y) => x + y, 0);
    const n = 10 * arts.length;
    console.log(`  pipeline: ${Object.entries(prof).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join(", ")} ms/article; resolution is ${((100 * prof.resolve) / total).toFixed(1)}% of analysis time`);
  } catch (e) {
    console.log(`  pipeline share not measured: ${(e as Error).message}`);
  }
}

function seed(kb: KnowledgeBase, verbose: boolean): void {
  const dir = join(SHARED, "gold/seed");
  if (!existsSync(dir)) { console.log("\nseed: ../shared/gold/seed not found"); return; }
  const text = readFileSync(join(dir, "000_086ea53787d38e81.txt"), "utf8");
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
    entities: { mention: string; type?: string[]; country?: string | null; sector?: string }[];
    relations: { type: string; a: string; b: string | null; optional?: boolean }[];
  };
  const r = resolve(prepare(text, RES), [], kb);
  const norm = (s: string) => normalize(s).replace(/\s+/g, " ").trim();
  let ok = 0;
  const lines: string[] = [];
  for (const g of expected.entities) {
    const m = norm(g.mention);
    const cands = r.entities.filter((e) => e.mentions.some((s) => norm(s.text) === m || norm(s.text).includes(m)));
    const best = cands.find((e) => (!g.type || g.type.includes(e.type)) && (g.country === undefined || e.country === g.country) && (!g.sector || e.sector === g.sector));
    if (best) ok++;
    lines.push(`  ${best ? "ok  " : "MISS"} ${g.mention} ${g.type?.join("/") ?? ""} ${g.country ?? ""}${g.sector ? "/" + g.sector : ""}${!best && cands[0] ? `  got ${cands[0].type} ${cands[0].country}/${cands[0].sector}` : ""}`);
  }
  const byId = new Map<string, Entity>(r.entities.map((e) => [e.id, e]));
  const named = (id: string, want: string | null) => want === null || (byId.get(id)?.name_en ?? "").toLowerCase().includes(want.toLowerCase());
  const rels = expected.relations.filter((g) => g.type === "holds_office");
  let relOk = 0;
  for (const g of rels) {
    const hit = r.relations.find((x) => x.type === g.type && named(x.a, g.a) && named(x.b, g.b));
    // the relation read from the text, whatever the English name of the person
    const read = r.relations.find((x) => x.type === g.type && named(x.b, g.b) && byId.get(x.a)?.type === "PER" && (hit || !x.label || true) && norm(x.evidence.text).length > 0 && (g.a.split(" ").length > 0));
    if (hit) relOk++;
    lines.push(`  ${hit ? "ok  " : "MISS"} holds_office(${g.a}, ${g.b})${hit ? ` "${hit.label}"` : read ? "  (relation read, person has no English name in the KB)" : ""}`);
  }
  console.log(`\nseed (../shared/gold/seed, scored like score.mjs): entities ${ok}/${expected.entities.length}, holds_office ${relOk}/${rels.length}`);
  console.log(`  holds_office relations emitted: ${r.relations.filter((x) => x.type === "holds_office").map((x) => `${byId.get(x.a)?.name}→${byId.get(x.b)?.name_en} "${x.label}"`).join("; ")}`);
  if (verbose || ok < expected.entities.length) for (const l of lines) console.log(l);
}

/** How many of the tagger's ORG/PER mentions get a country, over a fixed sample of ANT articles. */
async function coverage(kb: KnowledgeBase, n: number, dumpPath: string | null): Promise<void> {
  const path = join(SHARED, "data/corpus/ant.jsonl.gz");
  if (!existsSync(path)) { console.log(`coverage: ${path} not found`); return; }
  const { loadNerModel } = await import("../../src/ner/load.js");
  const { recognize } = await import("../../src/ner/index.js");
  const ner = loadNerModel();
  const fixtures = new Set(readFileSync(join(ROOT, "gold/resolve/ant-fixtures.jsonl"), "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id));
  const pool: { id: string; text: string }[] = [];
  for (const l of gunzipSync(readFileSync(path)).toString("utf8").split("\n")) {
    if (!l) continue;
    const a = JSON.parse(l) as { id: string; text: string; category: string | null };
    if (!["politic", "internationalNews", "localNews"].includes(a.category ?? "") || fixtures.has(a.id)) continue;
    pool.push({ id: a.id, text: a.text });
  }
  pool.sort((a, b) => (a.id < b.id ? -1 : 1));
  const step = Math.max(1, Math.floor(pool.length / n));
  const sample = pool.filter((_, i) => i % step === 0).slice(0, n);
  const count = { ORG: [0, 0], PER: [0, 0] } as Record<string, [number, number]>;
  const lines: string[] = ["doc\tstart\ttype\tmention\tcountry\tsector\tactor"];
  let resMs = 0;
  const phrases = [0, 0];
  for (const a of sample) {
    const doc = prepare(a.text, RES);
    const mentions = recognize(doc, ner);
    const t = performance.now();
    const r = resolve(doc, mentions, kb);
    resMs += performance.now() - t;
    // outermost actor phrases (not inside a longer one), whoever found them
    for (const x of r.actors) {
      if (r.actors.some((y) => y !== x && y.span.start <= x.span.start && y.span.end >= x.span.end && y.span.end - y.span.start > x.span.end - x.span.start)) continue;
      phrases[0]++;
      if (x.country) phrases[1]++;
      lines.push([a.id, x.span.start, "ACTOR", x.span.text, x.country ?? "", x.sector ?? "", x.span.text].join("\t").replace(/\n/g, " "));
    }
    for (const p of r.places.values()) if (p.span) lines.push([a.id, p.span.start, "PLACE", p.span.text, p.country ?? "", p.name_en ?? "", ""].join("\t").replace(/\n/g, " "));
    for (const m of mentions) {
      if (m.type !== "ORG" && m.type !== "PER") continue;
      let best: Resolved["actors"][number] | null = null;
      let bestScore = -Infinity;
      for (const x of r.actors) {
        const ov = Math.min(m.end, x.span.end) - Math.max(m.start, x.span.start);
        if (ov <= 0) continue;
        const score = ov * 2 - Math.abs((x.span.end - x.span.start) - (m.end - m.start)) + (x.country ? 1000 : 0);
        if (score > bestScore) { best = x; bestScore = score; }
      }
      count[m.type][0]++;
      if (best?.country) count[m.type][1]++;
      lines.push([a.id, m.start, m.type, m.text, best?.country ?? "", best?.sector ?? "", best?.span.text ?? ""].join("\t").replace(/\n/g, " "));
    }
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "n/a");
  const all = [count.ORG[0] + count.PER[0], count.ORG[1] + count.PER[1]];
  console.log(`\ncoverage: ${sample.length} ANT articles (../shared/data/corpus/ant.jsonl.gz; politic, internationalNews, localNews; every ${step}th in id order; dev fixtures left out)`);
  console.log(`  tagger ORG mentions with a country: ${count.ORG[1]}/${count.ORG[0]} = ${pct(count.ORG[1], count.ORG[0])}`);
  console.log(`  tagger PER mentions with a country: ${count.PER[1]}/${count.PER[0]} = ${pct(count.PER[1], count.PER[0])}`);
  console.log(`  ORG+PER: ${all[1]}/${all[0]} = ${pct(all[1], all[0])}; resolve ${(resMs / sample.length).toFixed(3)} ms/article (with tagger mentions)`);
  console.log(`  outermost actor phrases with a country (KB, rules and tagger together): ${phrases[1]}/${phrases[0]} = ${pct(phrases[1], phrases[0])}`);
  if (dumpPath) { writeFileSync(dumpPath, lines.join("\n") + "\n"); console.log(`  wrote ${dumpPath}`); }
}

/** One-word gazetteer names the tagger mostly leaves untagged in ANT: common words before they are places. */
async function commonNames(kb: KnowledgeBase, n: number, write: boolean): Promise<void> {
  const path = join(SHARED, "data/corpus/ant.jsonl.gz");
  if (!existsSync(path)) { console.log(`common names: ${path} not found`); return; }
  const { loadNerModel } = await import("../../src/ner/load.js");
  const { recognize } = await import("../../src/ner/index.js");
  const ner = loadNerModel();
  const pool: string[] = [];
  for (const l of gunzipSync(readFileSync(path)).toString("utf8").split("\n")) if (l) pool.push(l);
  pool.sort();
  const step = Math.max(1, Math.floor(pool.length / n));
  const sample = pool.filter((_, i) => i % step === 0).slice(0, n).map((l) => (JSON.parse(l) as { text: string }).text);
  const count = new Map<string, [number, number]>();
  const freq = new Map<string, number>();
  for (const text of sample) {
    const doc = prepare(text, RES);
    for (const t of doc.tokens) if (t.kind === "ar") freq.set(t.norm, (freq.get(t.norm) ?? 0) + 1);
    const mentions = recognize(doc, ner).filter((m) => m.type === "LOC" || m.type === "GPE" || m.type === "ORG" || m.type === "FAC");
    for (const m of matchDictionary(doc, kb)) {
      if (m.tokenEnd - m.tokenStart !== 1) continue;
      const places = m.entry.targets.filter((t) => t.kind === "place");
      if (!places.length || m.entry.targets.some((t) => t.kind === "entity") || places.some((t) => t.kind === "place" && t.place.capitalOf)) continue;
      // the form as written, clitics and all («بيانه»، «ومشهد»): the measure is per surface reading
      const key = m.entry.tokens[0];
      const c = count.get(key) ?? [0, 0];
      const tagged = mentions.some((x) => x.tokenStart <= m.tokenStart && m.tokenStart < x.tokenEnd);
      c[tagged ? 0 : 1]++;
      count.set(key, c);
    }
  }
  const f = (w: string) => freq.get(w) ?? 0;
  // the common-noun paradigm of a word: the same word with the article toggled («مشهد» / «المشهد»), and for a form
  // ending in a pronoun suffix the bare stem with the article («بيانه» → «البيان»)
  const paradigm = (w: string) => Math.max(w.startsWith("ال") ? f(w.slice(2)) : f("ال" + w), /[^ا]ه$/.test(w) && w.length >= 4 ? f("ال" + w.slice(0, -1)) : 0, /ها$/.test(w) && w.length >= 5 ? f("ال" + w.slice(0, -2)) : 0);
  if (process.env.RASD_DEBUG) for (const [k, [t, u]] of [...count.entries()].sort((a, b) => (b[1][0] + b[1][1]) - (a[1][0] + a[1][1]))) console.log(`${k}\t${t}\t${u}\t${f(k)}\t${paradigm(k)}`);
  // mostly common: at least 3 occurrences and at least 60% of them untagged
  // A name is mostly a common word when the tagger leaves it untagged more often than not AND either the word has a
  // common-noun paradigm in the same articles (article toggled or pronoun suffix as frequent as half the word:
  // «مشهد»/«المشهد»، «بيانه»/«البيان») or the tagger never marks it (4 occurrences or more: «بركان»، «الفحص»).
  const rows = [...count.entries()].filter(([k, [t, u]]) => t + u >= 3 && t < u && (paradigm(k) >= Math.max(3, 0.5 * f(k)) || (t === 0 && u >= 4))).sort((a, b) => b[1][1] - a[1][1]);
  console.log(`\ncommon names: ${sample.length} ANT articles (../shared/data/corpus/ant.jsonl.gz, all categories, every ${step}th line); ${count.size} one-word non-capital gazetteer names seen, ${rows.length} mostly common words (tagged < untagged, and a common-noun paradigm or never tagged)`);
  console.log(rows.slice(0, 200).map(([k, [t, u]]) => `${k} ${t}/${t + u}`).join(", "));
  const seen = [...count.entries()].filter(([k]) => !rows.some(([r]) => r === k)).sort((a, b) => b[1][0] - a[1][0]);
  console.log(`kept as names (most frequent): ${seen.slice(0, 40).map(([k, [t, u]]) => `${k} ${t}/${t + u}`).join(", ")}`);
  if (write) {
    const out = join(ROOT, "data/gazetteer/common-names.tsv");
    writeFileSync(out, ["# form\ttagged\tuntagged\tparadigm (ANT sample, the tagger; written by npm run eval -- resolve --common-names " + n + " --write)", ...rows.map(([k, [t, u]]) => `${k}\t${t}\t${u}\t${paradigm(k)}`)].join("\n") + "\n");
    console.log(`wrote ${out}`);
  }
}
