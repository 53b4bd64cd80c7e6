// 32-bit FNV-1a feature hashing: a feature is (template, value) and is hashed without building the string,
// so the per-token hot path allocates nothing for prefixes, suffixes or conjunctions of two values.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** Hash of `s.slice(from, to)` under template `tpl`; never 0 (0 means "no feature"). */
export function hashRange(tpl: number, s: string, from = 0, to = s.length): number {
  let h = Math.imul(OFFSET ^ tpl, PRIME);
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  h ^= h >>> 15;
  return h === 0 ? 1 : h >>> 0;
}

/** Hash of a pair of already hashed values under template `tpl`; never 0. */
export function hashPair(tpl: number, a: number, b: number): number {
  let h = Math.imul(OFFSET ^ tpl, PRIME);
  h = Math.imul(h ^ a, PRIME);
  h = Math.imul(h ^ (a >>> 16), PRIME);
  h = Math.imul(h ^ b, PRIME);
  h = Math.imul(h ^ (b >>> 16), PRIME);
  h ^= h >>> 15;
  return h === 0 ? 1 : h >>> 0;
}

/** Hash of a small integer value under template `tpl`; never 0. */
export function hashInt(tpl: number, v: number): number {
  return hashPair(tpl, v, 0x9e3779b9);
}
