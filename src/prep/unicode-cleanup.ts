// Unicode cleanup of one whitespace-free chunk of raw text: what the press's tools leave in Arabic text that
// carries no meaning but breaks matching. Presentation forms and compatibility characters go through NFKC;
// invisible marks (bidi controls, zero-width characters, BOM, soft hyphen) and tatweel are removed; a
// diacritic with no letter to sit on, or repeating the one before it, is removed; Arabic-Indic and Persian
// digits become Western digits, and the Arabic decimal/thousands separators between digits become . and ,.
import { C, CLASS } from "./char-class.js";

/** Code units that need a look: everything else is copied through unchanged (the fast path). */
const SUSPECT = /[\uFB00-\uFDFF\uFE00-\uFE0F\uFE20-\uFEFF\uFF00-\uFFEF\u200B-\u200F\u202A-\u202E\u2060-\u2069\u00AD\u061C\u0640\u0660-\u066C\u06F0-\u06F9\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06ED\uD800-\uDFFF]/;
const COMPAT = /[\uFB00-\uFDFF\uFE70-\uFEFC\uFF01-\uFFEE]+/g;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u00AD\u061C\uFEFF\uFE00-\uFE0F]/;

export type CleanKind = "unicode" | "digits";
export type Cleaned = { text: string; kind: CleanKind };

/**
 * Cleans one chunk (no whitespace inside). Returns null when nothing changes.
 * @example cleanChunk("مـــصر")?.text === "مصر"; cleanChunk("٢٠٢٠")?.kind === "digits"
 */
export function cleanChunk(chunk: string): Cleaned | null {
  if (!SUSPECT.test(chunk)) return null;
  let s = chunk;
  let kind: CleanKind = "digits";
  if (COMPAT_TEST.test(s)) {
    // NFKC only on the compatibility ranges, so that the article's own combining sequences stay as written
    s = s.replace(COMPAT, (m) => m.normalize("NFKC"));
  }
  let out = "";
  const n = s.length;
  let lastBase = -1; // class of the last kept non-mark code unit, -1 at chunk start
  let lastMark = -1; // last kept mark on the current letter
  let marksOnLetter = 0;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    const k = CLASS[code];
    if (k === C.TATWEEL || INVISIBLE.test(s[i])) continue;
    if (k === C.MARK) {
      // a haraka at a word start, after a non-letter, repeated, or a third mark on one letter is noise
      if (lastBase !== C.AR || code === lastMark || marksOnLetter >= 2) continue;
      lastMark = code;
      marksOnLetter++;
      out += s[i];
      continue;
    }
    if (k === C.HIGH) {
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (CLASS[next] === C.LOW) {
        out += s[i] + s[i + 1];
        i++;
        lastBase = C.OTHER;
        lastMark = -1;
        marksOnLetter = 0;
        continue;
      }
      out += "\uFFFD"; // a lone surrogate is not text
      lastBase = C.OTHER;
      continue;
    }
    if (k === C.LOW) {
      out += "\uFFFD";
      lastBase = C.OTHER;
      continue;
    }
    if (k === C.ARDIGIT) {
      out += String.fromCharCode(48 + (code >= 0x6f0 ? code - 0x6f0 : code - 0x660));
      lastBase = C.DIGIT;
      lastMark = -1;
      marksOnLetter = 0;
      continue;
    }
    if ((code === 0x066b || code === 0x066c) && lastBase === C.DIGIT && i + 1 < n && isDigitCode(s.charCodeAt(i + 1))) {
      out += code === 0x066b ? "." : ","; // ٫ decimal separator, ٬ thousands separator
      continue;
    }
    out += s[i];
    lastBase = k;
    lastMark = -1;
    marksOnLetter = 0;
  }
  if (out === chunk) return null;
  if (!digitsOnlyChange(chunk, out)) kind = "unicode";
  return { text: out, kind };
}

const COMPAT_TEST = /[\uFB00-\uFDFF\uFE70-\uFEFC\uFF01-\uFFEE]/;

function isDigitCode(c: number): boolean {
  const k = CLASS[c];
  return k === C.DIGIT || k === C.ARDIGIT;
}

/** True when the only differences are Eastern digits and Arabic separators turned Western. */
function digitsOnlyChange(before: string, after: string): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const a = before.charCodeAt(i);
    const b = after.charCodeAt(i);
    if (a === b) continue;
    if (CLASS[a] === C.ARDIGIT || a === 0x066b || a === 0x066c) continue;
    return false;
  }
  return true;
}

const ODD_SPACE = /[^ \t\n\r]/;

/**
 * Cleans a run of whitespace: odd spaces (no-break, thin, ideographic ...) become a plain space, line and
 * paragraph separators a newline, BOM disappears. Returns null when nothing changes.
 * @example cleanSpace("\u00A0") === " "
 */
export function cleanSpace(ws: string): string | null {
  if (!ODD_SPACE.test(ws)) return null;
  let out = "";
  for (let i = 0; i < ws.length; i++) {
    const c = ws.charCodeAt(i);
    if (c === 0xfeff) continue;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) out += ws[i];
    else if (CLASS[c] === C.NEWLINE) out += "\n";
    else out += " ";
  }
  return out === ws ? null : out;
}
