// Stage 1, text preparation: raw article text -> the cleaned text (with the repairs that made it), its
// sentences, and its tokens with their clitic segmentation. Every later span points into `text`.
import type { Prepared, Token } from "../core/doc.js";
import { repairText } from "./repair-text.js";
import type { PrepResources } from "./resources.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";
import { placeMorphs, WordTable, type WordInfo } from "./word-table.js";

export { segmentWord, makeSegmenter } from "./clitics.js";
export { emptyPrepResources, Vocabulary, type PrepResources } from "./resources.js";

const tables = new WeakMap<PrepResources, WordTable>();
const NONE: PrepResources = {};

/**
 * Prepares one article. Never throws on any string input.
 * @example prepare("قالت الولاياتالمتحدة", res).text === "قالت الولايات المتحدة"
 */
export function prepare(raw: string, res: PrepResources = NONE): Prepared {
  let table = tables.get(res);
  if (table === undefined) tables.set(res, (table = new WordTable(res.vocab)));
  // 1. Unicode cleanup and fused-word repair, one repair per changed chunk
  const { text, repairs } = repairText(raw, { vocab: res.vocab });
  // 2. tokens, each with what is known about its form (normalized form, clitic pieces, stem)
  const raws = tokenize(text);
  const infos: WordInfo[] = new Array(raws.length);
  const norms: string[] = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) {
    infos[i] = table.info(text.slice(raws[i].start, raws[i].end), raws[i].kind);
    norms[i] = infos[i].norm;
  }
  // 3. sentences
  const sentences = splitSentences(text, raws, norms, { cues: res.sentenceCues });
  // 4. tokens with their clitic morphs and sentence index
  const tokens: Token[] = new Array(raws.length);
  let s = 0;
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    while (s < sentences.length - 1 && i >= sentences[s].tokenEnd) s++;
    const t = text.slice(r.start, r.end);
    const w = infos[i];
    tokens[i] = { i, start: r.start, end: r.end, text: t, norm: w.norm, kind: r.kind, sentence: s, morphs: placeMorphs(t, r.start, w.pieces), stem: w.stem };
  }
  return { text, repairs, sentences, tokens, warnings: [] };
}
