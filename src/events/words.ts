// The words of one article as the event reader sees them: each token's clitic-free lookup keys and the
// lexicon entries (triggers and cues) that start at it. Built once per article; everything after reads it.
import type { Prepared, Token } from "../core/doc.js";
import type { CueEntry, FormHit, FormIndex, TriggerEntry } from "./lexicon.js";
import { stripArticle } from "./lexicon.js";

/** A lexicon entry matched at a token; `end` is the token after the match (exclusive). */
export type Match<T> = { entry: T; start: number; end: number; verb: "past" | "pres" | null; future: boolean };

/**
 * The lookup keys of a word: its normalized form and what remains after peeling the proclitics news
 * attaches (و ف, then ب ل ك or the future س, then the article), so «واشتبكت», «بالقصف» and «للقصف» meet
 * their lexicon forms whether or not the preparation stage segmented them. The token's own stem comes first.
 * @example tokenKeys("وبالقصف") includes "قصف"
 */
export function tokenKeys(norm: string, stem?: string): string[] {
  const out: string[] = [];
  if (stem && stem.length >= 2) out.push(stem);
  addKey(out, norm);
  const c0 = norm[0];
  if ((c0 === "و" || c0 === "ف") && norm.length >= 3) addBase(out, norm.slice(1));
  addBase(out, norm);
  return out;
}

function addKey(out: string[], k: string): void {
  if (k.length >= 2 && !out.includes(k)) out.push(k);
}

function addBase(out: string[], b: string): void {
  addKey(out, b);
  if (b.length < 4) return;
  if (b.startsWith("ال") || b.startsWith("لل")) addKey(out, b.slice(2));
  const c0 = b[0];
  if (c0 === "ب" || c0 === "ل" || c0 === "ك") {
    const c = b.slice(1);
    addKey(out, c);
    if (c.startsWith("ال") && c.length >= 4) addKey(out, c.slice(2));
  } else if (c0 === "س") addKey(out, b.slice(1));
}

/** Whether the key was reached by peeling a future س off the word. */
function viaFuture(norm: string, key: string): boolean {
  const b = norm[0] === "و" || norm[0] === "ف" ? norm.slice(1) : norm;
  return b[0] === "س" && b.slice(1) === key;
}

function viaArticle(norm: string, key: string): boolean {
  const b = norm[0] === "و" || norm[0] === "ف" ? norm.slice(1) : norm;
  return b.endsWith(key) && b.length > key.length && /^(ال|لل|بال|كال)/.test(b.slice(0, b.length - key.length) + key) && /(ال|لل)$/.test(b.slice(0, b.length - key.length));
}

export class Words {
  readonly keys: string[][];
  private readonly cueCache: (Match<CueEntry>[] | undefined)[] = [];
  constructor(
    readonly doc: Prepared,
    private readonly triggerIndex: FormIndex<TriggerEntry>,
    private readonly cueIndex: FormIndex<CueEntry>,
  ) {
    const toks = doc.tokens;
    this.keys = toks.map((t) => (t.kind === "ar" || t.kind === "latin" ? tokenKeys(t.norm, t.stem !== t.norm ? t.stem : undefined) : [t.norm]));
  }

  /** The cue entries starting at token i (computed once per token). */
  cuesAt(i: number): Match<CueEntry>[] {
    let m = this.cueCache[i];
    if (m === undefined) {
      m = this.doc.tokens[i] ? this.matchAt(this.cueIndex, i) : [];
      this.cueCache[i] = m;
    }
    return m;
  }

  get tokens(): Token[] {
    return this.doc.tokens;
  }

  /** Whether the token has this key (one of its clitic-free forms), article-insensitive. */
  has(i: number, word: string): boolean {
    const ks = this.keys[i];
    if (!ks) return false;
    for (const k of ks) if (k === word || stripArticle(k) === word) return true;
    return false;
  }

  /** Whether the words (already article-stripped) follow contiguously from token i, within the sentence. */
  phraseAt(i: number, words: string[]): boolean {
    const toks = this.doc.tokens;
    const s = toks[i]?.sentence;
    for (let k = 0; k < words.length; k++) {
      const t = toks[i + k];
      if (!t || t.sentence !== s) return false;
      const w = words[k];
      if (!this.has(i + k, w) && !this.has(i + k, w + "ا") && !this.has(i + k, w.endsWith("ا") ? w.slice(0, -1) : w + "ه")) return false;
    }
    return true;
  }

  matchAt<T>(index: FormIndex<T>, i: number): Match<T>[] {
    const out: Match<T>[] = [];
    const tok = this.doc.tokens[i];
    if (tok.kind !== "ar") return out;
    let seen: FormHit<T>[] | null = null;
    for (const k of this.keys[i]) {
      const hits = index.get(k);
      if (!hits) continue;
      for (const h of hits) {
        if (seen?.includes(h)) continue;
        (seen ??= []).push(h);
        if (h.rest.length && !this.phraseAt(i + 1, h.rest)) continue;
        // «التوصل», «بالقصف»: a form reached by peeling the article is a noun, never a verb
        if (h.verb && viaArticle(tok.norm, k)) continue;
        // a word written with taa marbuta («وزارة») is a noun, whatever its normalized form looks like
        // (a feminine participle is written so too: «داعية», «مؤكدة»)
        if (h.verb && tok.text.endsWith("ة") && !(h.entry as { part?: boolean }).part) continue;
        out.push({ entry: h.entry, start: i, end: i + 1 + h.rest.length, verb: h.verb, future: h.verb === "pres" && viaFuture(tok.norm, k) });
      }
    }
    // longest phrase first
    out.sort((a, b) => b.end - a.end);
    return out;
  }

  private readonly triggerCache: (Match<TriggerEntry>[] | undefined)[] = [];

  /** Trigger entries starting at token i (computed once per token). */
  triggersAt(i: number): Match<TriggerEntry>[] {
    let m = this.triggerCache[i];
    if (m === undefined) {
      m = this.doc.tokens[i] ? this.matchAt(this.triggerIndex, i) : [];
      this.triggerCache[i] = m;
    }
    return m;
  }

  /** The first cue of this kind starting at token i. */
  cue(i: number, kind: string): Match<CueEntry> | undefined {
    if (i < 0 || i >= this.doc.tokens.length) return undefined;
    for (const m of this.cuesAt(i)) if (m.entry.kind === kind) return m;
    return undefined;
  }

  private readonly kindCache: (string[] | undefined)[] = [];

  /**
   * Whether token i is the reporting verb «بيّن» ("stated, showed"), written like the preposition «بين»:
   * with its shadda, in a form only the verb has («بينت»), or opening a sentence whose first comma or «أن» is
   * followed by what was stated (a complementizer, a noun with a pronoun: «وبين حزب التكتل ...، تضامنه المطلق»)
   * where the preposition would have its second party («وبين عامي 2010 و2015، تضاعف»).
   */
  isBayyana(i: number): boolean {
    const toks = this.doc.tokens;
    const t = toks[i];
    if (!t || t.kind !== "ar") return false;
    const raw = t.text.replace(/[\u064B-\u0650\u0652]/g, "");
    if (/^[وف]?بي\u0651ن(ت|وا|ا)?$/.test(raw)) return true;
    const n = t.norm.replace(/^[وف]/, "");
    if (n === "بينت" || n === "بينوا") return true;
    if (n !== "بين") return false;
    const s = this.doc.sentences[t.sentence];
    if (!s || i !== s.tokenStart) return false;
    for (let k = i + 2; k < Math.min(s.tokenEnd - 1, i + 16); k++) {
      if (this.isCue(k, "comp")) return true;
      const x = toks[k].text;
      if (x !== "،" && x !== "," && x !== ":") continue;
      if (this.isCue(k + 1, "comp")) return true;
      return /[^ة](ه|ها|هم|هما)$/.test(toks[k + 1].norm);
    }
    return false;
  }

  /** Whether a cue of this kind starts at token i. */
  isCue(i: number, kind: string): boolean {
    if (i < 0 || i >= this.doc.tokens.length) return false;
    let kinds = this.kindCache[i];
    if (kinds === undefined) {
      kinds = this.cuesAt(i).map((m) => m.entry.kind);
      this.kindCache[i] = kinds;
    }
    return kinds.includes(kind);
  }
}
