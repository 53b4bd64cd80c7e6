// The country an outlet reports from (data/kb/outlets.tsv), so that the events stage can give unnamed domestic
// actors («الحكومة», «وزارة الداخلية», «الوالي», «الحزب») the outlet's country, as an analyst reading the outlet would.
// Pure: the table is parsed by load.ts and indexed once by buildOutletTable; outletCountry only reads it.
// Rule (see data/kb/README.md): only a domestic outlet (one country's paper, radio or state agency) has a home
// country for this purpose; pan-Arab and international broadcasters (Al Jazeera, Al Arabiya, Asharq Al-Awsat,
// BBC Arabic …) and wire services give null, since their unnamed «الحكومة» is not their base country's.
import { normalize } from "../prep/normalize.js";

/** One row of data/kb/outlets.tsv. `scope` decides whether `country` is a home country for unnamed actors. */
export type OutletRow = {
  match: "domain" | "name" | "tld";
  /** a host suffix (domain), «|»-separated name patterns (name), or a country-code TLD without the dot (tld) */
  key: string;
  /** ISO alpha-3 of the base (owner/newsroom) country; empty for wire services */
  country: string | null;
  scope: "domestic" | "pan-arab" | "international" | "wire";
  outlet: string;
};

export type OutletTable = {
  /** host suffix → row */
  domains: Map<string, OutletRow>;
  /** name patterns as word sequences, longest first */
  names: { words: string[]; row: OutletRow }[];
  tlds: Map<string, OutletRow>;
};

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string): string[] => normalize(s).match(WORD) ?? [];

/** Indexes the table rows (once, at load). */
export function buildOutletTable(rows: OutletRow[]): OutletTable {
  const t: OutletTable = { domains: new Map(), names: [], tlds: new Map() };
  for (const r of rows) {
    if (r.match === "domain") t.domains.set(r.key.toLowerCase().replace(/^www\./, ""), r);
    else if (r.match === "tld") t.tlds.set(r.key.toLowerCase().replace(/^\./, ""), r);
    else for (const p of r.key.split("|")) { const w = words(p); if (w.length) t.names.push({ words: w, row: r }); }
  }
  t.names.sort((a, b) => b.words.length - a.words.length);
  return t;
}

/** Parses the TSV text of data/kb/outlets.tsv (header line first). */
export function parseOutlets(tsv: string): OutletRow[] {
  const out: OutletRow[] = [];
  for (const line of tsv.split("\n").slice(1)) {
    if (!line.trim()) continue;
    const [match, key, country, scope, outlet] = line.split("\t");
    if ((match !== "domain" && match !== "name" && match !== "tld") || !key) continue;
    if (scope !== "domestic" && scope !== "pan-arab" && scope !== "international" && scope !== "wire") continue;
    out.push({ match, key, country: country?.trim() || null, scope, outlet: outlet ?? "" });
  }
  return out;
}

const HOST = /(?:[a-z0-9-]+\.)+[a-z]{2,}/gi;

/** The host of a URL, lower-cased, without «www.»; null when the string is not a URL. */
function hostOf(url: string): string | null {
  try { return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null; } catch { return null; }
}

function byDomain(t: OutletTable, host: string): OutletRow | null {
  // the longest known suffix: «www.okaz.com.sa» → okaz.com.sa; «arabic.rt.com» → rt.com
  const parts = host.split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const r = t.domains.get(parts.slice(i).join("."));
    if (r) return r;
  }
  return null;
}

function byName(t: OutletTable, name: string): OutletRow | null {
  const w = words(name);
  for (const { words: p, row } of t.names) {
    for (let i = 0; i + p.length <= w.length; i++) if (p.every((x, k) => w[i + k] === x)) return row;
  }
  return null;
}

/** The table row that identifies an outlet: its URL's host, a host named in the outlet field, its name, its TLD. */
export function outletRow(t: OutletTable, article: { outlet?: string | null; url?: string | null }): OutletRow | null {
  const host = article.url ? hostOf(article.url) : null;
  const fromUrl = host ? byDomain(t, host) : null;
  if (fromUrl) return fromUrl;
  const named = article.outlet ?? "";
  for (const h of named.match(HOST) ?? []) { const r = byDomain(t, h.toLowerCase().replace(/^www\./, "")); if (r) return r; }
  const byN = named ? byName(t, named) : null;
  if (byN) return byN;
  const h = host ?? (named.match(HOST)?.[0]?.toLowerCase() ?? null);
  return h ? t.tlds.get(h.slice(h.lastIndexOf(".") + 1)) ?? null : null;
}

/**
 * The outlet's home country (ISO alpha-3) for unnamed domestic actors, or null: unknown outlet, wire service,
 * pan-Arab or international broadcaster.
 * @example outletCountry(kb, { outlet: "Jawhara FM (jawharafm.net, Tunisia)", url: null }) === "TUN"
 */
export function outletCountry(kb: { outlets?: OutletTable }, article: { outlet?: string | null; url?: string | null }): string | null {
  if (!kb.outlets) return null;
  const r = outletRow(kb.outlets, article);
  return r && r.scope === "domestic" ? r.country : null;
}
