// Stage 2, named entities: Prepared -> Mention[].
// Recipe: each sentence's words go through the one feature function (features.ts) and the trained
// averaged-perceptron tagger with Viterbi decoding (model.ts) in ANERcorp's tag set; names tagged somewhere
// in the article are tagged alike where the tagger missed them (consistency.ts); the BIO chunks become
// mentions, LOC chunks split into GPE / LOC / FAC (loc-type.ts).
import type { EntityType } from "../core/contract.js";
import type { Mention, Prepared } from "../core/doc.js";
import { spanOf } from "../core/span.js";
import { formatConll, parseConll } from "./conll.js";
import { propagate } from "./consistency.js";
import { classifyLoc } from "./loc-type.js";
import { LABELS, tagIndices, type NerModel } from "./model.js";

export type { NerModel } from "./model.js";

/** How many consecutive sentences count as one document when the input has no article boundaries (CoNLL). */
export const CONLL_DOC_SENTENCES = 10;

/** Tags sentences of surface words that belong to one document, with cross-sentence consistency. */
export function tagDocument(model: NerModel, sentences: readonly (readonly string[])[]): Uint8Array[] {
  const stems = sentences.map((words) => new Array<string>(words.length));
  const labels = sentences.map((words, k) => tagIndices(model, words, stems[k]));
  propagate(stems, labels);
  return labels;
}

/** Rasd type of a tagged chunk: PERS → PER, ORG, MISC as they are, LOC split into GPE / LOC / FAC. */
export function rasdType(model: NerModel, aner: string, words: readonly string[]): EntityType {
  if (aner === "PERS") return "PER";
  if (aner === "LOC") return classifyLoc(model.locType, words, model.res.gazetteer);
  return aner === "ORG" ? "ORG" : "MISC";
}

/** BIO label strings in the requested tag set for one sentence's label indices. */
export function labelStrings(model: NerModel, words: readonly string[], idx: Uint8Array, tagset: "anercorp" | "rasd"): string[] {
  const out = Array.from(idx, (i) => LABELS[i] as string);
  if (tagset === "anercorp") return out;
  for (const c of chunksOf(idx)) {
    const type = rasdType(model, c.type, words.slice(c.start, c.end));
    for (let i = c.start; i < c.end; i++) out[i] = `${i === c.start ? "B" : "I"}-${type}`;
  }
  return out;
}

/** Chunks (end exclusive) of a label-index sequence decoded under the BIO constraint. */
function chunksOf(idx: Uint8Array): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  for (let i = 0; i < idx.length; i++) {
    const l = LABELS[idx[i]];
    if (!l.startsWith("B-")) continue;
    let j = i + 1;
    while (j < idx.length && LABELS[idx[j]] === `I-${l.slice(2)}`) j++;
    out.push({ start: i, end: j, type: l.slice(2) });
    i = j - 1;
  }
  return out;
}

/**
 * The named-entity mentions of a prepared article, in text order.
 * @example recognize(prepare("زار الرئيس الفرنسي إيمانويل ماكرون الجزائر"), model)
 *   → [{ text: "إيمانويل ماكرون", type: "PER", ... }, { text: "الجزائر", type: "GPE", ... }]
 */
export function recognize(doc: Prepared, model: NerModel): Mention[] {
  const { tokens } = doc;
  const sentences = doc.sentences.map((s) => {
    const words: string[] = new Array(s.tokenEnd - s.tokenStart);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) words[i - s.tokenStart] = tokens[i].text;
    return words;
  });
  const labels = tagDocument(model, sentences);
  const mentions: Mention[] = [];
  doc.sentences.forEach((s, k) => {
    for (const c of chunksOf(labels[k])) {
      const tokenStart = s.tokenStart + c.start;
      const tokenEnd = s.tokenStart + c.end;
      const span = spanOf(doc.text, tokens[tokenStart].start, tokens[tokenEnd - 1].end);
      mentions.push({ ...span, type: rasdType(model, c.type, sentences[k].slice(c.start, c.end)), tokenStart, tokenEnd });
    }
  });
  return mentions;
}

export type Tagset = "anercorp" | "rasd";

/**
 * CoNLL in (token in the first column, other columns ignored, blank line between sentences), `token<TAB>tag`
 * out in BIO. Consecutive runs of CONLL_DOC_SENTENCES sentences are read as one document.
 * @example tagConll(model, "وزار\nماكرون\nالجزائر\n", "rasd") → "وزار\tO\nماكرون\tB-PER\nالجزائر\tB-GPE\n\n"
 */
export function tagConll(model: NerModel, text: string, tagset: Tagset): string {
  const sents = parseConll(text);
  const out: { tokens: string[]; tags: string[] }[] = [];
  for (let d = 0; d < sents.length; d += CONLL_DOC_SENTENCES) {
    const block = sents.slice(d, d + CONLL_DOC_SENTENCES);
    const labels = tagDocument(model, block.map((s) => s.tokens));
    block.forEach((s, k) => out.push({ tokens: s.tokens, tags: labelStrings(model, s.tokens, labels[k], tagset) }));
  }
  return formatConll(out);
}
