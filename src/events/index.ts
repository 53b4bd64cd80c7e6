// Stage 5, what happened: PLOVER events, casualty reports with their claimants, relations the text states.
// The recipe: read the words once; per sentence, clauses → triggers → arguments, source, status, time,
// place; the topic gate and conflict evidence keep sport and economy «هجوم» out; repeated mentions of one
// incident fold into one event; tolls become claims that keep who claims them. Doers the clause leaves implicit
// come from the text around it: the speaker of a quote, the owner of a maṣdar, the pair a dual or a pronoun
// points back to, a person's state given once in apposition (actor-countries.ts), a party named by its head noun
// (bodies.ts).
import type { Actor, CasualtyReport, EventRecord, Place, Relation, Span } from "../core/contract.js";
import type { Prepared, Resolved, TimeMention } from "../core/doc.js";
import { spanOf } from "../core/span.js";
import { normalize } from "../prep/normalize.js";
import { withPersonCountries } from "./actor-countries.js";
import { groupClaims } from "./casualties.js";
import { mergeMentions } from "./coreference.js";
import { entityTokens, readSentence, spansOf, type Candidate, type SentenceContext } from "./incidents.js";
import type { EventsModel } from "./model.js";
import { readRelations } from "./relations.js";
import { scopeAt } from "./sources.js";
import { nonNewsProbability } from "./topic.js";
import { splitByDate } from "./split.js";
import { Words } from "./words.js";

export type EventsInput = {
  doc: Prepared;
  resolved: Resolved;
  times: TimeMention[];
  published: string | null;
  /** the country the outlet reports from (resolve's outletCountry), null when unknown */
  outletCountry?: string | null;
};
export type EventsOutput = { events: EventRecord[]; reports: CasualtyReport[]; relations: Relation[] };
export type { EventsModel } from "./model.js";

const VIOLENT = new Set(["ASSAULT", "PROTEST", "COERCE"]);
// sectors that, unnamed, are the article's own country's (a government, a party, the police)
const DOMESTIC = new Set(["GOV", "PTY", "COP", "MIL", "JUD", "LEG", "OPP", "CVL", "LAB", "EDU", "MED", "BUS", "AGR"]);
// sectors that, unnamed in a sentence naming no other state, are the outlet's own country's: a Tunisian radio's
// «الحكومة», «وزارة الداخلية», «الوالي», «الجبهة الشعبية», «الحزب» are Tunisian (an analyst's reading)
const OUTLET_DOMESTIC = new Set(["GOV", "PTY", "LEG", "COP", "OPP", "JUD", "MIL"]);
// a party or a parliament left unnamed is the outlet's country's even beside foreign states («وأدان الحزب التدخل
// الأمريكي في الشأن السوري»): a foreign party or parliament is named with its nisba
const OUTLET_POLITICAL = new Set(["PTY", "LEG"]);

/** Whether a violent candidate has the conflict evidence its trigger and the article's topic demand. */
function violenceOk(c: Candidate, nonNews: number): boolean {
  if (!VIOLENT.has(c.type)) return true;
  const strength = c.conflictScore;
  const sport = c.sportScore;
  if (sport >= 1 && strength <= sport) return false;
  if (nonNews >= 0.8) return strength >= (c.entry.amb ? 3 : 2);
  if (c.entry.amb && nonNews >= 0.2) return strength >= 1 && strength > sport;
  return true;
}

const DOMESTIC_TYPES = new Set(["COERCE", "PROTEST"]);
const NON_STATE = new Set(["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"]);

/** A country as a place: its geocoded mention when the article has one, else the country alone. */
function countryPlace(resolved: Resolved, country: string, entity: string | null, text: string): Place {
  const own = entity ? resolved.places.get(entity) : undefined;
  if (own && own.country === country && own.admin1 === null) return { ...own, span: null };
  for (const p of resolved.places.values()) if (p.country === country && p.admin1 === null && p.precision === 3) return { ...p, span: null };
  return { entity: null, name: text, name_en: null, geonames: null, lat: null, lon: null, country, admin1: null, precision: 3, span: null };
}

/** Whether a sentence's states leave the outlet's country as the only one (none named, or only it). */
function onlyOutletIn(states: Set<string>, outlet: string): boolean {
  return states.size === 0 || (states.size === 1 && states.has(outlet));
}

/** Whether the article names a country (as a place, or as an actor's country). */
function mentionsCountry(resolved: Resolved, country: string): boolean {
  if (resolved.actors.some((a) => a.country === country)) return true;
  for (const m of resolved.mentions) if (resolved.places.get(m.entity)?.country === country) return true;
  return false;
}

/** The name a country goes by in the article (its country-level place), else its code. */
function countryName(resolved: Resolved, country: string): string {
  for (const p of resolved.places.values()) if (p.country === country && p.admin1 === null && p.precision === 3) return p.name;
  return country;
}

/** The country the article is mostly about: the most mentioned country among places and actors. */
function mainCountry(resolved: Resolved): { country: string; text: string; entity: string | null } | null {
  const n = new Map<string, { k: number; text: string; entity: string | null }>();
  const bump = (country: string | null, text: string, entity: string | null) => {
    if (!country || country.length !== 3 || ["IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"].includes(country)) return;
    const x = n.get(country);
    if (x) x.k++;
    else n.set(country, { k: 1, text, entity });
  };
  for (const a of resolved.actors) bump(a.country, a.span.text, a.entity);
  for (const m of resolved.mentions) { const p = resolved.places.get(m.entity); if (p) bump(p.country, m.span.text, m.entity); }
  let best: { country: string; text: string; entity: string | null } | null = null;
  let bk = 0;
  for (const [country, x] of n) if (x.k > bk) { bk = x.k; best = { country, text: x.text, entity: x.entity }; }
  return best;
}

/**
 * Reads the events, casualty reports and stated relations of one prepared, resolved article.
 * `model` defaults to the lexicons shipped in data/events (loaded once).
 */
export function readEvents(input: EventsInput, model: EventsModel): EventsOutput {
  const { doc, times, published } = input;
  const outlet = input.outletCountry && input.outletCountry.length === 3 ? input.outletCountry : null;
  const w = new Words(doc, model.triggers, model.cues);
  // persons the article ties to a state (an office in apposition, a nationality) act for it in every mention
  const personActors = withPersonCountries(w, input.resolved);
  const resolved: Resolved = personActors === input.resolved.actors ? input.resolved : { ...input.resolved, actors: personActors };
  // the topic gate only matters when there is a violent candidate: computed on first need
  let topic = -1;
  const nonNewsP = () => (topic < 0 ? (topic = nonNewsProbability(model.topic, doc.tokens)) : topic);
  const ctx: SentenceContext = { w, resolved, actors: resolved.actors, times, published, lastSource: null, lastSides: [], inEntity: entityTokens(resolved, doc.tokens.length) };
  const cands: Candidate[] = [];
  const reports: CasualtyReport[] = [];
  // a lede repeated word for word (a common copy-paste in news pages) tells nothing new
  const seen = new Set<string>();
  for (let si = 0; si < doc.sentences.length; si++) {
    const st = doc.sentences[si];
    // (from the second word: «وفي بيان» repeats «في بيان»)
    const key = doc.tokens.slice(st.tokenStart + 1, st.tokenEnd).map((t) => t.norm).join(" ");
    if (st.tokenEnd - st.tokenStart >= 8 && seen.has(key)) continue;
    seen.add(key);
    const reading = readSentence(ctx, si);
    for (const c of splitByDate(w, resolved, times, reading.candidates)) {
      if (VIOLENT.has(c.type) && !violenceOk(c, nonNewsP())) continue;
      // «دون موافقة الحكومة», «عدم مراجعة التحذير»: a negated noun names what did not happen
      if (c.status === "negated" && c.entry.pos === "N") continue;
      cands.push(c);
      if (c.entry.sym && c.actor.length >= 2 && new Set(c.actor.map((a) => a.country)).size >= 2) ctx.lastSides = c.actor.slice();
    }
    // tolls: one report per claim, never merged across claimants
    const s = doc.sentences[si];
    const claims = groupClaims(reading.counts, (i) => scopeAt(reading.scopes, i)?.source ?? null);
    for (const cl of claims) {
      const since = times.find((t) => t.tokenStart >= cl.start && t.tokenStart <= s.tokenEnd &&
        (doc.tokens[t.tokenStart - 1]?.norm.replace(/^و/, "") === "منذ" || doc.tokens[t.tokenStart]?.norm.replace(/^و/, "") === "منذ"));
      const from = since?.value ? since.value.split("/")[0] : null;
      const place = resolved.mentions.find((m) => m.tokenStart >= s.tokenStart && m.tokenEnd <= s.tokenEnd && resolved.places.has(m.entity) && doc.tokens[m.tokenStart - 1]?.norm === "في");
      reports.push({
        id: `R${reports.length + 1}`,
        claimant: cl.claimant,
        dead: cl.dead,
        injured: cl.injured,
        among: cl.among,
        side: cl.ownSide ? cl.claimant : null,
        period: { from, to: null },
        where: place ? { ...resolved.places.get(place.entity)!, span: place.span } : null,
        evidence: spanOf(doc.text, s.start, s.end),
      });
    }
  }
  const kept = mergeMentions(cands);
  // the states each sentence names (actors and places), for unnamed governments and forces
  const sentenceStates = doc.sentences.map(() => new Set<string>());
  const addState = (tok: number, country: string | null) => {
    const si = doc.tokens[tok]?.sentence;
    if (si !== undefined && country && country.length === 3 && !NON_STATE.has(country)) sentenceStates[si].add(country);
  };
  for (const a of resolved.actors) addState(a.tokenStart, a.country);
  for (const m of resolved.mentions) { const p = resolved.places.get(m.entity); if (p) addState(m.tokenStart, p.country); }
  const home = mainCountry(resolved);
  // an undated report: the date the surrounding narrative gives (a day named in the two sentences before),
  // else the publication date, marked approximate (news reports what happened that day or the day before)
  for (const c of kept) {
    if (c.when || c.status !== "asserted") continue;
    let near: TimeMention | null = null;
    for (const t of times) {
      const si = doc.tokens[t.tokenStart]?.sentence ?? -1;
      if (si < c.sentence - 2 || si > c.sentence || (si === c.sentence && t.tokenStart > c.trigger.start)) continue;
      if (t.value && (t.precision === "day" || t.precision === "part_of_day") && t.value.slice(0, 10) <= (published ?? "9999")) near = t;
    }
    if (near) c.when = { value: near.value, precision: near.precision ?? "day", span: near.span };
    else if (published) c.when = { value: published.slice(0, 10), precision: "approximate", span: null };
  }
  // no place in its clause: the place the narrative is in (a locative place in the two sentences before),
  // else the article's home country when it is a geocoded place (precision as geocoded)
  const onlyOutlet = (states: Set<string>) => outlet !== null && onlyOutletIn(states, outlet);
  // the outlet's country stands for unnamed domestic bodies when the article names it, or names no state at all
  const outletHome = outlet !== null && (!home || mentionsCountry(resolved, outlet));
  const homePlace = home ? countryPlace(resolved, home.country, home.entity, home.text) : null;
  for (const c of kept) {
    if (c.where) continue;
    // an arrest, a raid, a protest is done at home: by the actor's state's forces, in its country
    if (DOMESTIC_TYPES.has(c.type)) {
      const own = c.actor.find((a) => a.country && a.country.length === 3 && !NON_STATE.has(a.country));
      if (own?.country) { c.where = countryPlace(resolved, own.country, own.entity, own.text); c.whereEntity = c.where.entity; continue; }
    }
    let near: { entity: string; span: Span } | null = null;
    for (const m of resolved.mentions) {
      const si = doc.tokens[m.tokenStart]?.sentence ?? -1;
      if (si < c.sentence - 2 || si > c.sentence || (si === c.sentence && m.tokenStart > c.trigger.start)) continue;
      if (!resolved.places.has(m.entity)) continue;
      const prev = doc.tokens[m.tokenStart - 1];
      if (prev && /^(في|داخل|قرب|بمدينه|بمنطقه|بولايه|بمحافظه)$/.test(prev.norm.replace(/^و/, ""))) near = { entity: m.entity, span: m.span };
    }
    if (near) { c.where = { ...resolved.places.get(near.entity)!, span: near.span }; c.whereEntity = near.entity; }
    // an arrest or a protest in an article that names no country at all: the outlet's country
    else if (outlet && !home && DOMESTIC_TYPES.has(c.type)) {
      c.where = countryPlace(resolved, outlet, null, countryName(resolved, outlet)); c.whereEntity = c.where.entity;
    }
    else if (homePlace && home) { c.where = { ...homePlace, span: null }; c.whereEntity = homePlace.entity; }
  }
  // «اتهم مسؤول ألماني ...» ... «وقال المسؤول إن ...»: a bare definite noun names again the one the article
  // introduced with that noun; it is theirs (country and sector), as a source or as a party
  const again = (a: Actor, before: number): Actor => {
    if (a.country) return a;
    const n = normalize(a.text);
    if (!n.startsWith("ال") || n.includes(" ") || n.length < 5) return a;
    const head = n.slice(2);
    let found: Actor | null = null;
    for (const m of resolved.actors) {
      if (m.tokenStart >= before) break;
      if (!m.country) continue;
      const first = normalize(m.span.text).split(" ")[0].replace(/^ال/, "");
      if (first === head) found = { ...a, country: m.country, sector: a.sector ?? m.sector };
    }
    return found ?? a;
  };
  for (const c of kept) {
    if (c.source) c.source = again(c.source, c.trigger.start);
    c.actor = c.actor.map((a) => again(a, c.trigger.start));
  }
  // a domestic incident with no named party happened among the people of its place: protesters, police
  // and victims in Al Hoceima are Moroccan (the convention event coders follow for unnamed actors)
  for (const c of kept) {
    // «الحكومة», «الحزب», «قوات الأمن» with no country named: the article's home country
    // (when the sentence names one other state and not the home one, the unnamed body is that state's:
    // «وتحتجز سلطات الاحتلال الأسرى في سجون إسرائيل»; with several states it stays unknown)
    const states = sentenceStates[c.sentence];
    // the outlet's country first (when the article is about it at all, or about no state), for a government,
    // police or army the sentence sets in no other state, and for a party or a parliament
    const own = !home ? null : states.size === 0 || states.has(home.country) ? home.country : null;
    for (const list of [c.actor, c.recipient]) list.forEach((a, k) => {
      if (a.country || !a.sector || !DOMESTIC.has(a.sector)) return;
      const byOutlet = outletHome && OUTLET_DOMESTIC.has(a.sector) && (OUTLET_POLITICAL.has(a.sector) || onlyOutlet(states));
      const country = byOutlet ? outlet : own;
      if (country) list[k] = { ...a, country };
    });
    if ([...c.actor, ...c.recipient].some((a) => a.country)) continue;
    const country = c.where?.country ?? home?.country ?? null;
    if (!country) continue;
    const text = c.where?.span?.text ?? home?.text ?? "";
    const sector = c.type === "PROTEST" ? "CVL" : c.type === "COERCE" || c.type === "MOBILIZE" ? "GOV" : null;
    c.actor.push({ entity: c.where?.entity ?? home?.entity ?? null, text, country, sector });
    c.confidence -= 0.05;
  }
  // one-sided violence with no target named: the state whose ground was hit («شن تنظيم داعش 3 هجمات ...
  // في سرت», «قامت بها الولايات المتحدة ... على قاعدة الشعيرات في حمص»), when the doer is not its own
  for (const c of kept) {
    // one party is not both sides (a name and its longer form: «الولايات المتحدة» ... «الولايات المتحدة الأمريكية»)
    c.recipient = c.recipient.filter((r) => !c.actor.some((a) => a.text === r.text || (a.entity !== null && a.entity === r.entity)));
    if (c.type !== "ASSAULT" || c.entry.sym || c.recipient.length || !c.where?.country || NON_STATE.has(c.where.country)) continue;
    const own = c.actor.map((a) => a.country).filter((x): x is string => Boolean(x));
    if (!own.length || own.includes(c.where.country)) continue;
    c.recipient.push({ entity: c.where.entity, text: c.where.span?.text ?? c.where.name, country: c.where.country, sector: null });
  }
  const events: EventRecord[] = kept.map((c, k) => {
    const { trigger, evidence } = spansOf(w, c);
    const dead = c.counts.filter((x) => x.kind === "dead")[0];
    const injured = c.counts.filter((x) => x.kind === "injured")[0];
    const size = c.type === "ASSAULT" && (dead || injured) ? { dead: dead?.count.value ?? null, injured: injured?.count.value ?? null, arrested: null } : null;
    return {
      id: `V${k + 1}`,
      type: c.type,
      mode: c.mode,
      context: c.context,
      actor: c.actor,
      recipient: c.recipient,
      when: c.when,
      where: c.where,
      size,
      source: c.source,
      status: c.status,
      trigger,
      evidence,
      confidence: Math.round(Math.max(0.05, Math.min(0.95, c.confidence - (VIOLENT.has(c.type) ? nonNewsP() * 0.3 : 0))) * 100) / 100,
    };
  });
  return { events, reports, relations: readRelations(w, resolved) };
}
