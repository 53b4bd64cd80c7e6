// Bearer tokens, known only by their sha256: a token presented is hashed and compared with every known
// hash in constant time, so neither the database nor the timing tells an attacker anything.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new random token (shown once) and its hash (stored). */
export function newToken(): { token: string; hash: string } {
  const token = `rasd_${randomBytes(24).toString("base64url")}`;
  return { token, hash: hashToken(token) };
}

/** True when `presented` hashes to one of `hashes`; every hash is compared, whatever matches. */
export function tokenMatches(presented: string | null, hashes: Iterable<string>): boolean {
  if (!presented) return false;
  const digest = Buffer.from(hashToken(presented), "hex");
  let ok = false;
  for (const h of hashes) {
    const known = Buffer.from(h, "hex");
    if (known.length === digest.length && timingSafeEqual(known, digest)) ok = true;
  }
  return ok;
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearer(header: string | undefined | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}
