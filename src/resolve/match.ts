// Dictionary matching: the longest knowledge-base phrase at each token, clitic-aware («وأذربيجان»،
// «لأذربيجان»، «بموسكو»، «للكرملين»), one hash lookup per token variant.
import type { Prepared, Token } from "../core/doc.js";
import type { KnowledgeBase, PhraseEntry } from "./knowledge-base.js";

/** A phrase found in the text: tokens [tokenStart, tokenEnd), chars [start, end). */
export type DictMatch = {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  entry: PhraseEntry;
  /** proclitics stripped from the first token («و», «ب», «ل» …), in order; "" for none */
  clitics: string;
};

function pushNew(out: Variant[], form: string, clitics: string, offset: number): void {
  if (form.length < 2) return;
  for (const v of out) if (v.form === form) return;
  out.push({ form, clitics, offset });
}

export type Variant = { form: string; clitics: string; offset: number };


/**
 * The lookup forms of a token: itself, then with و/ف and ب/ل stripped («لل» restores the article: «للكرملين» →
 * «الكرملين»). When prep has segmented the token, its stem (and article + stem) are used too.
 * `offset` is how many characters of the token the clitics take, so spans can start at the name itself.
 */
export function tokenVariants(tok: Token): Variant[] {
  const n = tok.norm;
  const out: Variant[] = [{ form: n, clitics: "", offset: 0 }];
  if (n.length >= 4) {
    let base = n;
    let clitics = "";
    let offset = 0;
    const c0 = n[0];
    if (c0 === "و" || c0 === "ف") {
      base = n.slice(1);
      clitics = c0;
      offset = 1;
      out.push({ form: base, clitics, offset });
    }
    const c1 = base[0];
    // «ك» (like) is left out: it rarely stands before a name and makes words of other words («كبيراً» → «بيرا»)
    if (base.length >= 4 && (c1 === "ب" || c1 === "ل")) {
      if (c1 === "ل" && base[1] === "ل") out.push({ form: "ال" + base.slice(2), clitics: clitics + c1, offset: offset + 1 });
      out.push({ form: base.slice(1), clitics: clitics + c1, offset: offset + 1 });
    }
  }
  if (tok.morphs.length > 1) {
    let clitics = "";
    let detStart = -1;
    let stemStart = -1;
    for (const m of tok.morphs) {
      if (m.role === "proclitic") { if (m.tag === "DET") detStart = m.start; else clitics += m.text; }
      else if (m.role === "stem" && stemStart < 0) stemStart = m.start;
    }
    if (stemStart >= 0) {
      if (detStart >= 0) pushNew(out, "ال" + tok.stem, clitics, detStart - tok.start);
      pushNew(out, tok.stem, clitics, stemStart - tok.start);
    }
  }
  // offsets count characters of the normalized form: only exact when normalization kept the length
  if (tok.norm.length !== tok.text.length) for (const v of out) if (v.offset && tok.morphs.length <= 1) v.offset = 0;
  return out;
}

const HA_END = /ه[\u064B-\u0652\u0640]*$/;
const NONE: Variant[] = [];
/** Lookup forms of every word token (computed once per document and shared by the resolver's passes). */
export function allVariants(doc: Prepared): Variant[][] {
  return doc.tokens.map((t) => (isWord(t) ? tokenVariants(t) : NONE));
}

function isWord(t: Token): boolean {
  return t.kind === "ar" || t.kind === "latin";
}

/** Greedy longest-first matching, left to right; matches do not overlap. */
export function matchDictionary(doc: Prepared, kb: KnowledgeBase, variants: Variant[][] = allVariants(doc)): DictMatch[] {
  const toks = doc.tokens;
  const out: DictMatch[] = [];
  // a text that writes «ة» reads a final «ه» on a common noun as a pronoun: «طلبه» (his request) is not «طلبة»
  // (students); names are left alone (a Tunisian text may write «صبراته» for «صبراتة»): common-word place names are
  // gated in resolve (kb.commonNames)
  const writesTaa = doc.text.includes("ة");
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i];
    if (!isWord(tok)) { i++; continue; }
    let best: DictMatch | null = null;
    for (const v of variants[i]) {
      const entries = kb.index.get(v.form);
      if (entries) {
        for (const e of entries) {
          const n = e.tokens.length;
          if (best && n <= best.tokenEnd - best.tokenStart) break; // entries are sorted longest first
          if (i + n > toks.length) continue;
          let ok = true;
          for (let k = 1; k < n && ok; k++) ok = toks[i + k].norm === e.tokens[k] && toks[i + k].sentence === tok.sentence;
          if (!ok) continue;
          if (e.taa && writesTaa && HA_END.test(toks[i + n - 1].text) && e.targets.every((t) => t.kind === "sector")) continue;
          // a stripped clitic must leave a real word: short bare forms only match unstripped
          if (v.clitics && n === 1 && v.form.length < 3) continue;
          best = { tokenStart: i, tokenEnd: i + n, start: tok.start + v.offset, end: toks[i + n - 1].end, entry: e, clitics: v.clitics };
          break;
        }
      }
      // phrases fused into one token («الولاياتالمتحدة»)
      const j = kb.joined.get(v.form);
      if (j && (!best || best.tokenEnd - best.tokenStart === 1)) {
        best = { tokenStart: i, tokenEnd: i + 1, start: tok.start + v.offset, end: tok.end, entry: j, clitics: v.clitics };
      }
    }
    if (!best) {
      const fused = splitFused(tok, kb);
      if (fused) { out.push(...fused); i++; continue; }
      i++;
      continue;
    }
    out.push(best);
    i = best.tokenEnd;
  }
  return out;
}

/** Two names fused at a conjunction («أرمينياوأذربيجان»): both halves must be known single-word names. */
function splitFused(tok: Token, kb: KnowledgeBase): DictMatch[] | null {
  const s = tok.norm;
  if (s.length < 7 || s.length !== tok.text.length) return null; // offsets are only safe when norm keeps the length
  for (let k = 3; k < s.length - 3; k++) {
    if (s[k] !== "و") continue;
    const a = single(kb, s.slice(0, k));
    const b = single(kb, s.slice(k + 1));
    if (a && b) {
      return [
        { tokenStart: tok.i, tokenEnd: tok.i + 1, start: tok.start, end: tok.start + k, entry: a, clitics: "" },
        { tokenStart: tok.i, tokenEnd: tok.i + 1, start: tok.start + k + 1, end: tok.end, entry: b, clitics: "و" },
      ];
    }
  }
  return null;
}

function single(kb: KnowledgeBase, form: string): PhraseEntry | null {
  const list = kb.index.get(form);
  const e = list?.find((x) => x.tokens.length === 1 && x.targets.some((t) => t.kind !== "sector"));
  return e ?? null;
}
