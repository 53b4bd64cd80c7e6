// Gazetteer membership as a tagger feature: known place, country, organisation and actor names (built from
// ../shared/data/places and ../shared/data/actors by scripts/train/ner.ts, shipped inside the model).
// The tagger only learns how much to trust a match, so a list entry never forces a tag.

/** The last three are names annotated as persons, places and organisations in other corpora (WikiFANE, Wojood). */
export const GAZ_CLASSES = ["COUNTRY", "PLACE", "ORG", "ACTOR", "NAMED_PERS", "NAMED_LOC", "NAMED_ORG"] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];

export type Gazetteer = {
  /** normalized phrase (words joined by one space) → class index into GAZ_CLASSES */
  phrases: Map<string, number>;
  /** first words of all phrases, to skip most tokens at once */
  firsts: Set<string>;
  /** every proper prefix (two words or more) of a phrase, so that a match stops growing as soon as it can */
  prefixes: Set<string>;
  maxLen: number;
};

/** Builds the lookup from normalized phrases; the first class given for a phrase wins. */
export function buildGazetteer(entries: Iterable<readonly [phrase: string, cls: number]>): Gazetteer {
  const phrases = new Map<string, number>();
  const firsts = new Set<string>();
  const prefixes = new Set<string>();
  let maxLen = 1;
  for (const [p, cls] of entries) {
    if (!p || phrases.has(p)) continue;
    phrases.set(p, cls);
    const words = p.split(" ");
    firsts.add(words[0]);
    for (let k = 2; k < words.length; k++) prefixes.add(words.slice(0, k).join(" "));
    if (words.length > maxLen) maxLen = words.length;
  }
  return { phrases, firsts, prefixes, maxLen };
}

/**
 * Longest-match, left to right. The first word of a match may carry proclitics: `firstForms[i]` lists the
 * forms of word i to try (the word, then with clitics peeled); later words match by `norms[j]`.
 * Writes into `out[i]`: 0 = no match, else 1 + class*2 + (0 for the first word, 1 inside).
 */
export function matchGazetteer(norms: readonly string[], firstForms: readonly (readonly string[])[], gaz: Gazetteer, out: Int32Array): void {
  const n = norms.length;
  out.fill(0, 0, n);
  let i = 0;
  while (i < n) {
    let bestLen = 0;
    let bestCls = 0;
    for (const f of firstForms[i]) {
      if (!gaz.firsts.has(f)) continue;
      let key = f;
      const c1 = gaz.phrases.get(key);
      if (c1 !== undefined && bestLen < 1) { bestLen = 1; bestCls = c1; }
      for (let len = 2; len <= gaz.maxLen && i + len <= n; len++) {
        key += " " + norms[i + len - 1];
        const c = gaz.phrases.get(key);
        if (c !== undefined && len > bestLen) { bestLen = len; bestCls = c; }
        if (!gaz.prefixes.has(key)) break;
      }
    }
    if (bestLen === 0) { i++; continue; }
    out[i] = 1 + bestCls * 2;
    for (let k = 1; k < bestLen; k++) out[i + k] = 2 + bestCls * 2;
    i += bestLen;
  }
}
