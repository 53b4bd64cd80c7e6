// Builds the resolver's knowledge base (data/kb/kb.json, data/kb/leaders.tsv) and gazetteer
// (data/gazetteer/places.tsv) from ../shared/data/actors, ../shared/data/places and the curated tables in
// data/kb/curated/. Only licence-compatible columns and rows are taken (see data/kb/README.md).
// Run: npx tsx scripts/build-kb.ts
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { normalizePhrase } from "../src/prep/normalize.js";
import type { KbData, KbEntity } from "../src/resolve/kb-types.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const SHARED = join(ROOT, "..", "shared", "data");

type Row = Record<string, string>;
function readTsv(path: string, { comments = false } = {}): Row[] {
  const lines = readFileSync(path, "utf8").split("\n").filter((l) => l.length > 0 && !(comments && l.startsWith("#")));
  const head = lines[0].split("\t");
  return lines.slice(1).map((l) => {
    const cells = l.split("\t");
    const r: Row = {};
    head.forEach((h, i) => (r[h] = (cells[i] ?? "").trim()));
    return r;
  });
}
const split = (s: string | undefined, sep = "|") => (s ?? "").split(sep).map((x) => x.trim()).filter(Boolean);
const uniq = <T>(xs: T[]) => [...new Set(xs)];

// ---- countries
const countries = readTsv(join(SHARED, "actors", "countries.tsv"));
const iso2to3 = new Map<string, string>();
for (const c of countries) if (c.iso2 && /^[A-Z]{3}$/.test(c.iso3)) iso2to3.set(c.iso2, c.iso3);
iso2to3.set("XK", "XKX");

const curatedStates = new Map(readTsv(join(ROOT, "data/kb/curated/states.tsv"), { comments: true }).map((r) => [r.iso3, r]));
const curatedCapitals = new Map(readTsv(join(ROOT, "data/kb/curated/capitals.tsv"), { comments: true }).map((r) => [r.iso3, split(r.capital_ar)]));

// ---- gazetteer (GeoNames, CC BY 4.0)
const allPlaces = readTsv(join(SHARED, "places", "places.tsv"));
// GeoNames rows that curated tables point at are kept even when none of their own Arabic names survive
const CURATED_IDS = new Set(readTsv(join(ROOT, "data/kb/curated/regions.tsv"), { comments: true }).flatMap((r) => [r.geonames, r.capital_geonames]).filter(Boolean));
const places = allPlaces.filter((p) => p.names_ar || CURATED_IDS.has(p.geonameid));
const sources = new Map<string, string>();
for (const r of readTsv(join(SHARED, "places", "arabic_name_sources.tsv"))) sources.set(`${r.geonameid}\t${r.name_ar}`, r.sources);
const TAGGED = new Set(["gn_ar", "gn_ar_country", "cldr", "wct", "wct_stripped"]);
// Single words that are common Arabic words before they are towns (checked against ANT word frequencies).
const STOP = new Set(readFileSync(join(ROOT, "data/gazetteer/stopnames.txt"), "utf8").split("\n")
  .filter((l) => l && !l.startsWith("#")).map((l) => normalizePhrase(l)));
const FCODE_RANK: Record<string, number> = { PCL: 5, PPLC: 4, PPLA: 3, ADM1: 2, PPLA2: 2 };

type GRow = { id: number; en: string; ar: string[]; lat: number; lon: number; cc: string; admin1: string; fcode: string; pop: number };
const gaz: GRow[] = [];
const pclById = new Map<string, GRow>();
for (const p of places) {
  const pop = Number(p.population) || 0;
  const names = split(p.names_ar).filter((n) => {
    const src = (sources.get(`${p.geonameid}\t${n}`) ?? "").split(",");
    const tagged = src.some((s) => TAGGED.has(s));
    const key = normalizePhrase(n);
    if (key.replace(/\s/g, "").length < 3) return false;
    if (!key.includes(" ") && STOP.has(key)) return false;
    // untagged GeoNames alternate names may be Persian/Ottoman/historical: keep them for sizeable places only
    return tagged || pop >= 100000 || p.feature_code === "PCL";
  });
  // «منطقة عسير»، «محافظة عدن»: first-level divisions are also named without their generic word
  if (p.feature_code === "ADM1") {
    for (const n of [...names]) {
      const m = /^(منطقة|محافظة|ولاية|إقليم|اقليم|مقاطعة|ولايت)\s+(.+)$/.exec(n);
      if (m && !names.includes(m[2]) && !STOP.has(normalizePhrase(m[2]))) names.push(m[2]);
    }
  }
  if (!names.length && !CURATED_IDS.has(p.geonameid)) continue;
  const cc = iso2to3.get(p.country) ?? "";
  const row: GRow = { id: Number(p.geonameid), en: p.name, ar: names, lat: Number(p.lat), lon: Number(p.lon), cc, admin1: p.admin1_name, fcode: p.feature_code, pop };
  if (p.feature_code === "PCL") { pclById.set(cc, row); continue; }
  gaz.push(row);
}
// Namesakes: a small town abroad that shares its Arabic name with a much bigger place elsewhere (Geneva, US;
// Moscow, US; Paris, US) is dropped under that name, unless it is a capital or a first-order seat itself.
const byName = new Map<string, GRow[]>();
for (const g of gaz) for (const n of g.ar) { const k = normalizePhrase(n); (byName.get(k) ?? byName.set(k, []).get(k)!).push(g); }
for (const [k, rows] of byName) {
  if (rows.length < 2) continue;
  const top = rows.reduce((a, b) => (b.pop > a.pop ? b : a));
  for (const g of rows) {
    if (g === top || g.cc === top.cc || (FCODE_RANK[g.fcode] ?? 0) >= 3 || g.fcode === "ADM1") continue;
    if (top.pop >= 5 * g.pop) g.ar = g.ar.filter((n) => normalizePhrase(n) !== k);
  }
}
// Country names that also name a place (Lebanon, US) belong to the country.
const countryKeys = new Set<string>();

// ---- entities
const entities: KbEntity[] = [];
for (const c of countries) {
  if (!/^[A-Z]{3}$/.test(c.iso3)) continue;
  const cur = curatedStates.get(c.iso3);
  // Arabic names: CLDR (Unicode), i18n-iso-countries (MIT), UNTERM / country-codes (PDDL), GeoNames (CC BY) and curated;
  // world-countries (ODbL) and iso-codes (LGPL) columns are left out for their licences.
  const ar = [c.ar_name_intl, c.ar_i18n_iso_countries, c.ar_unterm_short, c.ar_official_name_cc, ...split(cur?.extra_names)];
  const pcl = pclById.get(c.iso3);
  if (pcl) ar.push(...pcl.ar);
  const names = uniq(ar.filter(Boolean));
  if (!names.length) continue;
  for (const n of names) countryKeys.add(normalizePhrase(n));
  entities.push({
    id: `C:${c.iso3}`, type: "GPE", name: cur ? split(cur.extra_names)[0] ?? names[0] : names[0], name_en: cur?.name_en || c.name_en, country: c.iso3, sector: null,
    wikidata: c.wikidata_id || null, aliases: names, nisba: split(cur?.nisba), plurals: split(cur?.plurals),
    geonames: pcl?.id ?? null, lat: pcl?.lat ?? null, lon: pcl?.lon ?? null, admin1: null, precision: 3, kind: "state",
  });
}
for (const g of gaz) g.ar = g.ar.filter((n) => !countryKeys.has(normalizePhrase(n)) || g.fcode === "PPLC");

// capitals: CLDR Arabic exemplar city + curated names, attached to the country's PPLC row
const pplc = new Map<string, GRow>();
for (const g of gaz) if (g.fcode === "PPLC" && (!pplc.has(g.cc) || pplc.get(g.cc)!.pop < g.pop)) pplc.set(g.cc, g);
const capitalOf = new Map<number, string>();
for (const c of countries) {
  const row = pplc.get(c.iso3);
  if (!row) continue;
  capitalOf.set(row.id, c.iso3);
  const extra = [...(c.capital_ar_cldr ? [c.capital_ar_cldr] : []), ...(curatedCapitals.get(c.iso3) ?? [])];
  for (const n of extra) if (!countryKeys.has(normalizePhrase(n))) row.ar = uniq([...row.ar, n]);
}
for (const [iso3, names] of curatedCapitals) if (!pplc.has(iso3)) console.warn(`no PPLC row for ${iso3} (${names.join("|")})`);

// organisations (curated Arabic names). Missing Wikidata ids are filled from organizations.tsv by English name or
// abbreviation; only the Q-ids are taken from it (Wikidata, CC0), none of its CC BY-SA names.
const qids = new Map<string, string>();
for (const o of readTsv(join(SHARED, "actors", "organizations.tsv"))) {
  const q = split(o.wikidata_id)[0];
  if (!q) continue;
  for (const n of [o.name_en, o.abbrev_en, ...split(o.other_names_en)]) if (n && !qids.has(n.toLowerCase())) qids.set(n.toLowerCase(), q);
}
const orgRows = readTsv(join(ROOT, "data/kb/curated/orgs.tsv"), { comments: true });
// the contract's codes above states and its sectors (../shared/contract/README.md): a typo fails the build
const STATE_CODES = new Set(entities.filter((e) => e.kind === "state").map((e) => e.country!));
const ORG_CODES = new Set(["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"]);
const PLOVER_SECTORS = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "SPY", "UAF", "PRM", "OPP", "PRE", "CVL", "MED", "BUS", "REL", "REF", "EDU", "LAB", "JRN", "CRM", "ELI", "SOC", "AGR", "UNK"]);
const seenOrgNames = new Map<string, string>();
for (const [i, r] of orgRows.entries()) {
  const names = split(r.names_ar);
  const bad = !["ORG", "FAC"].includes(r.type) ? "type" : !names.length ? "names_ar" : r.country && !STATE_CODES.has(r.country) && !ORG_CODES.has(r.country) ? "country"
    : r.sector && !PLOVER_SECTORS.has(r.sector) ? "sector" : "";
  if (bad) throw new Error(`data/kb/curated/orgs.tsv row ${i + 1} (${r.name_en}): bad ${bad}`);
  // one name, one organisation: a name listed twice would be ambiguous at match time
  for (const n of names) {
    const k = normalizePhrase(n);
    const had = seenOrgNames.get(k);
    if (had && had !== r.name_en) console.warn(`orgs.tsv: «${n}» names both ${had} and ${r.name_en}`);
    seenOrgNames.set(k, r.name_en);
  }
  entities.push({
    id: `O:${i + 1}`, type: r.type as KbEntity["type"], name: names[0], name_en: r.name_en || null, country: r.country || null,
    sector: r.sector || null, wikidata: r.wikidata || qids.get((r.name_en ?? "").toLowerCase()) || null, aliases: names, nisba: [], plurals: [],
    geonames: null, lat: null, lon: null, admin1: null, precision: 3, kind: r.type === "FAC" ? "metonym" : "org",
  });
}
// regions and partially recognised entities
const gazById = new Map(gaz.map((g) => [g.id, g]));
const regionRows = readTsv(join(ROOT, "data/kb/curated/regions.tsv"), { comments: true });
for (const [i, r] of regionRows.entries()) {
  const names = split(r.names_ar);
  let geonames: number | null = r.geonames ? Number(r.geonames) : null;
  let lat: number | null = r.lat ? Number(r.lat) : null;
  let lon: number | null = r.lon ? Number(r.lon) : null;
  const g = geonames ? gazById.get(geonames) : undefined;
  // a GeoNames id is kept only where the row exists and lies near the curated point
  if (geonames && (!g || lat === null || lon === null || Math.abs(g.lat - lat) + Math.abs(g.lon - lon) > 1)) geonames = null;
  if (g && geonames) { lat = g.lat; lon = g.lon; }
  const id = `R:${i + 1}`;
  entities.push({
    id, type: "LOC", name: names[0], name_en: r.name_en || null, country: r.country || null, sector: r.sector || null,
    wikidata: null, aliases: names, nisba: [], plurals: [], geonames, lat, lon, admin1: null, precision: 3,
    kind: r.sector === "PRE" ? "pre" : "region",
  });
  // the entity's capital: a GeoNames row if present (Stepanakert is GeoNames' Xankandi), with the curated names
  const capNames = split(r.capital_names_ar);
  if (capNames.length && r.capital_geonames) {
    const cg = gazById.get(Number(r.capital_geonames));
    if (cg) { cg.ar = uniq([...cg.ar, ...capNames]); capitalOf.set(cg.id, id); if (r.capital_name_en) cg.en = r.capital_name_en; }
  }
}

// ---- sector words (curated)
const sectors = readTsv(join(ROOT, "data/kb/curated/sectors.tsv"), { comments: true }).map((r) => ({
  kind: r.kind as "office" | "body" | "group", forms: split(r.forms), sector: r.sector, label: r.label_en || null,
}));

// ---- occupational and social groups (curated/groups.tsv): heads alone, and generic heads («أعوان»، «عمال») with the
// domain genitive that gives their sector («أعوان الصحة» LAB, «أعوان البلدية» GOV); a form sectors.tsv already has keeps
// its sector there
{
  const rows = readTsv(join(ROOT, "data/kb/curated/groups.tsv"), { comments: true });
  const bad = rows.find((r) => !["head", "generic", "domain"].includes(r.kind) || !PLOVER_SECTORS.has(r.sector) || !split(r.forms).length);
  if (bad) throw new Error(`groups.tsv: bad row ${JSON.stringify(bad)}`);
  const seen = new Set(sectors.flatMap((r) => r.forms.flatMap((f) => [f, f.startsWith("ال") ? f : "ال" + f])));
  const fresh = (forms: string[]) => forms.filter((f) => !seen.has(f) && !seen.has("ال" + f) && (seen.add(f), true));
  const push = (forms: string[], sector: string) => { const f = fresh(forms); if (f.length) sectors.push({ kind: "group", forms: f, sector, label: null }); };
  for (const r of rows) if (r.kind === "head" || (r.kind === "generic" && r.alone === "yes")) push(split(r.forms), r.sector);
  const generic = rows.filter((r) => r.kind === "generic").flatMap((r) => split(r.forms));
  for (const r of rows) if (r.kind === "domain") push(generic.flatMap((h) => split(r.forms).map((d) => `${h} ${d}`)), r.sector);
}

const kb: KbData = { version: 1, entities, sectors };
mkdirSync(join(ROOT, "data/kb"), { recursive: true });
writeFileSync(join(ROOT, "data/kb/kb.json"), JSON.stringify(kb));

// ---- gazetteer file
const gazLines = ["geonameid\tname_en\tnames_ar\tlat\tlon\tcountry\tadmin1\tfeature_code\tpopulation\tcapital_of"];
for (const g of gaz) {
  if (!g.ar.length) continue;
  gazLines.push([g.id, g.en, g.ar.join("|"), g.lat, g.lon, g.cc, g.admin1, g.fcode, g.pop, capitalOf.get(g.id) ?? ""].join("\t"));
}
mkdirSync(join(ROOT, "data/gazetteer"), { recursive: true });
writeFileSync(join(ROOT, "data/gazetteer/places.tsv"), gazLines.join("\n") + "\n");

// ---- leaders: Factbook rows (public domain) and CountryInfo rows also in the MIT Phoenix dictionary
const OFFICES = new Set(["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister"]);
const leaderLines = ["country\toffice_class\tname_en\tstart\tend\tsource\tnames_ar\twikidata\tsector"];
for (const r of readTsv(join(SHARED, "actors", "leaders.tsv"))) {
  if (!/^[A-Z]{3}$/.test(r.country_iso3) || !OFFICES.has(r.office_class) || !r.person_name_en) continue;
  const factbook = r.source.startsWith("factbook");
  if (!factbook && r.in_phoenix_mit !== "yes") continue;
  if (!factbook && r.end_date && r.end_date < "1990") continue;
  leaderLines.push([r.country_iso3, r.office_class, r.person_name_en, r.start_date, r.end_date, factbook ? "factbook" : "countryinfo-phoenix-mit", "", "", ""].join("\t"));
}
// curated office holders 2010-2025 (public record), with Arabic press spellings; checked here so that a typo fails the build
const CURATED_OFFICES = new Set([...OFFICES, "deputy_head_of_government", "head_of_organization", "envoy", "group_leader", "military_commander", "speaker", "party_leader", "union_leader", "un_representative"]);
const CODES = new Set([...entities.filter((e) => e.kind === "state").map((e) => e.country!), "UNO", "EUR", "IGO", "IMG"]);
const SECTORS = new Set(["", "GOV", "MIL", "REB", "PRM", "LEG", "OPP", "COP", "JUD", "PTY", "LAB", "BUS", "ELI"]);
let curatedLeaders = 0;
for (const [i, r] of readTsv(join(ROOT, "data/kb/curated/office-holders.tsv"), { comments: true }).entries()) {
  const names = split(r.names_ar);
  const bad = !CODES.has(r.country) ? "country" : !CURATED_OFFICES.has(r.office_class) ? "office_class" : !r.name_en ? "name_en"
    : !/^\d{4}$/.test(r.start) || !/^(\d{4})?$/.test(r.end) || (r.end !== "" && r.end < r.start) ? "years"
    : !/^(Q\d+)?$/.test(r.wikidata) ? "wikidata" : !SECTORS.has(r.sector) ? "sector"
    : names.some((n) => !/^[\u0600-\u06FF ]+$/.test(n)) ? "names_ar" : "";
  if (bad) throw new Error(`data/kb/curated/office-holders.tsv row ${i + 1} (${r.name_en}): bad ${bad}`);
  leaderLines.push([r.country, r.office_class, r.name_en, r.start, r.end, "rasd-curated", names.join("|"), r.wikidata, r.sector].join("\t"));
  curatedLeaders++;
}
writeFileSync(join(ROOT, "data/kb/leaders.tsv"), leaderLines.join("\n") + "\n");

console.log(`kb: ${entities.length} entities (${entities.filter((e) => e.kind === "state").length} states), ${sectors.length} sector rows; ` +
  `gazetteer: ${gazLines.length - 1} places; leaders: ${leaderLines.length - 1} (${curatedLeaders} curated)`);
