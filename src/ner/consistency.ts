// One name, one reading per document: a news article names «جوزيه» once after «المدير الفني» and then
// bare five times. After the tagger has read every sentence, a name it tagged somewhere (same word stems,
// clitics peeled) is tagged the same way where it was left untagged, and so is the surname of a person named
// in full; names tagged with two types are left alone.
import { LABELS } from "./model.js";

const TYPE_OF = LABELS.map((l) => (l === "O" ? "" : l.slice(2)));
const B_OF = new Map<string, number>();
const I_OF = new Map<string, number>();
LABELS.forEach((l, i) => { if (l.startsWith("B-")) B_OF.set(l.slice(2), i); else if (l.startsWith("I-")) I_OF.set(l.slice(2), i); });

/**
 * Propagates entity readings across the sentences of one document. `stems[s][i]` is the peeled stem of
 * word i of sentence s, `labels[s][i]` its label index (changed in place).
 */
export function propagate(stems: readonly (readonly string[])[], labels: Uint8Array[], minLen = 3): void {
  const types = new Map<string, Set<string>>();
  const firsts = new Set<string>();
  let maxLen = 0;
  const surnames: string[] = [];
  const add = (key: string, type: string, first: string, len: number): void => {
    let t = types.get(key);
    if (!t) { t = new Set(); types.set(key, t); }
    t.add(type);
    firsts.add(first);
    maxLen = Math.max(maxLen, len);
  };
  for (let s = 0; s < labels.length; s++) {
    const lab = labels[s];
    for (let i = 0; i < lab.length; i++) {
      if (!LABELS[lab[i]].startsWith("B-")) continue;
      const type = TYPE_OF[lab[i]];
      let j = i + 1;
      while (j < lab.length && lab[j] === I_OF.get(type)) j++;
      const words = stems[s].slice(i, j);
      if (!words.some((w) => w.length >= minLen)) continue;
      add(words.join(" "), type, words[0], j - i);
      // a person named in full is later named by the surname alone («فايزة أبوالنجا» … «أبوالنجا»)
      if (type === "PERS" && words.length >= 2 && words[words.length - 1].length >= minLen) {
        surnames.push(words[words.length - 1]);
      }
    }
  }
  if (types.size === 0) return;
  for (const w of surnames) if (!types.has(w)) add(w, "PERS", w, 1);
  for (let s = 0; s < labels.length; s++) {
    const lab = labels[s];
    const st = stems[s];
    for (let i = 0; i < lab.length; i++) {
      if (lab[i] !== 0 || !firsts.has(st[i])) continue;
      for (let len = Math.min(maxLen, lab.length - i); len >= 1; len--) {
        let free = true;
        for (let k = 0; k < len; k++) if (lab[i + k] !== 0) { free = false; break; }
        // never extend into or split a neighbouring entity
        if (!free || (i + len < lab.length && LABELS[lab[i + len]].startsWith("I-"))) continue;
        const t = types.get(st.slice(i, i + len).join(" "));
        if (!t || t.size !== 1) continue;
        const type = [...t][0];
        lab[i] = B_OF.get(type)!;
        for (let k = 1; k < len; k++) lab[i + k] = I_OF.get(type)!;
        i += len - 1;
        break;
      }
    }
  }
}
