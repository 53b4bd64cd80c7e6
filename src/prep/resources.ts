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

  private letters: LetterModel | null = null;

  /**
   * How much likelier the letters of `word` read as two words, `word.slice(0, i)` and `word.slice(i)`, than as
   * one, from a letter model of the vocabulary's word types (see LetterModel): log P(left as a word) +
   * log P(right as a word) − log P(whole as a word). Cheap for several cuts of the same word in a row.
   */
  cutLetterOdds(word: string, i: number): number {
    const lm = (this.letters ??= new LetterModel(this.counts));
    return lm.cutOdds(word, i);
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

/**
 * A letter n-gram model of word types (Witten-Bell interpolation, LETTER_ORDER letters of context, words
 * framed by a start and an end mark): how word-like a string of letters is, and where words end. Letters are
 * small codes and n-grams base-48 numbers, so that building it and reading it stay cheap.
 */
const LETTER_ORDER = 4;
const BASE = 48;
const START = 46;
const END = 47;
const ALPHABET = 40;

/** 1..45 for the letters of normalized Arabic (U+0621..U+064A), 45 for anything else. */
function letterCode(ch: number): number {
  return ch >= 0x0621 && ch <= 0x064a ? ch - 0x0620 : 45;
}

class LetterModel {
  /** count of each context+letter; of each context, its total * 64 + how many different letters follow it */
  private readonly next = new Map<number, number>();
  private readonly ctx = new Map<number, number>();
  private readonly buf = new Int32Array(64);
  private readonly sub = new Int32Array(64);
  // the word whose cuts are being read: its letters' log probabilities from each letter to its end
  private word = "";
  private readonly tail = new Float64Array(64);
  /** log P of a string of letters as a word, for the right parts read so far (bounded) */
  private readonly seen = new Map<string, number>();

  constructor(counts: Map<string, number>) {
    const codes = this.buf;
    for (const [w, c] of counts) {
      if (c < 3 || w.length < 2 || w.length > 60) continue;
      const len = this.encode(w);
      for (let i = 1; i < len; i++) {
        let h = 0;
        let mul = 1;
        for (let k = 0; k <= LETTER_ORDER && i - k >= 0; k++) {
          if (k > 0) {
            h += codes[i - k] * mul;
            mul *= BASE;
          }
          const key = h * BASE + codes[i];
          this.next.set(key, (this.next.get(key) ?? 0) + 1);
        }
      }
    }
    // each context's total and number of different letters after it, from the n-gram counts
    for (const [key, c] of this.next) {
      const h = Math.floor(key / BASE);
      this.ctx.set(h, (this.ctx.get(h) ?? 0) + c * 64 + 1);
    }
  }

  /** `^w$` as codes in buf; returns its length */
  private encode(w: string): number {
    const b = this.buf;
    b[0] = START;
    let n = 1;
    for (let i = 0; i < w.length; i++) b[n++] = letterCode(w.charCodeAt(i));
    b[n++] = END;
    return n;
  }

  /** log P(codes[i] | up to LETTER_ORDER codes before it) */
  private logp(codes: Int32Array, i: number): number {
    const c = codes[i];
    let p = 1 / ALPHABET;
    let h = 0;
    let mul = 1;
    for (let k = 0; k <= LETTER_ORDER && i - k >= 0; k++) {
      if (k > 0) {
        h += codes[i - k] * mul;
        mul *= BASE;
      }
      const e = this.ctx.get(h);
      if (e === undefined) break;
      const t = e % 64;
      p = ((this.next.get(h * BASE + c) ?? 0) + t * p) / ((e - t) / 64 + t);
    }
    return Math.log(p);
  }

  cutOdds(w: string, i: number): number {
    const len = w.length;
    if (len > 60 || i <= 0 || i >= len) return 0;
    const codes = this.buf;
    if (w !== this.word) {
      // the whole word: tail[j] = log P of its letters from letter j on, and of its end
      this.encode(w);
      this.tail[len + 1] = 0;
      for (let j = len; j >= 0; j--) this.tail[j] = this.tail[j + 1] + this.logp(codes, j + 1);
      this.word = w;
    }
    // the left part ends after letter i: the end mark in place of letter i (code i+1); its letters before
    // read the same as within the whole word
    const saved = codes[i + 1];
    codes[i + 1] = END;
    const end = this.logp(codes, i + 1);
    codes[i + 1] = saved;
    // the right part read as a word of its own (right parts recur: «في», «المتحدة»)
    const r = w.slice(i);
    let right = this.seen.get(r);
    if (right === undefined) {
      const sub = this.sub;
      sub[0] = START;
      for (let j = i; j <= len; j++) sub[j - i + 1] = codes[j + 1];
      right = 0;
      for (let j = 1; j <= len - i + 1; j++) right += this.logp(sub, j);
      if (this.seen.size >= 100_000) this.seen.clear();
      this.seen.set(r, right);
    }
    return end + right - this.tail[i];
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
