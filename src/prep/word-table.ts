// What prepare() needs to know about a word form (its normalized form, its clitic pieces, its stem) is the
// same every time the form recurs, so it is worked out once per form and kept (bounded) per resources.
import type { Morph, TokenKind } from "../core/doc.js";
import { analyze, SEGMENT_DEFAULTS, type Analysis } from "./clitics.js";
import { normalize } from "./normalize.js";
import type { Vocabulary } from "./resources.js";

export type WordInfo = { norm: string; pieces: Analysis | null; stem: string };

const MAX_FORMS = 200_000;

export class WordTable {
  private readonly forms = new Map<string, WordInfo>();
  constructor(private readonly vocab: Vocabulary | undefined) {}

  info(text: string, kind: TokenKind): WordInfo {
    let w = this.forms.get(text);
    if (w !== undefined) return w;
    const norm = normalize(text);
    let pieces: Analysis | null = null;
    let stem = norm;
    if (kind === "ar") {
      const a = analyze(text, this.vocab, SEGMENT_DEFAULTS);
      if (a.length > 1) {
        pieces = a;
        let pos = 0;
        for (const p of a) {
          if (p.tag === "STEM") stem = normalize(text.slice(pos, pos + p.len));
          pos += p.len;
        }
      }
    }
    w = { norm, pieces, stem };
    if (this.forms.size >= MAX_FORMS) this.forms.clear();
    this.forms.set(text, w);
    return w;
  }
}

/** The morphs of a token at `start` from its cached pieces (one STEM morph when it has no clitics). */
export function placeMorphs(text: string, start: number, pieces: Analysis | null): Morph[] {
  if (pieces === null) return [{ start, end: start + text.length, text, role: "stem", tag: "STEM" }];
  const out: Morph[] = new Array(pieces.length);
  let pos = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const from = pos;
    pos += p.len;
    out[i] = { start: start + from, end: start + pos, text: text.slice(from, pos), role: p.role, tag: p.tag };
  }
  return out;
}
