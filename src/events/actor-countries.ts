// A person the resolver knows by name only («حسن نصر الله», «ماكين») still acts for a state when the article
// says which: an office in apposition («الأمين العام لحزب الله اللبناني، حسن نصر الله»), a nationality right
// after the name («ماكين الأمريكي») or closing the title before it («السيناتور الأمريكي جون ماكين»). Later mentions of that person — the same entity, or the name shortened to
// its last word(s) («نصر الله», «ماكين») — carry the same country. This is within-article coreference only:
// nothing is looked up outside the text.
import type { ActorMention, Resolved } from "../core/doc.js";
import { normalize } from "../prep/normalize.js";
import type { Words } from "./words.js";

const NISBA = /^(ال)?[^\s]{2,}(ي|يه|يين|يون)$/;
// sectors of an office or body whose holder speaks for its state
const OFFICE = new Set(["GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "REB", "OPP", "PRM", "IMG"]);

function isNationality(m: ActorMention): boolean {
  return m.country !== null && m.sector === null && m.tokenEnd - m.tokenStart === 1 && NISBA.test(normalize(m.span.text));
}

/** Whether only a comma (or nothing) separates two mentions. */
function apposed(w: Words, a: ActorMention, b: ActorMention): boolean {
  if (b.tokenStart < a.tokenEnd) return false;
  for (let k = a.tokenEnd; k < b.tokenStart; k++) {
    const t = w.tokens[k];
    if (!(t.text === "،" || t.text === ",")) return false;
  }
  return b.tokenStart - a.tokenEnd <= 1;
}

/** The actor mentions with countries filled in for persons whose state the article gives. */
export function withPersonCountries(w: Words, resolved: Resolved): ActorMention[] {
  const persons = new Set(resolved.entities.filter((e) => e.type === "PER").map((e) => e.id));
  const isPerson = (m: ActorMention) => m.country === null && m.entity !== null && persons.has(m.entity);
  const actors = resolved.actors;
  if (!actors.some(isPerson)) return actors;
  const byEntity = new Map<string, { country: string; sector: string | null }>();
  const byName: { name: string; country: string; sector: string | null }[] = [];
  const learn = (m: ActorMention, country: string, sector: string | null) => {
    if (m.entity && !byEntity.has(m.entity)) byEntity.set(m.entity, { country, sector });
    byName.push({ name: normalize(m.span.text), country, sector });
  };
  // top-level mentions in text order (nested ones are parts of a longer phrase)
  const top: ActorMention[] = [];
  let end = -1;
  for (const a of actors) {
    if (a.tokenStart < end) continue;
    top.push(a);
    end = a.tokenEnd;
  }
  for (let i = 0; i < top.length; i++) {
    const m = top[i];
    if (!isPerson(m)) continue;
    const before = top[i - 1];
    const after = top[i + 1];
    if (before && before.country && before.sector && OFFICE.has(before.sector) && apposed(w, before, m)) learn(m, before.country, before.sector);
    else if (after && after.country && after.sector && OFFICE.has(after.sector) && apposed(w, m, after)) learn(m, after.country, after.sector);
    else if (after && isNationality(after) && after.tokenStart === m.tokenEnd) learn(m, after.country!, null);
    // «السيناتور الأمريكي جون ماكين», «وزير الخارجية التركي مولود جاويش أوغلو»: the title's nationality right before the name
    else if (before && isNationality(before) && before.tokenEnd === m.tokenStart) learn(m, before.country!, null);
  }
  if (!byEntity.size && !byName.length) return actors;
  return actors.map((m) => {
    if (!isPerson(m)) return m;
    const own = m.entity ? byEntity.get(m.entity) : undefined;
    if (own) return { ...m, country: own.country, sector: m.sector ?? own.sector };
    // «نصر الله» after «حسن نصر الله»: a shortened name (its last words, two letters at least)
    const n = normalize(m.span.text);
    if (n.length < 3) return m;
    const full = byName.find((x) => x.name === n || x.name.endsWith(" " + n));
    return full ? { ...m, country: full.country, sector: m.sector ?? full.sector } : m;
  });
}
