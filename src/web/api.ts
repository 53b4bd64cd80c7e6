// The dashboard's only door to the server: GET /api/... with the bearer token when one is set. Shapes
// follow src/server/README.md.
import type { Analysis, EventRecord } from "../core/contract.js";

export type ListResponse<T> = { items: T[]; total: number };

export type Stats = {
  articles: number; records: number; events: number; entities: number; reports: number;
  by_type: Record<string, number>; by_country: Record<string, number>;
  published: { from: string | null; to: string | null };
};

export type ArticleSummary = {
  id: string; title: string | null; published: string | null; outlet: string | null; url: string | null; events: number;
};

export type Article = ArticleSummary & { text: string };

export type EventItem = EventRecord & {
  key: string; article_id: string; article_title: string | null; published: string | null; outlet: string | null;
  url: string | null; date: string | null; lat: number | null; lon: number | null;
};

export type IncidentSource = {
  article_id: string; event_id: string; outlet: string | null; title: string | null; published: string | null;
  url: string | null; claimant: string | null; status: string; dead: number | null; injured: number | null;
  trigger: string | null; evidence: string | null;
};

export type Incident = {
  id: string; type: string; date: string | null;
  place: { name: string; name_en: string | null; country: string | null; lat: number | null; lon: number | null } | null;
  actors: string[]; articles: number; sources: IncidentSource[];
  fatalities: { acled: number | null; ucdp: { low: number; best: number; high: number } | null } | null;
};

export type GraphNode = { id: string; name: string; name_en: string | null; country: string | null; sector: string | null; events: number };
export type Graph = { nodes: GraphNode[]; edges: { source: string; target: string; weight: number; types: Record<string, number> }[] };

export type SearchHit = ArticleSummary & { snippet: string; highlights: [number, number][]; score: number };

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

const TOKEN_KEY = "rasd.token";

export function getToken(): string {
  try { return localStorage.getItem(TOKEN_KEY) ?? ""; } catch { return ""; }
}

export function setToken(token: string): void {
  try { localStorage.setItem(TOKEN_KEY, token); } catch { /* ignore */ }
}

export async function api<T>(path: string, params?: URLSearchParams | Record<string, string | number>): Promise<T> {
  const qs = params ? new URLSearchParams(params instanceof URLSearchParams ? params : Object.entries(params).map(([k, v]) => [k, String(v)])).toString() : "";
  const headers: Record<string, string> = { accept: "application/json" };
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`/api${path}${qs ? `?${qs}` : ""}`, { headers });
  if (!res.ok) {
    let code = "HTTP_" + res.status, message = res.statusText;
    try {
      const body = (await res.json()) as { error?: { code?: string; message?: string } };
      code = body.error?.code ?? code; message = body.error?.message ?? message;
    } catch { /* not JSON */ }
    throw new ApiError(res.status, code, message);
  }
  return (await res.json()) as T;
}

export type ArticleResponse = { article: Article; record: Analysis | null };
