// CoNLL in and out, pure: one token per line (the token in the first column, whitespace- or tab-separated
// columns after it), a blank line between sentences; `token<TAB>tag` out.

export type ConllSentence = { tokens: string[]; /** the last column when a line has more than one */ tags: string[] };

const BOM = /^\uFEFF/;
const MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Splits CoNLL text into sentences. CRLF, a BOM and bidi marks (U+200E in WikiFANE) are tolerated; a line
 * with no token column (e.g. a lone tab) ends the sentence like a blank line does.
 * @example parseConll("بغداد B-LOC\nامس O\n\nتونس\n") → [{tokens:["بغداد","امس"], tags:["B-LOC","O"]}, {tokens:["تونس"], tags:["O"]}]
 */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  for (const raw of text.replace(BOM, "").split(/\r?\n/)) {
    const cols = raw.replace(MARKS, "").trim().split(/[\t ]+/);
    if (cols[0] === "") {
      if (cur.tokens.length > 0) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    cur.tokens.push(cols[0]);
    cur.tags.push(cols.length > 1 ? cols[cols.length - 1] : "O");
  }
  if (cur.tokens.length > 0) out.push(cur);
  return out;
}

/** Writes `token<TAB>tag` lines with a blank line after each sentence. */
export function formatConll(sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[]): string {
  let s = "";
  for (const sent of sentences) {
    for (let i = 0; i < sent.tokens.length; i++) s += `${sent.tokens[i]}\t${sent.tags[i]}\n`;
    s += "\n";
  }
  return s;
}
