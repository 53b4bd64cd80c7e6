// The dashboard's filters: one object, read from and written to the page's query string, and turned into
// the query parameters of /api/events and /api/incidents.

export type Filters = {
  type: string[];      // PLOVER types
  status: string[];    // asserted | negated | future | hypothetical
  country: string;     // ISO alpha-3
  actor: string;
  from: string;        // YYYY-MM-DD
  to: string;
  place: string;
  article: string;
};

export const EMPTY_FILTERS: Filters = { type: [], status: [], country: "", actor: "", from: "", to: "", place: "", article: "" };

const LISTS = ["type", "status"] as const;
const TEXTS = ["country", "actor", "from", "to", "place", "article"] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilters(params: URLSearchParams): Filters {
  const f: Filters = { ...EMPTY_FILTERS, type: [], status: [] };
  for (const k of LISTS) f[k] = (params.get(k) ?? "").split(",").map((v) => v.trim()).filter(Boolean);
  for (const k of TEXTS) f[k] = (params.get(k) ?? "").trim();
  if (!DAY.test(f.from)) f.from = "";
  if (!DAY.test(f.to)) f.to = "";
  f.country = f.country.toUpperCase();
  return f;
}

/** Only the filters that are set, in a fixed order (so equal filters give equal URLs). */
export function filterParams(f: Filters): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of LISTS) if (f[k].length) p.set(k, f[k].join(","));
  for (const k of TEXTS) if (f[k]) p.set(k, f[k]);
  return p;
}

export function hasFilters(f: Filters): boolean {
  return filterParams(f).toString() !== "";
}
