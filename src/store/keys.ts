// Idempotency keys: the same article arriving twice (same URL, or the same text however it is spaced or
// spelled with different hamza seats) is stored once.
import { createHash } from "node:crypto";
import { normalizePhrase } from "../prep/normalize.js";

const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|ref_src)$/i;

/**
 * The URL as a key: lower-case scheme and host, no fragment, no tracking parameters, no trailing slash.
 * @example canonicalUrl("HTTPS://Example.com/a/?utm_source=x#top") === "https://example.com/a"
 */
export function canonicalUrl(url: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim() || null;
  }
  u.hash = "";
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  let s = u.toString();
  if (s.endsWith("/") && u.pathname !== "/" && !u.search) s = s.slice(0, -1);
  else if (u.pathname === "/" && !u.search && s.endsWith("/")) s = s.slice(0, -1);
  return s;
}

/** sha256 (hex) of the normalized, whitespace-collapsed text. */
export function contentHash(text: string): string {
  return createHash("sha256").update(normalizePhrase(text)).digest("hex");
}

export function sha256hex(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}
