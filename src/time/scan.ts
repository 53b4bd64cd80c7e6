// The time stage reads its own word sequence over the normalized text, split finer than the prep tokens:
// letters, digit runs and single punctuation marks apart («و1994» -> «و» «1994», «1436هـ» -> «1436» «ه»,
// «27/9/2020» -> 27 / 9 / 2020), so that dates read the same whatever the tokenizer did. Each word keeps
// its offsets in the original text, which is how spans stay exact slices of doc.text.
import { normalize } from "../prep/normalize.js";

export type Word = {
  /** normalized form */
  t: string;
  /** offsets in the original text, end exclusive */
  s: number;
  e: number;
  /** offset of the word in the normalized text; `back[ns + k]` is the original offset of its k-th char */
  ns: number;
  /** Western-digit value of a digit run, else null */
  num: number | null;
  /** single punctuation or symbol */
  punct: boolean;
  /** no whitespace between the previous word and this one */
  glue: boolean;
  /** a line break lies between the previous word and this one */
  nl: boolean;
};

export type Scan = { words: Word[]; back: Int32Array };

const charCache = new Map<string, string>();
function normChar(c: string): string {
  let n = charCache.get(c);
  if (n === undefined) {
    n = normalize(c);
    if (charCache.size < 4096) charCache.set(c, n);
  }
  return n;
}

// Mirrors the marks the normalizer removes; alignment is checked, so a drift only costs the slow path.
function isDropped(c: number): boolean {
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640;
}

function alignSlowly(text: string, length: number): Int32Array {
  const back = new Int32Array(length + 1);
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const n = normChar(text[i]);
    for (let k = 0; k < n.length && j < length; k++) back[j++] = i;
  }
  back[length] = text.length;
  return back;
}

const WORD = /[0-9]+|[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;
const LETTER = /[\p{L}\p{N}]/u;

/** Splits `text` into words over its normalized form. */
export function scan(text: string): Scan {
  // The normalizer drops marks and folds the rest one to one: align the two texts by skipping what it
  // dropped, and fall back to normalizing char by char if the lengths still disagree.
  const ntext = normalize(text);
  let back: Int32Array = new Int32Array(ntext.length + 1);
  let j = 0;
  if (ntext.length === text.length) {
    for (let i = 0; i <= text.length; i++) back[i] = i;
  } else {
    for (let i = 0; i < text.length && j <= ntext.length; i++) if (!isDropped(text.charCodeAt(i))) back[j++] = i;
    back[ntext.length] = text.length;
    if (j !== ntext.length) back = alignSlowly(text, ntext.length);
  }
  const words: Word[] = [];
  let prevEnd = 0;
  for (const m of ntext.matchAll(WORD)) {
    const ns = m.index;
    const t = m[0];
    const s = back[ns];
    let e = back[ns + t.length - 1] + 1;
    // trailing marks and tatweel belong to the word («1436هـ», «غدًا»)
    while (e < text.length && isDropped(text.charCodeAt(e))) e++;
    let space = false, nl = false;
    for (let k = prevEnd; k < s; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13) { nl = true; space = true; }
      else if (c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x202f) space = true;
    }
    const c0 = t.charCodeAt(0);
    const isNum = c0 >= 48 && c0 <= 57;
    words.push({
      t, s, e, ns,
      num: isNum && t.length <= 6 ? Number(t) : null,
      punct: !isNum && t.length === 1 && !LETTER.test(t),
      glue: words.length > 0 && !space,
      nl,
    });
    prevEnd = e;
  }
  return { words, back };
}
