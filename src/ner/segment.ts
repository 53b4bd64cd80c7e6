// The tagger's view of a word's clitics: conjunction, preposition and article peeled off the front so that
// «والصادرات», «بالصادرات» and «الصادرات» share the stem «صادرات». Training (CoNLL words) and tagging (Prepared
// tokens) both call this on the surface word, so the features match exactly. It is deliberately conservative
// (a wrong split only costs a feature: the whole word is always a feature too).

/** The proclitics peeled off (e.g. "و+ال") and the remaining stem, both in normalized form. */
export type Peeled = { pro: string; stem: string };

const CONJ = "وف";
const PREP = "بكل";

/**
 * Peels proclitics from a normalized word (see prep/normalize.ts). A bare «و»/«ف» before a word without an
 * article is only peeled when `known` says the rest is a word and the whole is not (so «وزارة», «فرنسا» stay).
 * @example peel("والصادرات") → { pro: "و+ال", stem: "صادرات" }; peel("للحكومة") → { pro: "ل+ال", stem: "حكومه" }
 */
export function peel(norm: string, known?: (w: string) => boolean): Peeled {
  let i = 0;
  let pro = "";
  const n = norm.length;
  if (n >= 4 && CONJ.includes(norm[0])) {
    const c1 = norm[1];
    const articled = norm.startsWith("ال", 1) || (PREP.includes(c1) && norm.startsWith("ال", 2)) || norm.startsWith("لل", 1);
    if (articled || (known !== undefined && !known(norm) && known(norm.slice(1)))) {
      i = 1;
      pro = norm[0];
    }
  }
  if (norm.startsWith("لل", i) && n - i >= 4) {
    // ل + ال with the alef elided: «للحكومة» = ل + الحكومة
    return { pro: pro ? `${pro}+ل+ال` : "ل+ال", stem: norm.slice(i + 2) };
  }
  if (PREP.includes(norm[i]) && norm.startsWith("ال", i + 1) && n - i >= 5) {
    pro = pro ? `${pro}+${norm[i]}` : norm[i];
    i += 1;
  } else if (i === 0 && n >= 4 && PREP.includes(norm[0]) && known !== undefined && !known(norm) && known(norm.slice(1))) {
    // «بغداد» stays; «بموسكو» → ب + موسكو when موسكو is a known word and بموسكو is not
    pro = norm[0];
    i = 1;
  }
  if (norm.startsWith("ال", i) && n - i >= 4) {
    pro = pro ? `${pro}+ال` : "ال";
    i += 2;
  }
  return { pro, stem: i === 0 ? norm : norm.slice(i) };
}
