// What the preparation stage knows about the language beyond its rules: word frequencies (for the fused-word
// repair and the clitic segmenter) and the words that typically open a sentence. Built from the ANT corpus
// by scripts/build-prep.ts into data/prep/, read by ./load.ts; tests and other stages' tests may use
// emptyPrepResources(), with which prepare() still cleans, tokenizes and segments (rule-only, no fused repair).

const SPELLING_PRIOR = 10;

/** Word counts keyed by normalized form (see ./normalize.ts). */
export class Vocabulary {
  constructor(
    private readonly counts: Map<string, number>,
    /** running words the counts were taken from */
    readonly total: number,
    /** counts of adjacent word pairs, keyed "first second" (normalized) */
    private readonly pairs: Map<string, number> = new Map(),
    /** for words not always written as their normalized form: times seen, and each spelling's count */
    private readonly spellings: Map<string, { n: number; forms: Map<string, number> }> = new Map(),
  ) {}

  /**
   * How often the normalized word `norm` is written `surface` (marks removed), smoothed; 1 where the corpus
   * shows one spelling only or too little. «الي» is «إلى» or «الى» nearly always, seldom «الي».
   */
  spellingShare(norm: string, surface: string): number {
    const sp = this.spellings.get(norm);
    if (sp === undefined) return 1;
    // a Dirichlet prior of SPELLING_PRIOR sightings spread over the seen spellings and one unseen: a few
    // sightings say little (hamza seats come and go in the press)
    return ((sp.forms.get(surface) ?? 0) + SPELLING_PRIOR / (sp.forms.size + 1)) / (sp.n + SPELLING_PRIOR);
  }

  /** How often the two normalized words were seen next to each other (0 when never or once). */
  pairCount(first: string, second: string): number {
    return this.pairs.get(`${first} ${second}`) ?? 0;
  }

  /** How often the normalized word was seen (0 when unknown). */
  count(norm: string): number {
    return this.counts.get(norm) ?? 0;
  }

  private shape: LetterShape | null = null;

  /**
   * How much a boundary between `left` and `right` looks like a word boundary rather than the inside of a
   * word, from the letters around it: log odds from the vocabulary's word types (how many end in the left's
   * last two letters, start with the right's first two, and hold the four letters inside them).
   */
  boundaryOdds(left: string, right: string): number {
    const sh = (this.shape ??= letterShape(this.counts));
    const e = sh.end.get(left.slice(-2)) ?? 0;
    const b = sh.start.get(right.slice(0, 2)) ?? 0;
    const inside = sh.inside.get(left.slice(-2) + right.slice(0, 2)) ?? 0;
    // P(end) * P(start) against P(inside), all per word type
    return Math.log((e + 1) / sh.types) + Math.log((b + 1) / sh.types) - Math.log((inside + 1) / sh.types);
  }

  get size(): number {
    return this.counts.size;
  }

  /**
   * Parses the `word<TAB>count` lines of data/prep/vocab.tsv (a first `# words N ...` line gives the total).
   * @example Vocabulary.fromTsv("# words 10\nفي\t3\n").count("في") === 3
   */
  static fromTsv(tsv: string, pairsTsv = "", spellingsTsv = ""): Vocabulary {
    const counts = new Map<string, number>();
    let total = 0;
    const pairs = new Map<string, number>();
    readTsv(pairsTsv, (k, v) => pairs.set(k, v));
    let pos = 0;
    while (pos < tsv.length) {
      let nl = tsv.indexOf("\n", pos);
      if (nl < 0) nl = tsv.length;
      const line = tsv.slice(pos, nl);
      pos = nl + 1;
      if (line.startsWith("#")) {
        const m = /words (\d+)/.exec(line);
        if (m) total = Number(m[1]);
        continue;
      }
      const tab = line.indexOf("\t");
      if (tab <= 0) continue;
      counts.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
    if (total === 0) for (const c of counts.values()) total += c;
    const spellings = new Map<string, { n: number; forms: Map<string, number> }>();
    for (const line of spellingsTsv.split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const cols = line.split("\t");
      const forms = new Map<string, number>();
      for (let k = 2; k < cols.length; k++) {
        const sp = cols[k].indexOf(" ");
        if (sp > 0) forms.set(cols[k].slice(0, sp), Number(cols[k].slice(sp + 1)));
      }
      spellings.set(cols[0], { n: Number(cols[1]), forms });
    }
    return new Vocabulary(counts, total, pairs, spellings);
  }
}

type LetterShape = { end: Map<string, number>; start: Map<string, number>; inside: Map<string, number>; types: number };

function letterShape(counts: Map<string, number>): LetterShape {
  const end = new Map<string, number>();
  const start = new Map<string, number>();
  const inside = new Map<string, number>();
  let types = 0;
  for (const [w, c] of counts) {
    if (c < 3 || w.length < 2) continue;
    types++;
    const e = w.slice(-2);
    end.set(e, (end.get(e) ?? 0) + 1);
    const b = w.slice(0, 2);
    start.set(b, (start.get(b) ?? 0) + 1);
    // four letters with at least two on each side of a word-internal point
    for (let i = 2; i + 2 <= w.length - 0 && i <= w.length - 2; i++) {
      const k = w.slice(i - 2, i + 2);
      if (k.length === 4) inside.set(k, (inside.get(k) ?? 0) + 1);
    }
  }
  return { end, start, inside, types };
}

function readTsv(tsv: string, row: (key: string, value: number) => void): void {
  let pos = 0;
  while (pos < tsv.length) {
    let nl = tsv.indexOf("\n", pos);
    if (nl < 0) nl = tsv.length;
    const tab = tsv.indexOf("\t", pos);
    if (tsv.charCodeAt(pos) !== 35 && tab > pos && tab < nl) row(tsv.slice(pos, tab), Number(tsv.slice(tab + 1, nl)));
    pos = nl + 1;
  }
}

export type PrepResources = {
  /** word frequencies; without them no fused-word repair and a rule-only clitic segmenter */
  vocab?: Vocabulary;
  /** normalized words that open a sentence most of the time they occur («وأضاف», «وقال»): a boundary cue
   *  where the press dropped the full stop */
  sentenceCues?: ReadonlySet<string>;
};

/** Resources with nothing loaded: prepare() degrades gracefully (no fused-word repair). */
export function emptyPrepResources(): PrepResources {
  return {};
}
