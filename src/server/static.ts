// The dashboard's files from dist/web: a path is resolved inside the web root or refused, and every
// non-/api path that is not a file gets index.html (the dashboard routes on the client).
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".ico": "image/x-icon", ".woff2": "font/woff2", ".woff": "font/woff",
  ".ttf": "font/ttf", ".map": "application/json", ".txt": "text/plain; charset=utf-8", ".webmanifest": "application/manifest+json",
};

export function webRootReady(root: string | null | undefined): boolean {
  return !!root && existsSync(join(root, "index.html"));
}

/** The file for a URL path, or index.html, or null when the path escapes the root. */
export async function staticFile(root: string, urlPath: string): Promise<{ body: Buffer; type: string; cache: string } | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.split("?")[0]);
  } catch {
    return null;
  }
  if (rel.includes("\0")) return null;
  const base = resolve(root);
  const target = resolve(base, `.${normalize(`/${rel}`)}`);
  if (target !== base && !target.startsWith(base + sep)) return null;
  let file = target;
  let st = existsSync(file) ? statSync(file) : null;
  if (!st || !st.isFile()) {
    file = join(base, "index.html");
    st = existsSync(file) ? statSync(file) : null;
    if (!st) return null;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  const cache = file.endsWith("index.html") ? "no-cache" : "public, max-age=3600";
  return { body: await readFile(file), type, cache };
}
