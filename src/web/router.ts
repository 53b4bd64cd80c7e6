// Hash routes (#/map?type=ASSAULT): the page works from any URL the server hands index.html for, and the
// filters live in the address so a view can be bookmarked and shared.

export type Route = { path: string[]; params: URLSearchParams };

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const q = raw.indexOf("?");
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const path = pathPart.split("/").filter(Boolean).map((p) => { try { return decodeURIComponent(p); } catch { return p; } });
  return { path, params: new URLSearchParams(q < 0 ? "" : raw.slice(q + 1)) };
}

export function href(path: string, params?: URLSearchParams): string {
  const qs = params?.toString();
  return `#/${path}${qs ? `?${qs}` : ""}`;
}

export function go(path: string, params?: URLSearchParams): void {
  location.hash = href(path, params);
}
