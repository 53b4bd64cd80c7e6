// Entity-level scoring by conlleval's rules: an entity counts only when its span and type both match
// exactly; chunks are read from BIO tags the way conlleval reads them (an I-X after O or after another
// type starts a new chunk).

export type Chunk = { start: number; end: number; type: string };
export type Counts = { gold: number; pred: number; correct: number };
export type Scores = { precision: number; recall: number; f1: number } & Counts;

/** The chunks of a BIO tag sequence (end exclusive). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const type = t === "O" || t.length < 3 ? null : t.slice(2);
    const begins = type !== null && (t[0] === "B" || cur === null || cur.type !== type);
    if (cur && (type === null || begins)) { cur.end = i; out.push(cur); cur = null; }
    if (begins) cur = { start: i, end: i + 1, type: type! };
  }
  if (cur) { cur.end = tags.length; out.push(cur); }
  return out;
}

/** Adds one sentence's chunk counts, per type and under "ALL". */
export function count(acc: Map<string, Counts>, gold: readonly string[], pred: readonly string[]): void {
  const g = chunks(gold);
  const p = chunks(pred);
  const bump = (type: string, k: keyof Counts): void => {
    for (const key of [type, "ALL"]) {
      const c = acc.get(key) ?? { gold: 0, pred: 0, correct: 0 };
      c[k]++;
      acc.set(key, c);
    }
  };
  const keys = new Set(g.map((c) => `${c.start}:${c.end}:${c.type}`));
  for (const c of g) bump(c.type, "gold");
  for (const c of p) {
    bump(c.type, "pred");
    if (keys.has(`${c.start}:${c.end}:${c.type}`)) bump(c.type, "correct");
  }
}

/** Precision, recall and F1 in percent. */
export function score(c: Counts): Scores {
  const precision = c.pred ? (100 * c.correct) / c.pred : 0;
  const recall = c.gold ? (100 * c.correct) / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...c, precision, recall, f1 };
}
