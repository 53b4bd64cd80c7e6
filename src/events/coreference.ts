// One real-world incident, one event: «اندلعت اشتباكات ... وأسفرت الاشتباكات عن ...», «بشأن الاشتباكات»,
// «وتواصل القتال» refer back to an incident already recorded. A later mention joins an earlier event of the
// same type when nothing it says contradicts it (another day, another place, other parties); it then fills
// what the earlier one lacked. A mention with its own date or place is a new incident.
import type { Candidate } from "./incidents.js";

// types whose nouns name incidents that later sentences refer back to («الاشتباكات», «الاجتماع»); speech
// acts («المطلب», «الاتهامات») are new acts when they come with their own speaker
const INCIDENT_TYPES = new Set(["ASSAULT", "PROTEST", "COERCE", "CONSULT", "MOBILIZE", "SANCTION"]);

function dayOf(c: Candidate): string | null {
  const v = c.when?.value;
  if (!v || !c.when) return null;
  if (c.when.precision === "approximate" || c.when.precision === "year" || c.when.precision === "month") return v.slice(0, 7);
  return v.slice(0, 10);
}

function countries(c: Candidate): Set<string> {
  return new Set([...c.actor, ...c.recipient].map((a) => a.country).filter((x): x is string => Boolean(x)));
}

/** Whether the other candidate's place lies in the country that is this one's place («ليبيا» ⊃ «طرابلس»). */
function within(country: Candidate, other: Candidate): boolean {
  const a = country.where;
  const b = other.where;
  return Boolean(a && b && a.admin1 === null && a.precision === 3 && a.country && b.country === a.country);
}

/** Whether `later` may be the same incident as `earlier`. */
export function compatible(earlier: Candidate, later: Candidate): boolean {
  if (earlier.type !== later.type) return false;
  // a strike is not the demonstration it accompanies; an arrest is not a raid
  if (earlier.mode && later.mode && earlier.mode !== later.mode) return false;
  const d1 = dayOf(earlier);
  const d2 = dayOf(later);
  if (d1 && d2 && !(d1.startsWith(d2) || d2.startsWith(d1))) return false;
  if (earlier.whereEntity && later.whereEntity && earlier.whereEntity !== later.whereEntity && !within(earlier, later) && !within(later, earlier)) {
    // a place inside the other's region may be compatible, but we cannot tell below the country level
    return false;
  }
  const a = countries(earlier);
  const b = countries(later);
  if (a.size && b.size && ![...b].some((x) => a.has(x))) return false;
  return true;
}

/** Whether a mention brings nothing new: no parties beyond the earlier ones, no date, no place of its own. */
function addsNothing(earlier: Candidate, later: Candidate): boolean {
  const a = countries(earlier);
  for (const x of countries(later)) if (!a.has(x)) return false;
  if (later.when && dayOf(later) !== dayOf(earlier)) return false;
  if (later.whereEntity && later.whereEntity !== earlier.whereEntity) return false;
  // «غداة اعتقال هشام»: a named party the earlier mention lacks makes it another incident
  const named = (c: Candidate) => [...c.actor, ...c.recipient].filter((a) => a.entity && !a.country && !a.sector);
  const had = new Set([...earlier.actor, ...earlier.recipient].map((a) => a.entity));
  if (named(later).some((a) => !had.has(a.entity))) return false;
  return true;
}

const DAY = new Set(["day", "part_of_day"]);

/**
 * «اعتقال كوريا الشمالية مواطنا أمريكيا آخر ...» then «... اعتقل يوم السبت»: an undated incident told again a
 * few sentences on, by the same doer's state, with the same kind of act and its day, is that incident; the
 * restatement gives its date.
 */
function datesUndated(earlier: Candidate, later: Candidate): boolean {
  if (earlier.when || !later.when || !DAY.has(later.when.precision) || !INCIDENT_TYPES.has(later.type)) return false;
  if (earlier.type !== later.type || earlier.mode !== later.mode || later.sentence - earlier.sentence > 6 || later.sentence === earlier.sentence) return false;
  const own = (c: Candidate) => new Set(c.actor.map((a) => a.country).filter((x): x is string => Boolean(x)));
  const a = own(earlier);
  const b = own(later);
  return a.size > 0 && b.size > 0 && [...b].every((x) => a.has(x));
}

/** Folds repeated mentions of one incident into its first event; returns the events kept, in order. */
export function mergeMentions(cands: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of cands) {
    // (the first such undated mention: a lede tells it before any aside does)
    let target: Candidate | null = kept.find((e) => e.status === c.status && datesUndated(e, c)) ?? null;
    // (a restatement gives the date; where the incident happened is the first telling's to find)
    const dating = target !== null;
    for (let k = kept.length - 1; k >= 0 && !target; k--) {
      const e = kept[k];
      if (e.type !== c.type) continue;
      // «وتردد دوي الانفجارات في منطقتي ...» after «احتدمت الاشتباكات»: the sound of the fighting just told
      if (c.heard && e.status === c.status && c.sentence - e.sentence <= 3) { target = e; break; }
      const sameStatus = e.status === c.status;
      if (c.anaphoric && INCIDENT_TYPES.has(c.type) && compatible(e, c) && [...countries(c)].every((x) => countries(e).has(x))) { target = e; break; }
      if (sameStatus && INCIDENT_TYPES.has(c.type) && compatible(e, c) && addsNothing(e, c) && (c.entry.pos === "N" || c.type === "ASSAULT")) { target = e; break; }
    }
    if (!target) {
      // «هذا الاجتماع» points back at something already told: never a new incident
      if (c.demonstrative) continue;
      kept.push(c);
      continue;
    }
    if (!target.when && c.when) target.when = c.when;
    for (const r of c.recipient) if (r.country && !target.recipient.some((x) => x.country === r.country) && !target.actor.some((x) => x.country === r.country)) target.recipient.push(r);
    // (and a later mention's place only when it lies in a party's state: «ويأتي الاعتقال مع تصاعد التوتر في
    // شبه الجزيرة الكورية» places the tension, not the arrest)
    const parties = countries(target);
    const placed = c.where && (!parties.size || (c.where.country !== null && parties.has(c.where.country)));
    if (!target.where && c.where && placed && !dating) { target.where = c.where; target.whereEntity = c.whereEntity; }
    for (const a of c.actor) if (!target.actor.some((x) => x.text === a.text)) target.actor.push(a);
    if (!target.counts.length && c.counts.length) target.counts = c.counts;
    target.confidence = Math.min(0.95, target.confidence + 0.05);
  }
  return kept;
}
