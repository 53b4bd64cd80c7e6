// The model's on-disk form, pure: models/ner/model.json (labels, transitions, clusters, gazetteer, the LOC
// splitter) and models/ner/weights.bin (feature hashes as uint32, then their weights as int16, little-endian).
import { RasdError } from "../core/errors.js";
import { FEATS_PER_TOKEN, type FeatureResources } from "./features.js";
import { buildGazetteer } from "./gazetteer.js";
import { BILOU, BIO, buildTable, type NerModel } from "./model.js";

export type ModelJson = {
  format: "rasd.ner/1";
  version: string;
  /** the tags the weights are for: BIO (LABELS) or BILOU (see model.ts) */
  labels: string[];
  featsPerToken: number;
  /** subtracted from O's score at decoding */
  oBias?: number;
  /** weight = int16 / scale */
  scale: number;
  rows: number;
  trans: number[];
  /** "word\tcluster" lines */
  clusters: string;
  coarseOf: number[];
  /** "stem\tcode" lines: prior class codes from other annotated corpora */
  priors: string;
  /** "stem\tcode" lines: trigger codes learnt from the training data (see FeatureResources.triggers) */
  triggers?: string;
  /** spelling model: "trigram\tlogP(O),logP(PERS),logP(LOC),logP(ORG)" lines, first line "^unseen" then "^prior" */
  spelling?: string;
  /** per gazetteer class (index = GAZ_CLASSES), "phrase" lines */
  gazetteer: string[];
  /** optional feature groups (features.ts OPTIONAL slots) the model was trained with */
  options?: string[];
  /** [hash, gpe, loc, fac] */
  loc: number[][];
  meta: Record<string, unknown>;
};

/** Packs keys and weights into weights.bin bytes, quantizing to int16 with `scale`. */
export function encodeWeights(keys: Uint32Array, weights: Float32Array, scale: number, L: number): Uint8Array {
  const n = keys.length;
  const buf = new ArrayBuffer(n * 4 + n * L * 2);
  const dv = new DataView(buf);
  for (let i = 0; i < n; i++) dv.setUint32(i * 4, keys[i], true);
  for (let i = 0; i < n * L; i++) {
    const q = Math.max(-32767, Math.min(32767, Math.round(weights[i] * scale)));
    dv.setInt16(n * 4 + i * 2, q, true);
  }
  return new Uint8Array(buf);
}

/** The spelling model from its model.json lines (undefined when absent). */
export function decodeSpelling(text: string): FeatureResources["spelling"] {
  if (!text) return undefined;
  const trigrams = new Map<string, Float32Array>();
  for (const line of text.split("\n")) {
    const t = line.indexOf("\t");
    if (t > 0) trigrams.set(line.slice(0, t), Float32Array.from(line.slice(t + 1).split(","), Number));
  }
  const unseen = trigrams.get("\u0001unseen");
  const logPrior = trigrams.get("\u0001prior");
  return unseen && logPrior ? { trigrams, unseen, logPrior } : undefined;
}

/** Builds the in-memory model from model.json and weights.bin. */
export function decodeModel(json: ModelJson, bin: Uint8Array): NerModel {
  const scheme = [BIO, BILOU].find((sc) => sc.tags.join() === json.labels.join());
  if (json.format !== "rasd.ner/1" || json.featsPerToken > FEATS_PER_TOKEN || !scheme) {
    throw new RasdError("MODEL_MISSING", "models/ner was built for another version of the tagger; run `npm run train -- ner`");
  }
  const L = scheme.K;
  const n = json.rows;
  if (bin.byteLength !== n * 4 + n * L * 2) throw new RasdError("MODEL_MISSING", "models/ner/weights.bin has the wrong size");
  const dv = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = dv.getUint32(i * 4, true);
  const weights = new Float32Array(n * L);
  const inv = 1 / json.scale;
  for (let i = 0; i < n * L; i++) weights[i] = dv.getInt16(n * 4 + i * 2, true) * inv;
  const clusters = new Map<string, number>();
  for (const line of json.clusters.split("\n")) {
    const t = line.indexOf("\t");
    if (t > 0) clusters.set(line.slice(0, t), Number(line.slice(t + 1)));
  }
  const priors = new Map<string, number>();
  for (const line of json.priors.split("\n")) {
    const t = line.indexOf("\t");
    if (t > 0) priors.set(line.slice(0, t), Number(line.slice(t + 1)));
  }
  const triggers = new Map<string, number>();
  for (const line of (json.triggers ?? "").split("\n")) {
    const t = line.indexOf("\t");
    if (t > 0) triggers.set(line.slice(0, t), Number(line.slice(t + 1)));
  }
  const spelling = decodeSpelling(json.spelling ?? "");
  const gazEntries: [string, number][] = [];
  json.gazetteer.forEach((block, cls) => {
    for (const p of block.split("\n")) if (p) gazEntries.push([p, cls]);
  });
  const locWeights = new Map<number, Float32Array>();
  for (const [h, a, b, c] of json.loc) locWeights.set(h, Float32Array.of(a, b, c));
  return {
    kind: "perceptron",
    version: json.version,
    scheme,
    table: buildTable(keys, weights),
    trans: Float32Array.from(json.trans),
    oBias: json.oBias ?? 0,
    res: { clusters, coarseOf: json.coarseOf, gazetteer: buildGazetteer(gazEntries), priors, triggers, spelling, options: new Set(json.options ?? []) },
    locType: { weights: locWeights },
  };
}
