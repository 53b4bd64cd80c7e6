// Averaged structured perceptron (Collins 2002) over the tagger's features, with the same Viterbi decoder
// as tagging. Pure: the training script feeds it sentences whose features are already mapped to rows.
import { FEATS_PER_TOKEN } from "./features.js";
import { viterbi, type Scheme } from "./model.js";
import { seededRandom as rng } from "../core/random.js";

/**
 * One training sentence: `rows[i * W + k]` is a feature row (-1 absent), `gold[i]` a tag of the scheme, where the width W
 * is FEATS_PER_TOKEN or a multiple of it (a sentence from another corpus carries its features twice: shared,
 * then a copy of its own domain; see scripts/train/ner.ts).
 */
export type TrainSentence = { rows: Int32Array; gold: Uint8Array };

export type Trained = { weights: Float32Array; trans: Float32Array };


/**
 * Trains for `epochs` passes in a seeded shuffled order and returns the averaged weights
 * (row-major, K per row) and transitions ((K + 1) × K, the last row being the sentence start).
 */
export function trainPerceptron(
  data: readonly TrainSentence[],
  nRows: number,
  opts: {
    scheme: Scheme;
    epochs: number;
    seed: number;
    /** feature slots (word identity) hidden from a token with probability `dropRate` in each pass, so that
     * context, affix and cluster features learn to carry names the tagger has never seen */
    dropSlots?: readonly number[];
    dropRate?: number;
    onEpoch?: (epoch: number, errors: number, tokens: number) => void;
  },
): Trained {
  const F = FEATS_PER_TOKEN;
  const L = opts.scheme.K;
  const w = new Float32Array(nRows * L);
  const u = new Float32Array(nRows * L);
  const T = (L + 1) * L;
  const tw = new Float64Array(T);
  const tu = new Float64Array(T);
  let c = 1;
  const order = data.map((_, i) => i);
  const rand = rng(opts.seed);
  let maxN = 0;
  for (const s of data) maxN = Math.max(maxN, s.gold.length);
  const emit = new Float32Array(maxN * L);
  const pred = new Uint8Array(maxN);
  const trans32 = new Float32Array(T);
  const dropMask = new Uint8Array(F);
  for (const k of opts.dropSlots ?? []) dropMask[k] = 1;
  const dropRate = opts.dropRate ?? 0;
  let masked = new Int32Array(0);

  for (let ep = 0; ep < opts.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i]; order[i] = order[j]; order[j] = t;
    }
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const { gold } = data[si];
      let rows = data[si].rows;
      const n = gold.length;
      if (n === 0) continue;
      const W = rows.length / n;
      if (dropRate > 0) {
        if (masked.length < rows.length) masked = new Int32Array(rows.length * 2);
        masked.set(rows);
        for (let i = 0; i < n; i++) {
          if (rand() >= dropRate) continue;
          for (let k = 0; k < W; k++) if (dropMask[k % F]) masked[i * W + k] = -1;
        }
        rows = masked;
      }
      emit.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        for (let k = 0; k < W; k++) {
          const r = rows[i * W + k];
          if (r < 0) continue;
          const b = r * L;
          for (let y = 0; y < L; y++) emit[i * L + y] += w[b + y];
        }
      }
      for (let t = 0; t < T; t++) trans32[t] = tw[t];
      viterbi(emit, n, trans32, pred, opts.scheme);
      tokens += n;
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        const gp = i === 0 ? L : gold[i - 1];
        const pp = i === 0 ? L : pred[i - 1];
        if (g !== p) {
          errors++;
          for (let k = 0; k < W; k++) {
            const r = rows[i * W + k];
            if (r < 0) continue;
            w[r * L + g] += 1; u[r * L + g] += c;
            w[r * L + p] -= 1; u[r * L + p] -= c;
          }
        }
        if (g !== p || gp !== pp) {
          tw[gp * L + g] += 1; tu[gp * L + g] += c;
          tw[pp * L + p] -= 1; tu[pp * L + p] -= c;
        }
      }
      c++;
    }
    opts.onEpoch?.(ep + 1, errors, tokens);
  }
  const weights = new Float32Array(nRows * L);
  for (let i = 0; i < weights.length; i++) weights[i] = w[i] - u[i] / c;
  const trans = new Float32Array(T);
  for (let t = 0; t < T; t++) trans[t] = tw[t] - tu[t] / c;
  return { weights, trans };
}
