// The in-memory knowledge base: every Arabic name, nisba form, gazetteer name and sector word, keyed by its
// first normalized token, so that resolution is a hash lookup per token (see match.ts).
import { normalize } from "../prep/normalize.js";
import type { KbData, KbEntity, KbSectorRow } from "./kb-types.js";
import { buildOutletTable, type OutletRow, type OutletTable } from "./outlet-country.js";

/** A gazetteer row (data/gazetteer/places.tsv, GeoNames CC BY 4.0). */
export type GazPlace = {
  geonames: number;
  name_en: string;
  names_ar: string[];
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  fcode: string;
  population: number;
  /** ISO3 of the state whose capital this is, or the KB id of the entity that claims it as its capital */
  capitalOf: string | null;
};

export type Leader = {
  country: string; office: string; name_en: string; start: string; end: string; skeleton: string; first: string; last: string; joined: string;
  /** curated rows: Wikidata id and the PLOVER sector of the office («REB» for an armed group's leader) */
  wikidata?: string; sector?: string;
};
/** A leaders.tsv row; `names_ar` are Arabic press spellings, each matched by its own consonant skeleton. */
export type LeaderRow = Omit<Leader, "skeleton" | "first" | "last" | "joined"> & { names_ar?: string[] };

/** What a dictionary phrase denotes. */
export type Target =
  | { kind: "entity"; entity: KbEntity; form: "name" | "nisba" | "plural" }
  | { kind: "place"; place: GazPlace }
  | { kind: "sector"; row: KbSectorRow };

/** `taa`: every spelling the phrase came from ends in «ة», so a text that writes «ة» and has «ه» there reads another
 *  word («بيانه» his statement ≠ «بيانة» Baena, «طلبه» his request ≠ «طلبة» students). */
export type PhraseEntry = { tokens: string[]; targets: Target[]; taa?: boolean; accusative?: boolean };

/** An office holder's full Arabic name as the press writes it (curated rows), with the country all its rows share. */
export type PersonName = { tokens: string[]; country: string; sector: string | null; name_en: string };

export type KnowledgeBase = {
  /** phrases by first normalized token, longest first */
  index: Map<string, PhraseEntry[]>;
  /** multi-word phrases written without spaces («الولاياتالمتحدة»), by their joined form */
  joined: Map<string, PhraseEntry>;
  entities: Map<string, KbEntity>;
  leaders: Map<string, Leader[]>;
  /** current office holders by the consonant skeleton of their whole name, for names the text gives no country for */
  currentLeaders: Map<string, Leader[]>;
  /** curated office holders' Arabic names (two words or more) by first normalized token, longest first; a name
   *  shared by holders of two countries is left out */
  personNames: Map<string, PersonName[]>;
  /** one-word gazetteer names that are mostly common words in news (data/gazetteer/common-names.tsv): a place only
   *  with more evidence (see `resolve`) */
  commonNames: Set<string>;
  /** outlets → the country they report from (data/kb/outlets.tsv; see outlet-country.ts) */
  outlets?: OutletTable;
  stats: { entities: number; places: number; sectorForms: number; leaders: number; phrases: number };
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The normalized word tokens of a phrase, split the way prep splits text. */
export function phraseTokens(s: string): string[] {
  return (normalize(s).match(WORD) ?? []);
}

/** Inflected forms of a masculine nisba (أرميني → أرمينية، أرمينيون، أرمينيين، أرمينيان، أرمينيات …), each also with ال; the
 *  accusative «أرمينيا» is added in buildKnowledgeBase where it names nothing else. */
export function nisbaForms(base: string): string[][] {
  const words = phraseTokens(base);
  const suffixes = ["", "ه", "ون", "ين", "ان", "تان", "تين", "ات"];
  const out: string[][] = [];
  for (const suf of suffixes) {
    const plain = words.map((w) => w + suf);
    out.push(plain, plain.map((w) => "ال" + w));
  }
  return out;
}

/** Latin consonant skeleton of an Arabic or Latin name, used to link an Arabic person name to an English one. */
const AR_SKEL: Record<string, string> = {
  ب: "b", ت: "t", ث: "s", ج: "j", ح: "h", خ: "k", د: "d", ذ: "z", ر: "r", ز: "z", س: "s", ش: "9", ص: "s", ض: "d",
  ط: "t", ظ: "z", غ: "g", ف: "f", ق: "k", ك: "k", ل: "l", م: "m", ن: "n", ه: "h", گ: "g", پ: "b", چ: "9", ڤ: "f",
};
export function arabicSkeleton(s: string): string {
  let out = "";
  for (const ch of normalize(s)) {
    const c = AR_SKEL[ch];
    if (c === undefined) { if (ch === " ") out += " "; continue; }
    if (!out.endsWith(c)) out += c;
  }
  return out.trim();
}
export function latinSkeleton(s: string): string {
  const t = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/x/g, "ks").replace(/sch|sh|ch|zh/g, "9").replace(/kh|ck|q/g, "k").replace(/ph|v|w(?=[^aeiou])/g, "f").replace(/th/g, "t")
    .replace(/dj|dzh|j/g, "j").replace(/c(?=[eiy])/g, "s").replace(/c/g, "k").replace(/p/g, "b").replace(/g(?=[ei])/g, "j");
  let out = "";
  for (const ch of t) {
    if (ch === " " || ch === "-") { if (!out.endsWith(" ")) out += " "; continue; }
    if (!/[bdfghjklmnrstz9]/.test(ch)) continue;
    if (!out.endsWith(ch)) out += ch;
  }
  return out.trim();
}

export type KbSources = { data: KbData; places: GazPlace[]; leaders: LeaderRow[]; outlets?: OutletRow[]; commonNames?: string[] };

// party heads: «حزب التكتل الديمقراطي …» names the party the KB knows as «التكتل الديمقراطي …»
const PARTY_HEADS = ["حزب", "حركة"].map(normalize);
const TAA = /ة[\u064B-\u0652\u0640]*$/;

/** Builds the lookup tables once (at load); resolution then only reads them. */
export function buildKnowledgeBase({ data, places, leaders, outlets, commonNames }: KbSources): KnowledgeBase {
  const index = new Map<string, PhraseEntry[]>();
  const byKey = new Map<string, PhraseEntry>();
  const add = (tokens: string[], target: Target, raw?: string) => {
    if (!tokens.length) return;
    const key = tokens.join(" ");
    const taa = raw !== undefined && TAA.test(raw.trim());
    let e = byKey.get(key);
    if (e && !taa) delete e.taa;
    if (!e) {
      e = { tokens, targets: [], ...(taa ? { taa } : {}) };
      byKey.set(key, e);
      const list = index.get(tokens[0]) ?? [];
      list.push(e);
      index.set(tokens[0], list);
    }
    if (!e.targets.some((t) => sameTarget(t, target))) e.targets.push(target);
  };
  for (const entity of data.entities) {
    for (const a of entity.aliases) {
      const t = phraseTokens(a);
      add(t, { kind: "entity", entity, form: "name" }, a);
      if (entity.sector === "PTY" && t.length >= 2 && !PARTY_HEADS.includes(t[0])) for (const h of PARTY_HEADS) add([h, ...t], { kind: "entity", entity, form: "name" }, a);
    }
    for (const n of entity.nisba) for (const f of nisbaForms(n)) add(f, { kind: "entity", entity, form: "nisba" });
    for (const p of entity.plurals) {
      const t = phraseTokens(p);
      add(t, { kind: "entity", entity, form: "plural" });
      add(t.map((w) => "ال" + w), { kind: "entity", entity, form: "plural" });
    }
  }
  for (const place of places) for (const a of place.names_ar) add(phraseTokens(a), { kind: "place", place }, a);
  let sectorForms = 0;
  for (const row of data.sectors) {
    for (const f of row.forms) {
      const t = phraseTokens(f);
      add(t, { kind: "sector", row }, f);
      if (!t[0].startsWith("ال")) add(["ال" + t[0], ...t.slice(1)], { kind: "sector", row }, f);
      sectorForms++;
    }
  }
  // accusative indefinite forms (tanwin alif) of one-word nisbas and group or office words: «مواطنا أمريكيا»،
  // «صحفيا فرنسيا»; added last, and only where the form names nothing else («سوري» + «ا» is «سوريا», the same state)
  const accusative: [string[], Target][] = [];
  for (const entity of data.entities) for (const n of entity.nisba) { const t = phraseTokens(n); if (t.length === 1) accusative.push([[t[0] + "ا"], { kind: "entity", entity, form: "nisba" }]); }
  for (const row of data.sectors) for (const f of row.forms) { const t = phraseTokens(f); if (t.length === 1 && !t[0].startsWith("ال") && !/[اهى]$/.test(t[0]) && t[0].length >= 3) accusative.push([[t[0] + "ا"], { kind: "sector", row }]); }
  for (const [t, target] of accusative) {
    if (byKey.has(t[0]) && !byKey.get(t[0])!.accusative) continue;
    add(t, target);
    byKey.get(t[0])!.accusative = true;
  }
  const joined = new Map<string, PhraseEntry>();
  for (const list of index.values()) {
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    for (const e of list) if (e.tokens.length > 1 && e.targets.some((t) => t.kind !== "sector")) joined.set(e.tokens.join(""), e);
  }
  const leaderMap = new Map<string, Leader[]>();
  for (const { names_ar, ...l } of leaders) {
    const list = leaderMap.get(l.country) ?? [];
    // the English name's skeleton, and one per Arabic spelling («محمد جواد ظريف»), which matches the text exactly
    const skeletons = new Set([latinSkeleton(l.name_en), ...(names_ar ?? []).map(arabicSkeleton)]);
    for (const skeleton of skeletons) {
      if (!skeleton) continue;
      const parts = skeleton.split(" ");
      list.push({ ...l, skeleton, first: parts[0] ?? "", last: parts.length > 1 ? parts[parts.length - 1] : "", joined: parts.join("") });
    }
    leaderMap.set(l.country, list);
  }
  const personNames = buildPersonNames(leaders);
  const currentLeaders = new Map<string, Leader[]>();
  for (const list of leaderMap.values()) {
    for (const l of list) {
      if (l.end !== "" || l.office === "other" || l.joined.length < 7) continue;
      const same = currentLeaders.get(l.joined) ?? [];
      same.push(l);
      currentLeaders.set(l.joined, same);
    }
  }
  return {
    index, joined, entities: new Map(data.entities.map((e) => [e.id, e])), leaders: leaderMap, currentLeaders, personNames,
    commonNames: new Set((commonNames ?? []).map(normalize)),
    ...(outlets ? { outlets: buildOutletTable(outlets) } : {}),
    stats: { entities: data.entities.length, places: places.length, sectorForms, leaders: leaders.length, phrases: byKey.size },
  };
}

/** Curated holders' full Arabic names; the state offices' sector when a row gives none (IGO heads keep none). */
function buildPersonNames(leaders: LeaderRow[]): Map<string, PersonName[]> {
  const byKey = new Map<string, PersonName & { start: string; years: number } | null>();
  for (const l of leaders) {
    for (const n of l.names_ar ?? []) {
      const tokens = phraseTokens(n);
      if (tokens.length < 2) continue;
      const key = tokens.join(" ");
      const sector = l.sector || (/^[A-Z]{3}$/.test(l.country) && !["UNO", "EUR", "IGO", "IMG"].includes(l.country) ? "GOV" : null);
      const had = byKey.get(key);
      if (had === null) continue;
      if (had && had.country !== l.country) { byKey.set(key, null); continue; }
      // the office held longest sets the sector (Ghannouchi: party leader for decades, speaker for two years)
      const years = (l.end ? Number(l.end) : 2025) - Number(l.start);
      if (!had || years > had.years || (years === had.years && l.start > had.start)) byKey.set(key, { tokens, country: l.country, sector, name_en: l.name_en, start: l.start, years });
    }
  }
  const out = new Map<string, PersonName[]>();
  for (const p of byKey.values()) {
    if (!p) continue;
    const { start: _start, years: _years, ...name } = p;
    void _start;
    void _years;
    const list = out.get(name.tokens[0]) ?? [];
    list.push(name);
    out.set(name.tokens[0], list);
  }
  for (const list of out.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return out;
}

function sameTarget(a: Target, b: Target): boolean {
  if (a.kind === "entity" && b.kind === "entity") return a.entity === b.entity && a.form === b.form;
  if (a.kind === "place" && b.kind === "place") return a.place === b.place;
  if (a.kind === "sector" && b.kind === "sector") return a.row === b.row;
  return false;
}
