// One table, built once at load, that says what each UTF-16 code unit is. The cleanup, the fused-word repair,
// the tokenizer and the segmenter all scan text with it instead of compiling Unicode regexes per call.

export const C = {
  OTHER: 0, // symbols and anything unclassified
  SPACE: 1,
  NEWLINE: 2,
  AR: 3, // Arabic-script letter
  MARK: 4, // Arabic diacritic (haraka, tanwin, shadda, sukun, dagger alef, Quranic marks)
  DIGIT: 5, // 0-9 (after cleanup all digits are Western)
  LETTER: 6, // a letter or combining mark of another script
  PUNCT: 7,
  HIGH: 8, // high surrogate
  LOW: 9, // low surrogate
  TATWEEL: 10,
  ARDIGIT: 11, // Arabic-Indic and Persian digits
} as const;

export const CLASS = new Uint8Array(0x10000);
{
  const letter = /[\p{L}\p{M}]/u;
  const punct = /\p{P}/u;
  const space = /\s/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) { CLASS[c] = C.HIGH; continue; }
    if (c >= 0xdc00 && c <= 0xdfff) { CLASS[c] = C.LOW; continue; }
    const ch = String.fromCharCode(c);
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c) CLASS[c] = C.NEWLINE;
    else if (space.test(ch)) CLASS[c] = C.SPACE;
    else if (c >= 0x30 && c <= 0x39) CLASS[c] = C.DIGIT;
    else if ((c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) CLASS[c] = C.ARDIGIT;
    else if (c === 0x640) CLASS[c] = C.TATWEEL;
    else if ((c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x610 && c <= 0x61a) || (c >= 0x6d6 && c <= 0x6ed && c !== 0x6e5 && c !== 0x6e6)) CLASS[c] = C.MARK;
    else if ((c >= 0x621 && c <= 0x64a) || (c >= 0x66e && c <= 0x6d3) || c === 0x6d5 || c === 0x6e5 || c === 0x6e6 || c === 0x6ee || c === 0x6ef || (c >= 0x6fa && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0x8a0 && c <= 0x8c9)) CLASS[c] = C.AR;
    else if (letter.test(ch)) CLASS[c] = C.LETTER;
    else if (punct.test(ch)) CLASS[c] = C.PUNCT;
    else CLASS[c] = C.OTHER;
  }
  // Arabic punctuation that \p{P} already covers: ، ؛ ؟ ٪ (٪ is Po). Nothing to add.
}

/** Is the code unit an Arabic letter or an Arabic diacritic (the stuff an Arabic word is made of)? */
export function isArabicWordChar(code: number): boolean {
  const k = CLASS[code];
  return k === C.AR || k === C.MARK;
}
