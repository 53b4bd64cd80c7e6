// Reading a person's name after an office («الرئيس الفرنسي إيمانويل ماكرون») when the tagger gives none, and
// linking an Arabic name to the English name of a known office holder by consonant skeleton.
import type { Token } from "../core/doc.js";
import { normalize } from "../prep/normalize.js";
import { arabicSkeleton, type KnowledgeBase, type Leader } from "./knowledge-base.js";

// Words that end a name: particles, pronouns, time words and the verbs news reports put after a name.
const STOP = new Set(
  ("في من الى إلى على عن مع ان أن إن انه أنه إنه أنها انها الذي التي الذين اللذين هذا هذه ذلك تلك هو هي هم " +
    "قد لقد لم لن لا ما كما بعد قبل خلال منذ حتى بين عند عبر حول ضد دون غير إذ إذا اذا او أو ثم بل لكن كل " +
    "يوم امس أمس اليوم غدا الليله صباح مساء ليل ليله الاثنين الثلاثاء الاربعاء الأربعاء الخميس الجمعة السبت الأحد الاحد " +
    "قال قالت يقول تقول اكد أكد أكدت اعلن أعلن أعلنت اضاف أضاف أضافت اوضح أوضح أوضحت دعا دعت يرى ترى رأى " +
    "زار يزور تزور التقى يلتقي استقبل بحث يبحث اجرى أجرى أجرت وصل يصل غادر شدد أشار أشارت طالب طالبت حذر هدد " +
    "وقال وقالت وأكد وأضاف وأعلن ودعا كان كانت يكون سيكون سوف ليس وزير وزيرة رئيس رئيسة الرئيس نائب السفير " +
    "مدينة مدينه محافظة محافظه منطقة منطقه ولاية ولايه بلدة قرية حي مخيم إقليم اقليم العاصمة " +
    "خلال لدى لدي عقب إثر اثر بشأن حيث أيضا ايضا فقط جدا وفق وفقا بحسب حسب نحو قرب داخل خارج").split(/\s+/).map(normalize),
);
const CLOSERS = new Set(["،", ",", ".", "؛", ";", ":"]);
// Particles inside Arabic names: «عبد الله»، «أبو بكر»، «بن علي».
const LINK = new Set(["عبد", "ابو", "ابن", "بن", "بنت", "ال", "اب", "ابي", "دي", "دو", "فان", "فون"].map(normalize));

function nameLike(t: Token | undefined): boolean {
  if (!t || t.kind !== "ar") return false;
  if (STOP.has(t.norm) || t.norm.length < 2) return false;
  return true;
}

/** Starts with the article «ال» as written (not «إل» as in «إلهام», which normalizes the same). */
export function definite(t: Token): boolean {
  return /^(?:[وف]?[بل]?ال|[وف]?لل|\u0671\u0644)/.test(t.text);
}

/**
 * The tokens of a name starting at `from`, or null. A given name and a family name, a third word when a
 * particle, a known verb or a comma or full stop follows it; particles pull in the word after them («عبد الفتاح»، «بن راشد»); a final «ال…ي» family name
 * («السيسي»، «الزياني») is kept. Words known to the KB end the name (`taken` says which tokens are).
 * @example readName(tokens of «الرئيس الفرنسي إيمانويل ماكرون يرى», 2, ...) → [2, 4]
 */
export function readName(tokens: Token[], from: number, taken: (i: number) => boolean, allowDefinite = false): [number, number] | null {
  const first = tokens[from];
  if (!nameLike(first) || taken(from) || (definite(first) && !allowDefinite)) return null;
  const sentence = first.sentence;
  const ok = (i: number) => i < tokens.length && tokens[i].sentence === sentence && nameLike(tokens[i]) && !taken(i);
  let end = from + 1;
  let plain = 1; // name words that are not particles
  while (ok(end) && end - from < 6) {
    const t = tokens[end];
    const prev = tokens[end - 1];
    if (LINK.has(prev.norm)) { end++; plain++; continue; }
    if (LINK.has(t.norm) && ok(end + 1)) { end++; continue; }
    if (definite(t)) {
      if (t.norm.endsWith("ي") && t.norm.length > 4) end++;
      break;
    }
    if (plain === 1) { end++; plain++; continue; }
    // a third plain word («خالد محفوظ بحاح») only when a particle, a known verb or punctuation closes the name
    if (plain === 2) {
      const after = tokens[end + 1];
      if (!after || after.sentence !== sentence || CLOSERS.has(after.text) || STOP.has(after.norm)) { end++; plain++; }
    }
    break;
  }
  if (LINK.has(tokens[end - 1].norm) && end - from > 1) end--;
  // a lone word ending in a pronoun («قوله»، «حرصه») or starting with «و» is not a name
  if (end - from === 1 && (/[هك]$|ها$|هم$/.test(first.text) || first.text.startsWith("و"))) return null;
  return [from, end];
}

/** Edit distance, for short skeleton strings. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

function closeEnough(a: string, b: string): boolean {
  if (!a || !b) return false;
  const n = Math.max(a.length, b.length);
  const max = n >= 6 ? 2 : n >= 4 ? 1 : 0;
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  return max > 0 && editDistance(a, b) <= max;
}

/**
 * The office holder whose English name sounds like this Arabic name (same surname skeleton, similar given name),
 * among the leaders of `country`; when the text gives no country, only an exact sound match with a current holder
 * counts. Current (Factbook) holders are preferred.
 * @example linkLeader(kb, "إلهام علييف", "AZE")?.name_en === "Ilham Aliyev"
 */
export function linkLeader(kb: KnowledgeBase, arabicName: string, country: string | null): Leader | null {
  const parts = arabicSkeleton(arabicName).split(" ").filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1];
  const firstAr = parts[0];
  const joined = parts.join("");
  // no country from the text: only a current office holder whose name sounds exactly the same
  const pool = country ? kb.leaders.get(country) ?? [] : kb.currentLeaders.get(joined) ?? [];
  // An exact match beats a near one; a near whole-name match must at least start with the same consonant,
  // so that a common first name shared with an office holder does not link to them.
  let best: Leader | null = null;
  let bestExact = false;
  for (const l of pool) {
    const exact = joined === l.joined;
    if (country && !exact) {
      // word by word, or as one string when the two scripts split the name differently («عبد الفتاح» / "Abdelfattah")
      const byWord = l.last !== "" && closeEnough(last, l.last) && closeEnough(firstAr, l.first);
      if (!byWord && !(joined.length >= 6 && joined[0] === l.joined[0] && closeEnough(joined, l.joined))) continue;
    }
    if (best && bestExact && !exact) continue;
    const newer = (l.end === "" && best?.end !== "") || (best !== null && l.start > best.start && (l.end === "") === (best.end === ""));
    if (!best || (exact && !bestExact) || newer) { best = l; bestExact = exact; }
  }
  return best;
}
