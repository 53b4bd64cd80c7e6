// Sentence boundaries over the tokens: at . ! ? ؟ (with the closing quotes and brackets that follow), at
// line breaks (headings, datelines and list items stand on their own line), after a dateline that opens a
// paragraph («الرياض - واس», «(واس)», «عين اليوم – القاهرة:»), and where the press dropped the full stop
// before a word that opens sentences most of the time it occurs («وأضاف», «وقال»: learnt from the corpus).
// Not at the dot of an abbreviation («د.», «أ.ف.ب», «U.S.»), of a number (one token: 3.5), or of a URL, and
// not inside a short quotation.
import type { Sentence } from "../core/doc.js";
import type { RawToken } from "./tokenize.js";

export type SentenceOptions = {
  /** normalized sentence-opening words (see PrepResources.sentenceCues) */
  cues?: ReadonlySet<string>;
  /** a cue starts a sentence only after this many tokens without a boundary */
  cueAfter?: number;
};

const TERMINAL = new Set([".", "!", "?", "؟", "…"]);
const CLOSERS = new Set(["»", "”", "’", ")", "]", "}", '"', "'", "›"]);
const OPEN_QUOTE = new Set(["«", "“", "‹"]);
const CLOSE_QUOTE = new Set(["»", "”", "›"]);
const DASHES = new Set(["-", "–", "—", "ـ"]);
/** a quotation open longer than this is taken as unbalanced, not as a quote */
const MAX_QUOTE = 400;

/**
 * Groups tokens into sentences. `norms` are the tokens' normalized forms (for the cue words).
 * @example sentences("قال. ثم", toks, norms) → two sentences
 */
export function splitSentences(text: string, toks: RawToken[], norms: string[], opt: SentenceOptions = {}): Sentence[] {
  const out: Sentence[] = [];
  const cueAfter = opt.cueAfter ?? 6;
  let first = 0; // first token of the current sentence
  let quoteOpenAt = -1; // text offset where the open quotation began
  const close = (lastExclusive: number) => {
    if (lastExclusive <= first) return;
    out.push({ start: toks[first].start, end: toks[lastExclusive - 1].end, tokenStart: first, tokenEnd: lastExclusive });
    first = lastExclusive;
  };
  const n = toks.length;
  let paraStart = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    // a line break before this token ends the sentence and the paragraph
    if (i > 0 && hasNewline(text, toks[i - 1].end, t.start)) {
      close(i);
      quoteOpenAt = -1;
      paraStart = i;
    }
    if (i === paraStart) {
      const d = datelineEnd(text, toks, i);
      if (d > i) {
        close(d);
        paraStart = d;
        i = d - 1;
        continue;
      }
    }
    if (t.kind === "ar" && opt.cues && i - first >= cueAfter && opt.cues.has(norms[i])) {
      const prev = toks[i - 1];
      // only where no punctuation stands before it: that is where a full stop went missing
      if (prev.kind === "ar" || prev.kind === "num" || prev.kind === "latin") close(i);
    }
    if (t.kind !== "punct") continue;
    const ch = text[t.start];
    if (OPEN_QUOTE.has(ch)) { if (quoteOpenAt < 0) quoteOpenAt = t.start; continue; }
    if (CLOSE_QUOTE.has(ch)) { quoteOpenAt = -1; continue; }
    if (quoteOpenAt >= 0 && t.start - quoteOpenAt > MAX_QUOTE) quoteOpenAt = -1;
    if (!TERMINAL.has(ch)) continue;
    if (quoteOpenAt >= 0) continue;
    if (ch === "." && !dotEnds(text, toks, i)) continue;
    // take the run of terminals and closing quotes/brackets with the sentence
    let j = i + 1;
    while (j < n && toks[j].kind === "punct" && toks[j].start === toks[j - 1].end && (TERMINAL.has(text[toks[j].start]) || CLOSERS.has(text[toks[j].start]))) j++;
    close(j);
    i = j - 1;
  }
  close(n);
  return out;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Does the dot at toks[i] end a sentence? Not after a one-letter abbreviation, not inside a URL or a name. */
function dotEnds(text: string, toks: RawToken[], i: number): boolean {
  const prev = i > 0 ? toks[i - 1] : null;
  const next = i + 1 < toks.length ? toks[i + 1] : null;
  if (prev && prev.end === toks[i].start && prev.end - prev.start === 1 && (prev.kind === "ar" || prev.kind === "latin")) return false;
  if (prev && next && next.start === toks[i].end && prev.end === toks[i].start && prev.kind === "latin" && (next.kind === "latin" || next.kind === "num")) {
    return false; // jawharafm.net, U.S
  }
  return true;
}

/**
 * If the paragraph starting at token i opens with a dateline, the token index just after it, else i.
 * Datelines: «(واس)» in the first few tokens; «PLACE - AGENCY» / «PLACE – PLACE:» before the body.
 */
function datelineEnd(text: string, toks: RawToken[], i: number): number {
  const n = toks.length;
  const limit = Math.min(n, i + 8);
  for (let j = i; j < limit; j++) {
    const t = toks[j];
    if (t.kind !== "punct" && t.kind !== "sym") continue;
    const ch = text[t.start];
    if (hasNewline(text, toks[Math.max(i, j - 1)].end, t.start)) return i;
    if (ch === "(") {
      // a short parenthesis among the first tokens: «الرياض (واس) -»
      let k = j + 1;
      while (k < n && k - j <= 4 && text[toks[k].start] !== ")") k++;
      if (k < n && k - j <= 4 && text[toks[k].start] === ")" && j - i <= 3 && k + 1 < n) {
        let end = k + 1;
        if (end < n && DASHES.has(text[toks[end].start])) end++;
        if (end < n && text[toks[end].start] === ":") end++;
        return end < n ? end : i;
      }
      return i;
    }
    if (DASHES.has(ch) && j > i && j - i <= 3) {
      // PLACE - AGENCY: the dateline runs to a colon within 4 tokens, or covers one short agency word
      for (let k = j + 1; k < Math.min(n, j + 5); k++) {
        if (text[toks[k].start] === ":" ) return k + 1 < n ? k + 1 : i;
        if (toks[k].kind === "punct") break;
      }
      const next = toks[j + 1];
      if (next && next.kind === "ar" && next.end - next.start <= 4 && j + 2 < n && toks[j + 2].kind !== "punct") return j + 2;
      return j + 1 < n ? j + 1 : i;
    }
    if (ch === ":" && j - i <= 3 && j > i) return i; // «قال:» is not a dateline
    if (ch !== "«" && ch !== '"') return i;
  }
  return i;
}
