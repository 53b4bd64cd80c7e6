// The document topic gate: a multinomial naive Bayes over normalized word stems, trained on the ANT corpus's
// section labels (scripts/train/events-topic.ts → models/events/topic.json). In a sport or economy article
// «هجوم» is an attack on goal and «ضربة» a penalty kick; the gate lets violent triggers there demand more
// conflict evidence. It scores the whole article, so no single sentence decides.
import type { Token } from "../core/doc.js";

export type TopicModel = {
  classes: string[];
  prior: number[];
  /** per word, the log probability under each class */
  logp: Map<string, Float64Array>;
  /** log probability of an unseen word per class (unused: unseen words are skipped) */
  classesNonNews: Set<number>;
};

type TopicJson = { classes: string[]; prior: number[]; words: string[]; logp: number[][]; nonNews: string[] };

/** The feature of a normalized word: conjunction and article peeled, so «والحكومة» counts as «حكومه». */
export function topicFeature(norm: string): string | null {
  if (norm.length < 2 || !/^[\u0621-\u064A]+$/.test(norm)) return null;
  let w = norm;
  if ((w[0] === "و" || w[0] === "ف") && w.length >= 4) w = w.slice(1);
  if (w.startsWith("ال") && w.length >= 4) w = w.slice(2);
  else if ((w.startsWith("بال") || w.startsWith("كال")) && w.length >= 5) w = w.slice(3);
  else if (w.startsWith("لل") && w.length >= 4) w = w.slice(2);
  return w;
}

export function parseTopicModel(json: string): TopicModel {
  const j = JSON.parse(json) as TopicJson;
  const logp = new Map<string, Float64Array>();
  j.words.forEach((w, i) => logp.set(w, Float64Array.from(j.logp[i])));
  return {
    classes: j.classes,
    prior: j.prior,
    logp,
    classesNonNews: new Set(j.nonNews.map((c) => j.classes.indexOf(c)).filter((i) => i >= 0)),
  };
}

/** Posterior class probabilities for a bag of normalized words. */
export function topicPosterior(model: TopicModel, norms: Iterable<string>): number[] {
  const score = model.prior.slice();
  for (const n of norms) {
    const f = topicFeature(n);
    if (!f) continue;
    const lp = model.logp.get(f);
    if (!lp) continue;
    for (let c = 0; c < score.length; c++) score[c] += lp[c];
  }
  const max = Math.max(...score);
  const ex = score.map((s) => Math.exp(s - max));
  const z = ex.reduce((a, b) => a + b, 0);
  return ex.map((e) => e / z);
}

/** Probability that an article is not political/general news (sport, economy, culture...). */
export function nonNewsProbability(model: TopicModel | null, tokens: Token[]): number {
  if (!model) return 0;
  const post = topicPosterior(model, tokens.map((t) => t.norm));
  let p = 0;
  for (const c of model.classesNonNews) p += post[c];
  return p;
}
