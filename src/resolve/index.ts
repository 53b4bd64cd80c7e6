// Stage 3, resolution: who and where. Dictionary matches (KB names, nisba forms, gazetteer names, sector words)
// and the tagger's mentions become entities with PLOVER codes, geocoded places, actor phrases and
// holds_office relations.
//
// Recipe:
//   1. match the knowledge base over the tokens (match.ts), drop     4. role appositions -> persons, holds_office
//      readings the context shows to be common words (commonReadings); bare heads («التحالف») -> the one named before
//   2. count the countries the article names (geocode context)      5. the tagger's mentions the KB does not know
//   3. one target per match -> entities and mentions                 6. actor phrases: entities + sector words
//
// Conventions (PLOVER, see data/kb/README.md): a ministry is GOV, also defence («وزارة الدفاع» AZE/GOV); forces
// «من أصل X» (of X origin) get X's country with sector UAF (they are not X's army); a capital acting as the
// subject of a sentence («تنفيه أنقرة») is its state's GOV, after a preposition («في موسكو») it is a place.
import type { Entity, EntityType, Place, Relation } from "../core/contract.js";
import type { ActorMention, Mention, MentionKind, Prepared, Resolved, ResolvedMention } from "../core/doc.js";
import { spanOf } from "../core/span.js";
import { normalize } from "../prep/normalize.js";
import { addContext, bestPlace, emptyContext, precisionOf, type GeoContext } from "./geocode.js";
import type { KbEntity, KbSectorRow } from "./kb-types.js";
import type { GazPlace, KnowledgeBase, PersonName, Target } from "./knowledge-base.js";
import { allVariants, matchDictionary, type DictMatch, type Variant } from "./match.js";
import { definite, linkLeader, readName } from "./names.js";

export type { KnowledgeBase } from "./knowledge-base.js";
// loadKnowledgeBase lives in ./load.ts (the stage's only file with I/O); the engine imports it from there.

type Chosen =
  | { kind: "entity"; m: DictMatch; entity: KbEntity; form: "name" | "nisba" | "plural"; coref?: true }
  | { kind: "place"; m: DictMatch; place: GazPlace }
  | { kind: "sector"; m: DictMatch; row: KbSectorRow };

type Work = {
  doc: Prepared;
  entities: Entity[];
  byKey: Map<string, Entity>;
  mentions: ResolvedMention[];
  actors: ActorMention[];
  places: Map<string, Place>;
  relations: Relation[];
  taken: Uint8Array;
  variants: Variant[][];
};

const LOCATIVE = new Set(["في", "الى", "إلى", "من", "نحو", "قرب", "داخل", "عبر", "الي", "حتى", "عند", "لدى", "غرب", "شرق", "شمال", "جنوب", "وسط"].map(normalize));
const ADMIN_WORDS = new Set(["ولاية", "ولايه", "محافظة", "محافظه", "إقليم", "اقليم", "مقاطعة", "مقاطعه"].map(normalize));
const CITY_WORDS = new Set(["مدينة", "مدينه", "العاصمة", "العاصمه", "بمدينة", "بمدينه", "بالعاصمة", "بالعاصمه"].map(normalize));
const PAIR_WORDS = new Set(["البلدين", "البلدان", "الطرفين", "الطرفان", "الجانبين", "الجانبان", "الدولتين", "الدولتان"].map(normalize));
const ORIGIN = normalize("أصل");
// words that name a settlement or area before its name: a common-word name after them is a place («بلدة القريتين»)
const PLACE_WORDS = new Set(["بلدة", "بلده", "قرية", "قريه", "مخيم", "منطقة", "منطقه", "معتمدية", "معتمديه", "ناحية", "ناحيه", "قضاء", "مركز", "مناطق", "قرى", "بلدات", "مدن", "ولايات", "معتمديات", "مخيمات", "أحياء", "سجن", "مطار", "ميناء", "معبر"].map(normalize));
// separators of a list of places: «المرناقية، طبربة»، «باجة – تبرسق – قبلاط»
const LIST_SEPARATORS = new Set(["،", ",", "-", "–", "—", "/"]);
// «شبه الجزيرة»، «شبه القارة»: a head that makes the next word a common noun
const COMMON_HEADS = new Set(["شبه"].map(normalize));
// adjectives the press gives organisations themselves («القاعدة الإرهابي»، «الجزيرة الإخبارية»): no common reading
const ORG_ADJECTIVES = new Set(["الإرهابي", "الإرهابية", "الإخبارية", "الإخباري", "الفضائية", "الفضائي", "المتطرف", "المتطرفة", "الجهادي", "الجهادية", "المسلح", "المسلحة"].map(normalize));
const COMMA = new Set(["،", ","]);
const FORMER = new Set(["السابق", "الاسبق", "السابقه", "الاسبقه"]);
// words that may stand between an office or body and its owner besides definite nouns: «الناطق باسم وزارة …»
const LINKING = new Set(["باسم", "لدى"].map(normalize));
// places named after a person: «شارع الحبيب بورقيبة»، «مطار رفيق الحريري»، «المستشفى الجامعي الحبيب بورقيبة»
const NAMED_AFTER = new Set(["شارع", "نهج", "ساحة", "ساحه", "ميدان", "طريق", "جادة", "جاده", "مستشفى", "المستشفى", "مطار", "ملعب", "الملعب", "جامعة", "جامعه", "مدرسة", "مدرسه", "معهد", "المعهد", "جامع", "مسجد", "مؤسسة", "مؤسسه", "مركز", "قاعة", "قاعه", "حي", "مدينة", "مدينه", "ضريح", "متحف", "جائزة", "جائزه", "مستشفي", "المستشفي"].map(normalize));
const QUOTES = new Set(['"', "«", "»", "“", "”", "″", "'"]);
// definite adjectives that may follow an institution before its nisba: nisba-shaped ones («العربي»، «الابتدائية»)
// and a few common others («المجلس الأعلى للقضاء»)
const ADJECTIVE = /^ال.+ي(ه|ين|ون|ان|تين|تان)?$/;
const COMMON_ADJECTIVES = new Set(["الاعلي", "العليا", "العام", "العامه", "المستقل", "المستقله", "المؤقت", "المؤقته", "الجديد", "الجديده", "الخاص", "الخاصه", "الاول", "الاولي", "الكبري"].map(normalize));
// office words that say only «head of»: with an owner found after a complement, the complement's sector wins
const GENERIC_HEADS = new Set(["president", "leader", "secretary-general", "spokesperson", "head"]);

/**
 * Resolves a prepared article: KB dictionary matches merged with the tagger's mentions.
 * @example resolve(prepare("دعا الكرملين ..."), [], kb).actors[0] // { country: "RUS", sector: "GOV", ... }
 */
export function resolve(doc: Prepared, mentions: Mention[], kb: KnowledgeBase): Resolved {
  const w: Work = {
    doc, entities: [], byKey: new Map(), mentions: [], actors: [], places: new Map(), relations: [],
    taken: new Uint8Array(doc.tokens.length), variants: allVariants(doc),
  };
  const matches = commonReadings(doc, kb, matchDictionary(doc, kb, w.variants), mentions, w.variants);
  const ctx = geoContext(doc, matches);
  // office holders the KB knows by their full Arabic name («يوسف الشاهد»): gazetteer words inside them are not places
  const known = knownNames(doc, kb, w.variants);
  const knownAt = new Map(known.map((k) => [k.tokenStart, k]));
  // and a town that is only part of a person's name the tagger found («لمياء | الزريبي» is not Lamia, Greece), unless
  // a preposition shows it is a place
  const people = mentions.filter((m) => m.type === "PER" && m.tokenEnd - m.tokenStart >= 2);
  const inName = (c: Chosen) => c.kind === "place" && !c.place.capitalOf && !c.m.clitics.includes("ب") && !LOCATIVE.has(doc.tokens[c.m.tokenStart - 1]?.norm ?? "")
    && people.some((m) => m.tokenStart <= c.m.tokenStart && c.m.tokenEnd <= m.tokenEnd && c.m.tokenEnd - c.m.tokenStart < m.tokenEnd - m.tokenStart);
  const chosen = headMentions(doc, namesOverPlaces(doc, matches.map((m) => choose(doc, m, ctx)))
    .filter((c) => c.kind !== "place" || (!known.some((k) => c.m.tokenStart < k.tokenEnd && k.tokenStart < c.m.tokenEnd) && !inName(c))), w.variants);
  const atToken = new Map<number, Chosen>();
  for (const c of chosen) {
    for (let t = c.m.tokenStart; t < c.m.tokenEnd; t++) w.taken[t] = 1;
    if (!atToken.has(c.m.tokenStart) || c.m.start > atToken.get(c.m.tokenStart)!.m.start) atToken.set(c.m.tokenStart, c);
  }
  // «حزب المحافظين التونسيين»، «مجلس نواب الشعب السوري»: a state's organisation named after another state's nisba is
  // that other state's body of the same kind, not the organisation the KB knows
  const foreign = new Map<Chosen, Chosen>();
  for (const c of chosen) {
    if (c.kind !== "entity" || c.entity.kind !== "org" || !c.entity.country || !/^[A-Z]{3}$/.test(c.entity.country)) continue;
    const n = atToken.get(c.m.tokenEnd);
    if (n && n.kind === "entity" && n.form !== "name" && n.m.clitics === "" && n.entity.kind === "state" && n.entity.country !== c.entity.country && !["IGO", "UNO", "EUR", "NGO", "IMG"].includes(c.entity.country)) foreign.set(c, n);
  }
  // names and places
  const entityOf = new Map<Chosen, Entity>();
  for (const c of chosen) {
    if (c.kind === "sector") continue;
    if (foreign.has(c)) {
      const n = foreign.get(c)!;
      if (n.kind === "entity") w.actors.push({ span: spanOf(doc.text, c.m.start, n.m.end), tokenStart: c.m.tokenStart, tokenEnd: n.m.tokenEnd, entity: null, country: n.entity.country, sector: c.kind === "entity" ? c.entity.sector : null });
      continue;
    }
    const e = c.kind === "entity" ? kbEntity(w, c.entity) : placeEntity(w, c.place);
    addMention(w, e, c.m.start, c.m.end, c.m.tokenStart, c.m.tokenEnd, mentionKind(c));
    entityOf.set(c, e);
  }
  const taken = (i: number) => w.taken[i] === 1;
  // tagger mentions by start token, for names after offices
  const nerAt = new Map<number, Mention>();
  for (const m of mentions) nerAt.set(m.tokenStart, m);
  const persons = new Map<string, Entity>();
  const personActors: ActorMention[] = [];

  // role appositions and sector phrases
  for (const c of chosen) {
    if (c.kind !== "sector") continue;
    const own = owner(doc, c, atToken, entityOf, foreign, knownAt);
    let end = own ? own.tokenEnd : c.m.tokenEnd;
    if (c.row.kind === "office") {
      // «رئيس وزراء لبنان الأسبق سعد الحريري»: a former holder is ELI (former officials)
      const former = FORMER.has(doc.tokens[end]?.norm ?? "");
      if (former) end++;
      const ner = nerAt.get(end);
      // a curated holder's full name right after the office (or after a comma) is read whole
      const knownSpan = (i: number): [number, number] | null => { const k = knownAt.get(i); return k && k.start === doc.tokens[i].start ? [k.tokenStart, k.tokenEnd] : null; };
      const kn = own?.kind === "pair" ? null : knownSpan(end) ?? (COMMA.has(doc.tokens[end]?.text ?? "") ? knownSpan(end + 1) : null);
      let span = kn ? kn : ner && ner.type === "PER" ? [ner.tokenStart, ner.tokenEnd] as [number, number] : own?.kind === "pair" ? null : readName(doc.tokens, end, taken);
      // the tagger often stops a foreign name after its first word («زوهراب | مناتساكانيان»): right after an
      // office, the name reading may extend the tagger's span, never shorten it
      if (!kn && ner && ner.type === "PER" && span && own?.kind !== "pair") {
        const read = readName(doc.tokens, end, taken);
        if (read && read[0] === span[0] && read[1] > span[1]) span = read;
      }
      // «رئيس الجمهورية، الباجي قايد السبسي،»: a name set off by commas
      if (!span && own?.kind !== "pair" && COMMA.has(doc.tokens[end]?.text ?? "")) {
        const s2 = readName(doc.tokens, end + 1, taken, true);
        const after = doc.tokens[s2 ? s2[1] : 0];
        if (s2 && (own || !after || COMMA.has(after.text) || after.sentence !== doc.tokens[end].sentence)) span = s2;
      }
      // without an owner, only a definite title followed by a name of two words or more is sure («الرئيس حسن
      // روحاني»); an indefinite office word heads a construct («رئيس تحالف عسكري»)
      const titled = /^[وف]?ال/.test(doc.tokens[c.m.tokenStart].text.slice(c.m.start - doc.tokens[c.m.tokenStart].start)) || c.m.clitics.includes("ل");
      if (span && (own || ner || kn || (titled && span[1] - span[0] >= 2))) {
        // the holder has the sector of what the office belongs to («الناطق الرسمي باسم الجبهة الشعبية حمة الهمامي» PTY)
        const person = personEntity(w, kb, persons, span, own?.country ?? null, former ? { ...c.row, sector: "ELI", label: `former ${c.row.label}` } : { ...c.row, sector: own?.sector ?? c.row.sector });
        if (!former && own?.entity && own.kind === "state" && !w.relations.some((r) => r.a === person.id && r.b === own.entity!.id && r.label === c.row.label)) {
          w.relations.push({ type: "holds_office", a: person.id, b: own.entity.id, label: c.row.label, evidence: spanOf(doc.text, c.m.start, doc.tokens[span[1] - 1].end) });
        }
        personActors.push({ span: spanOf(doc.text, c.m.start, doc.tokens[span[1] - 1].end), tokenStart: c.m.tokenStart, tokenEnd: span[1], entity: person.id, country: person.country, sector: person.sector });
        for (let t = span[0]; t < span[1]; t++) w.taken[t] = 1;
        continue;
      }
      if (!own) continue; // a bare office word («الرئيس») is too often an adjective to be an actor by itself
    }
    end = own ? own.tokenEnd : c.m.tokenEnd;
    const endChar = own ? own.end : c.m.end;
    const sector = own?.sector ?? c.row.sector;
    if (own?.kind === "pair") {
      for (const e of own.pair) w.actors.push({ span: spanOf(doc.text, c.m.start, endChar), tokenStart: c.m.tokenStart, tokenEnd: end, entity: null, country: e.country, sector: c.row.sector });
    } else {
      w.actors.push({ span: spanOf(doc.text, c.m.start, endChar), tokenStart: c.m.tokenStart, tokenEnd: end, entity: null, country: own?.country ?? null, sector });
    }
    // «مسؤولين روس وفرنسيين وأمريكيين»: coordinated nisba adjectives share the head word
    if (own?.kind === "state" && own.form !== "name") {
      let k = chosen.indexOf(own.chosen!) + 1;
      let prevEnd = own.tokenEnd;
      while (k < chosen.length) {
        const n = chosen[k];
        if (n.kind !== "entity" || n.form === "name" || n.m.tokenStart !== prevEnd || !n.m.clitics.startsWith("و")) break;
        w.actors.push({ span: spanOf(doc.text, n.m.start, n.m.end), tokenStart: n.m.tokenStart, tokenEnd: n.m.tokenEnd, entity: null, country: n.entity.country, sector });
        prevEnd = n.m.tokenEnd;
        k++;
      }
    }
  }
  // known office holders named without an office: the country of their office, their office's sector; no role, since
  // the article may be of another year
  for (const k of known) {
    let free = true;
    for (let t = k.tokenStart; t < k.tokenEnd && free; t++) free = w.taken[t] === 0;
    if (!free) continue;
    personEntity(w, kb, persons, [k.tokenStart, k.tokenEnd], k.name.country, { kind: "office", forms: [], sector: k.name.sector ?? "UNK", label: null }, k.start);
    for (let t = k.tokenStart; t < k.tokenEnd; t++) w.taken[t] = 1;
  }
  // later mentions of a person by surname («ماكرون»)
  surnames(w, persons, personActors);
  // «البلدين» / «الطرفين» naming two states just coordinated
  pairs(w, chosen, entityOf);
  // tagger mentions the KB does not cover
  for (const m of mentions) {
    let covered = false;
    for (let t = m.tokenStart; t < m.tokenEnd && !covered; t++) covered = w.taken[t] === 1;
    if (covered) continue;
    const key = `N:${m.type}:${normalize(m.text)}`;
    let e = w.byKey.get(key);
    if (!e) {
      e = newEntity(w, key, m.type, m.text, null, null, null, null);
      if (m.type === "GPE" || m.type === "LOC") {
        w.places.set(e.id, { entity: e.id, name: m.text, name_en: null, geonames: null, lat: null, lon: null, country: null, admin1: null, precision: 3, span: spanOf(doc.text, m.start, m.end) });
      }
    }
    addMention(w, e, m.start, m.end, m.tokenStart, m.tokenEnd, "name");
    w.actors.push({ span: spanOf(doc.text, m.start, m.end), tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, entity: e.id, country: null, sector: null });
  }
  // every entity mention is an actor phrase
  for (const c of chosen) {
    const e = entityOf.get(c);
    if (!e || c.kind === "sector") continue;
    w.actors.push({ span: spanOf(doc.text, c.m.start, c.m.end), tokenStart: c.m.tokenStart, tokenEnd: c.m.tokenEnd, entity: e.id, country: e.country, sector: actorSector(doc, c, e) });
  }
  w.actors.push(...personActors);
  w.actors.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  w.mentions.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  for (const e of w.entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: w.entities, actors: dedupe(w.actors), mentions: w.mentions, places: w.places, relations: w.relations };
}

/**
 * The longest actor phrase that covers token `i`, or null. The events stage calls this with a token index of
 * a subject or object; it never re-derives codes.
 * @example actorAt(resolved, tokenIndexOf("الكرملين"))?.country === "RUS"
 */
export function actorAt(resolved: Resolved, i: number): ActorMention | null {
  let best: ActorMention | null = null;
  for (const a of resolved.actors) {
    if (a.tokenStart > i) break;
    if (a.tokenEnd > i && (!best || a.tokenEnd - a.tokenStart > best.tokenEnd - best.tokenStart)) best = a;
  }
  return best;
}

/** Every actor phrase that starts inside tokens [from, to), in text order (outermost first at equal start). */
export function actorsIn(resolved: Resolved, from: number, to: number): ActorMention[] {
  return resolved.actors.filter((a) => a.tokenStart >= from && a.tokenStart < to);
}

/** The actor phrases that cover token `i`, outermost first (a person's whole role phrase, then the state in it). */
export function actorsAt(resolved: Resolved, i: number): ActorMention[] {
  return resolved.actors.filter((a) => a.tokenStart <= i && a.tokenEnd > i).sort((a, b) => (b.tokenEnd - b.tokenStart) - (a.tokenEnd - a.tokenStart));
}

/** The geocoded place of an entity, if it is one. */
export function placeOf(resolved: Resolved, entityId: string | null): Place | null {
  return entityId ? resolved.places.get(entityId) ?? null : null;
}

// ---------------------------------------------------------------------------------------------------------

/** The one country every entity/place reading of a match names; null when they differ or name none. */
function soleCountry(m: DictMatch): string | null {
  let cc: string | undefined;
  for (const t of m.entry.targets) {
    if (t.kind === "sector") continue;
    const c = (t.kind === "entity" ? t.entity.country : t.place.country) ?? "";
    if (cc === undefined) cc = c;
    else if (cc !== c) return null;
  }
  return cc || null;
}

function geoContext(doc: Prepared, matches: DictMatch[]): GeoContext {
  const ctx = emptyContext();
  for (const m of matches) {
    // only matches whose every reading names the same country count
    const cc = soleCountry(m);
    if (cc && /^[A-Z]{3}$/.test(cc)) addContext(ctx, cc, doc.tokens[m.tokenStart].sentence);
  }
  return ctx;
}

/**
 * Drops dictionary readings that the context shows to be common words:
 * - a one-word gazetteer name that is mostly a common word in news (kb.commonNames: «مشهد» scene, «بركان» volcano,
 *   «القريتين» the two villages) is a place only when the tagger marks it, a settlement word stands before it
 *   («بلدة القريتين»، «مناطق المرناقية»), it is coordinated with another place, or a locative (or «بين») stands before it and the
 *   article names the place's country elsewhere (by a name, nisba or another place);
 * - a one-word organisation name with the article followed by a definite adjective (not its own state's nisba, not an
 *   adjective of organisations such as «الإرهابي») is a noun with its adjective («القاعدة العسكرية» the military base, «الجزيرة الكورية»), after «شبه» a common noun («شبه الجزيرة»);
 * - a one-word adjective-shaped organisation name right after a state's name or a definite noun is an adjective
 *   («جمهورية مصر العربية»، «الدول العربية»), not the channel «العربية».
 */
function commonReadings(doc: Prepared, kb: KnowledgeBase, matches: DictMatch[], mentions: Mention[], variants: Variant[][]): DictMatch[] {
  const toks = doc.tokens;
  let named: Set<string> | null = null;
  const out: DictMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    if (m.tokenEnd - m.tokenStart !== 1) { out.push(m); continue; }
    // an accusative group or office word before «عن» is a predicate adjective: «يكون مسؤولا عن» (responsible for)
    // … and a nisba-shaped one right after an indefinite accusative noun is its adjective: «تحقيقا صحفيا» (a press inquiry)
    if (m.entry.accusative && m.entry.targets.every((t) => t.kind === "sector")) {
      if (toks[m.tokenEnd]?.norm === "عن") continue;
      const p = toks[m.tokenStart - 1];
      if (m.entry.tokens[0].endsWith("يا") && p && p.kind === "ar" && p.sentence === toks[m.tokenStart].sentence && /[^و]ا$/.test(p.norm) && p.norm.length >= 4 && !definite(p)) continue;
    }
    const ts = m.entry.targets;
    const form = m.entry.tokens[0];
    const prev = toks[m.tokenStart - 1];
    const sameSentence = prev && prev.sentence === toks[m.tokenStart].sentence;
    const prevForms = sameSentence ? variants[prev.i] : [];
    const orgs = ts.filter((t) => t.kind === "entity" && t.form === "name" && t.entity.kind === "org");
    if (orgs.length && orgs.length === ts.filter((t) => t.kind !== "sector").length) {
      if (sameSentence && prevForms.some((v) => COMMON_HEADS.has(v.form))) continue;
      const next = toks[m.tokenEnd];
      const nm = matches[k + 1];
      const nextIsOwnNisba = nm && nm.tokenStart === m.tokenEnd && nm.entry.targets.some((t) => t.kind === "entity" && t.form !== "name" && orgs.some((o) => o.kind === "entity" && o.entity.country === t.entity.country));
      if (form.startsWith("ال") && next && next.sentence === toks[m.tokenStart].sentence && next.kind === "ar" && !m.clitics && ADJECTIVE.test(next.norm) && definite(next) && !nextIsOwnNisba && !ORG_ADJECTIVES.has(next.norm) && !(nm && nm.tokenStart === m.tokenEnd && nm.entry.targets.some((t) => t.kind === "sector"))) continue;
      const pm = out[out.length - 1];
      if (!m.clitics && ADJECTIVE.test(form) && sameSentence && (definite(prev) || (pm && pm.tokenEnd === m.tokenStart && pm.entry.targets.some((t) => t.kind === "entity" && t.form === "name" && t.entity.kind === "state")))) continue;
    }
    if (kb.commonNames.has(form) && ts.every((t) => t.kind === "place" && !t.place.capitalOf)) {
      const tagged = mentions.some((x) => x.type !== "PER" && x.tokenStart <= m.tokenStart && m.tokenStart < x.tokenEnd);
      const placeWord = prevForms.some((v) => PLACE_WORDS.has(v.form) || CITY_WORDS.has(v.form) || ADMIN_WORDS.has(v.form));
      // coordinated with a place that is not itself a common word: «المرناقية وبرج العامري وطبربة»
      const isPlace = (x: DictMatch | undefined) => !!x && x.entry.targets.some((t) => t.kind === "place") && !(x.tokenEnd - x.tokenStart === 1 && kb.commonNames.has(x.entry.tokens[0]));
      const nm = matches[k + 1];
      const pm = out[out.length - 1];
      const sep = (i: number) => LIST_SEPARATORS.has(toks[i]?.text ?? "");
      const coordinated = (nm && nm.tokenStart === m.tokenEnd && nm.clitics.startsWith("و") && isPlace(nm)) || (pm && pm.tokenEnd === m.tokenStart && m.clitics.startsWith("و") && isPlace(pm))
        || (nm && nm.tokenStart === m.tokenEnd + 1 && sep(m.tokenEnd) && isPlace(nm)) || (pm && m.tokenStart === pm.tokenEnd + 1 && sep(pm.tokenEnd) && isPlace(pm));
      let ok = tagged || placeWord || coordinated;
      if (!ok && (m.clitics.includes("ب") || (sameSentence && (LOCATIVE.has(prev.norm) || prev.norm === BETWEEN)))) {
        named ??= countriesNamed(matches, kb);
        ok = ts.some((t) => t.kind === "place" && !!t.place.country && named!.has(t.place.country));
      }
      if (!ok) continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * «التحالف» after «التحالف العربي»، «الحركة» after «حركة النهضة»: a bare head word (coalition, front, movement, party,
 * organisation) names the one organisation of that head the article has already named in full; with two such
 * organisations named, or none before it, it stays what it was (a sector word or nothing).
 */
function headMentions(doc: Prepared, chosen: Chosen[], variants: Variant[][]): Chosen[] {
  const named = new Map<string, { entity: KbEntity; at: number } | null>();
  for (const c of chosen) {
    if (c.kind !== "entity" || c.form !== "name" || c.entity.kind !== "org" || c.m.tokenEnd - c.m.tokenStart < 2) continue;
    const head = c.m.entry.tokens[0].replace(/^ال/, "");
    const h = "ال" + head;
    if (!COREF_HEADS.has(h)) continue;
    const had = named.get(h);
    if (had === undefined) named.set(h, { entity: c.entity, at: c.m.tokenEnd });
    else if (had && had.entity !== c.entity) named.set(h, null);
  }
  if (!named.size) return chosen;
  const byStart = new Map<number, Chosen>();
  for (const c of chosen) byStart.set(c.m.tokenStart, c);
  const covered = new Uint8Array(doc.tokens.length);
  for (const c of chosen) if (c.kind !== "sector") for (let t = c.m.tokenStart; t < c.m.tokenEnd; t++) covered[t] = 1;
  const out = chosen.slice();
  let changed = false;
  for (const t of doc.tokens) {
    if (covered[t.i] || t.kind !== "ar") continue;
    const v = variants[t.i].find((x) => named.get(x.form));
    if (!v) continue;
    const n = named.get(v.form)!;
    if (t.i < n.at) continue;
    // the head followed by a word of its own (a definite adjective or noun: «التحالف الوطني») names something else
    const next = doc.tokens[t.i + 1];
    if (next && next.sentence === t.sentence && next.kind === "ar" && definite(next) && !variants[next.i].some((x) => LOCATIVE.has(x.form))) continue;
    const old = byStart.get(t.i);
    if (old && (old.kind !== "sector" || old.m.tokenEnd !== t.i + 1)) continue;
    const m: DictMatch = { tokenStart: t.i, tokenEnd: t.i + 1, start: t.start + v.offset, end: t.end, entry: { tokens: [v.form], targets: [] }, clitics: v.clitics };
    const c: Chosen = { kind: "entity", m, entity: n.entity, form: "name", coref: true };
    if (old) out[out.indexOf(old)] = c; else out.push(c);
    changed = true;
  }
  return changed ? out.sort((a, b) => a.m.start - b.m.start) : out;
}
const BETWEEN = normalize("بين");
const PATRONYM = /(?:^|\s)(?:بن|ابن|بنت|ابو|ابي|ام)$/;
const COREF_HEADS = new Set(["التحالف", "الجبهه", "الحركه", "الحزب", "التنظيم", "الجماعه", "الائتلاف", "التيار"].map(normalize));

/** The states the article names, by their names, nisbas or their places (a match whose readings share one state), leaving out common-word names. */
function countriesNamed(matches: DictMatch[], kb: KnowledgeBase): Set<string> {
  const out = new Set<string>();
  for (const m of matches) {
    if (m.tokenEnd - m.tokenStart === 1 && kb.commonNames.has(m.entry.tokens[0])) continue;
    const cc = soleCountry(m);
    if (cc) out.add(cc);
  }
  return out;
}

function choose(doc: Prepared, m: DictMatch, ctx: GeoContext): Chosen {
  const ts = m.entry.targets;
  const prev = doc.tokens[m.tokenStart - 1]?.norm ?? "";
  const wantCity = CITY_WORDS.has(prev);
  const ents = ts.filter((t): t is Extract<Target, { kind: "entity" }> => t.kind === "entity");
  const places = ts.filter((t): t is Extract<Target, { kind: "place" }> => t.kind === "place").map((t) => t.place);
  if (ents.length && !(wantCity && places.length)) return { kind: "entity", m, entity: ents[0].entity, form: ents[0].form };
  if (places.length) {
    const p = places.length === 1 ? places[0] : bestPlace(places, ctx, doc.tokens[m.tokenStart].sentence, ADMIN_WORDS.has(prev));
    return { kind: "place", m, place: p };
  }
  const s = ts.find((t): t is Extract<Target, { kind: "sector" }> => t.kind === "sector")!;
  return { kind: "sector", m, row: s.row };
}

/** A name after an office wins over gazetteer words: «وزير الخارجية الفلسطيني رياض المالكي» is a person. */
function namesOverPlaces(doc: Prepared, chosen: Chosen[]): Chosen[] {
  if (!chosen.some((c) => c.kind === "place")) return chosen;
  const strong = new Uint8Array(doc.tokens.length);
  const atToken = new Map<number, Chosen>();
  for (const c of chosen) {
    if (c.kind !== "place") for (let t = c.m.tokenStart; t < c.m.tokenEnd; t++) strong[t] = 1;
    if (!atToken.has(c.m.tokenStart)) atToken.set(c.m.tokenStart, c);
  }
  const drop = new Set<number>();
  const none = new Map<Chosen, Entity>();
  for (const c of chosen) {
    if (c.kind !== "sector" || c.row.kind !== "office") continue;
    const own = owner(doc, c, atToken, none);
    const span = readName(doc.tokens, own ? own.tokenEnd : c.m.tokenEnd, (i) => strong[i] === 1);
    if (!span || !own) continue;
    for (let t = span[0]; t < span[1]; t++) drop.add(t);
  }
  return drop.size ? chosen.filter((c) => c.kind !== "place" || !drop.has(c.m.tokenStart)) : chosen;
}

function mentionKind(c: Chosen): MentionKind {
  if (c.kind === "entity") {
    if (c.form !== "name") return "nisba";
    if (c.entity.kind === "metonym") return "metonym";
    return normalize(c.entity.name) === c.m.entry.tokens.join(" ") ? "name" : "alias";
  }
  return "name";
}

function newEntity(w: Work, key: string, type: EntityType, name: string, name_en: string | null, country: string | null, sector: string | null, wikidata: string | null): Entity {
  const e: Entity = { id: `E${w.entities.length + 1}`, type, name, name_en, wikidata, country, sector, role: null, mentions: [] };
  w.entities.push(e);
  w.byKey.set(key, e);
  return e;
}

function kbEntity(w: Work, k: KbEntity): Entity {
  const existing = w.byKey.get(k.id);
  if (existing) return existing;
  const e = newEntity(w, k.id, k.type, k.name, k.name_en, k.country, k.sector, k.wikidata);
  if (k.kind === "pre" || k.kind === "region" || k.kind === "state") {
    w.places.set(e.id, {
      entity: e.id, name: k.name, name_en: k.name_en, geonames: k.geonames, lat: k.lat, lon: k.lon, country: k.country,
      admin1: k.admin1, precision: k.precision, span: null,
    });
  }
  return e;
}

function placeEntity(w: Work, p: GazPlace): Entity {
  const key = `G:${p.geonames}`;
  const existing = w.byKey.get(key);
  if (existing) return existing;
  const e = newEntity(w, key, "GPE", p.names_ar[p.names_ar.length > 1 && p.capitalOf?.startsWith("R:") ? 1 : 0], p.name_en, p.country, null, null);
  w.places.set(e.id, {
    entity: e.id, name: e.name, name_en: p.name_en, geonames: p.geonames, lat: p.lat, lon: p.lon, country: p.country,
    admin1: p.admin1, precision: precisionOf(p.fcode), span: null,
  });
  return e;
}

function addMention(w: Work, e: Entity, start: number, end: number, tokenStart: number, tokenEnd: number, kind: MentionKind): void {
  const span = spanOf(w.doc.text, start, end);
  if (!e.mentions.some((s) => s.start === start && s.end === end)) e.mentions.push(span);
  w.mentions.push({ entity: e.id, span, tokenStart, tokenEnd, kind });
  const place = w.places.get(e.id);
  if (place && !place.span) place.span = span;
}

/** A capital is its government when it acts, a place after a preposition or «ب»: «تنفيه أنقرة» vs «في موسكو». */
function actorSector(doc: Prepared, c: Chosen, e: Entity): string | null {
  if (c.kind === "place" && c.place.capitalOf && /^[A-Z]{3}$/.test(c.place.capitalOf)) {
    const prev = doc.tokens[c.m.tokenStart - 1]?.norm ?? "";
    const locative = LOCATIVE.has(prev) || c.m.clitics.includes("ب") || CITY_WORDS.has(prev);
    return locative ? null : "GOV";
  }
  return e.sector;
}

type Owner = {
  kind: "state" | "org" | "pair";
  country: string | null;
  sector: string | null;
  entity: Entity | null;
  form: "name" | "nisba" | "plural";
  tokenEnd: number;
  end: number;
  chosen: Chosen | null;
  pair: Entity[];
};

/** What a sector word belongs to: «قوات أذربيجان»، «الجيش الأرميني»، «وزارة الدفاع في أذربيجان»، «قوات من أصل أرميني». */
function owner(doc: Prepared, c: Extract<Chosen, { kind: "sector" }>, atToken: Map<number, Chosen>, entityOf: Map<Chosen, Entity>, foreign?: Map<Chosen, Chosen>, knownAt?: Map<number, KnownName>): Owner | null {
  const b = c.m.tokenEnd;
  const toks = doc.tokens;
  const direct = atToken.get(b);
  const fromEntity = (n: Chosen, ethnic: boolean): Owner | null => {
    // a bare head read as the organisation named before («الحزب») is not an owner: «رئيسة الحزب» is not followed by a name
    if (n.kind === "sector" || (n.kind === "entity" && n.coref)) return null;
    const e = entityOf.get(n) ?? null;
    const form = n.kind === "entity" ? n.form : "name";
    if (n.kind === "entity") {
      const k = n.entity;
      if (k.kind === "region") return null;
      // the forces of a government are MIL, a ministry of a party is the party's: state-like owners lend only their country
      // … except a generic head («رئيس مجلس نواب الشعب» LEG): the head of a body has the body's sector
      const stateLike = (k.kind === "state" || k.sector === null || k.sector === "GOV" || k.sector === "LEG" || k.sector === "JUD") && !(k.kind !== "state" && k.sector && GENERIC_HEADS.has(c.row.label ?? ""));
      const sector = k.kind === "pre" ? "PRE" : ethnic ? (c.row.sector === "MIL" ? "UAF" : c.row.sector) : stateLike ? c.row.sector : k.sector;
      const other = foreign?.get(n);
      if (other && other.kind === "entity") return { kind: "org", country: other.entity.country, sector, entity: null, form, tokenEnd: other.m.tokenEnd, end: other.m.end, chosen: other, pair: [] };
      return { kind: k.kind === "state" ? "state" : "org", country: k.country, sector, entity: e, form, tokenEnd: n.m.tokenEnd, end: n.m.end, chosen: n, pair: [] };
    }
    return null;
  };
  const cliticOk = (n: Chosen) => n.m.clitics === "" || (n.kind === "entity" && n.form === "name" && (n.m.clitics === "ل" || (n.m.clitics === "ب" && c.row.kind === "body")));
  if (direct && direct.m.tokenStart === b && cliticOk(direct)) {
    const o = fromEntity(direct, false);
    if (o) return o;
  }
  // «حكومة يوسف الشاهد»: a body named after a known office holder is of the holder's country
  const k = knownAt?.get(b);
  if (k && c.row.kind === "body" && k.start === toks[b].start) {
    return { kind: "org", country: k.name.country, sector: c.row.sector, entity: null, form: "name", tokenEnd: k.tokenEnd, end: toks[k.tokenEnd - 1].end, chosen: null, pair: [] };
  }
  const t = toks[b];
  if (t && t.norm === "في" && c.row.kind !== "group") {
    const n = atToken.get(b + 1);
    if (n && n.m.clitics === "" && n.kind === "entity") { const o = fromEntity(n, false); if (o) return o; }
  }
  if (t && t.norm === "من" && toks[b + 1]?.norm === ORIGIN) {
    const n = atToken.get(b + 2);
    if (n && n.kind === "entity") { const o = fromEntity(n, true); if (o) return o; }
  }
  // «وزارة الصحة المصرية»، «وزير التربية التونسي»، «حزب العدالة والتنمية التركي»، «الناطق باسم الخارجية الروسية»،
  // «رئيس المكتب السياسي لحركة حماس»، «وزارة التعليم في تايوان»: up to three words of complement (definite nouns and
  // adjectives, other sector words) stand between the head and its owner, which must then be a nisba adjective, a
  // name with the genitive «ل» (offices only), or «في» and a state
  if (c.row.kind !== "group") {
    const o = afterComplement(doc, c, atToken, fromEntity);
    if (o) return o;
  }
  if (t && PAIR_WORDS.has(t.norm)) {
    const pair = pairBefore(doc, b, atToken, entityOf);
    if (pair) return { kind: "pair", country: null, sector: c.row.sector, entity: null, form: "name", tokenEnd: b + 1, end: t.end, chosen: null, pair };
  }
  return null;
}

function afterComplement(doc: Prepared, c: Extract<Chosen, { kind: "sector" }>, atToken: Map<number, Chosen>, fromEntity: (n: Chosen, ethnic: boolean) => Owner | null): Owner | null {
  const toks = doc.tokens;
  const sentence = toks[c.m.tokenStart].sentence;
  // A head in the construct state («وزارة»، «حزب»، «رئيس»، «المتحدث باسم») takes a genitive complement, any definite
  // noun; after a complete phrase («الجيش»، «وزير الدفاع») only adjectives may follow («الجيش العربي السوري»), so
  // that the object of a verb-first sentence is not read as a complement («قصف الجيش المواقع التركية»).
  const last = c.m.entry.tokens[c.m.entry.tokens.length - 1];
  let genitive = !last.startsWith("ال") || LINKING.has(last);
  let j = c.m.tokenEnd;
  let inner: KbSectorRow | null = null;
  while (j < c.m.tokenEnd + 3 && j < toks.length) {
    const tk = toks[j];
    // a name in quotes right after the head («صحيفة "الشروق" الجزائرية»، «قناة «ديلي ميل» البريطانية»): its words are
    // skipped whole, and only adjectives may follow it
    if (j === c.m.tokenEnd && QUOTES.has(tk.text)) {
      let q = j + 1;
      while (q < toks.length && q <= j + 5 && !QUOTES.has(toks[q].text) && toks[q].sentence === sentence && toks[q].kind !== "punct") q++;
      if (q === j + 1 || q > j + 5 || !QUOTES.has(toks[q]?.text ?? "")) break;
      j = q + 1;
      genitive = false;
      continue;
    }
    if (tk.sentence !== sentence || tk.kind !== "ar") break;
    const n = atToken.get(j);
    if (n && n.kind !== "sector") break;
    const coordinated = tk.norm.startsWith("و") && definite(tk);
    if (n) {
      if (n.row.kind === "group" || !(genitive || (coordinated && n.row.kind === "body"))) break;
      inner ??= n.row;
      genitive = LINKING.has(n.m.entry.tokens[n.m.entry.tokens.length - 1]);
      j = n.m.tokenEnd;
      continue;
    }
    if (LINKING.has(tk.norm)) { genitive = true; j++; continue; }
    if (!definite(tk) || !(genitive || coordinated || ADJECTIVE.test(tk.norm) || COMMON_ADJECTIVES.has(tk.norm))) break;
    genitive = false;
    j++;
  }
  if (j === c.m.tokenEnd) return null;
  const sectorOf = (o: Owner): Owner => {
    if (o.kind === "state" || (o.entity && o.sector === c.row.sector)) return { ...o, sector: GENERIC_HEADS.has(c.row.label ?? "") ? inner?.sector ?? (c.row.kind === "office" ? null : c.row.sector) : c.row.sector };
    return o;
  };
  const n = atToken.get(j);
  if (n && n.kind === "entity" && n.m.tokenStart === j && toks[j].sentence === sentence) {
    const nisba = n.form !== "name" && n.m.clitics === "";
    const lam = n.form === "name" && n.m.clitics === "ل" && c.row.kind === "office" && n.entity.kind !== "region";
    // «المحكمة الابتدائية بتونس»: a body «ب» a state
    const bi = n.form === "name" && n.m.clitics === "ب" && c.row.kind === "body" && n.entity.kind === "state";
    if (nisba || lam || bi) { const o = fromEntity(n, false); if (o) return sectorOf(o); }
    return null;
  }
  if (toks[j]?.norm === "في" && toks[j].sentence === sentence) {
    const m = atToken.get(j + 1);
    if (m && m.kind === "entity" && m.form === "name" && m.m.clitics === "" && m.entity.kind === "state") { const o = fromEntity(m, false); if (o) return sectorOf(o); }
  }
  return null;
}

/** The two states most recently coordinated («أرمينيا وأذربيجان») within the sentence and the two before it. */
function pairBefore(doc: Prepared, i: number, atToken: Map<number, Chosen>, entityOf: Map<Chosen, Entity>): Entity[] | null {
  const sentence = doc.tokens[i]?.sentence ?? 0;
  const ordered = [...entityOf.entries()]
    .filter(([c]) => c.kind === "entity" && c.entity.kind === "state" && c.form === "name" && c.m.tokenEnd <= i && doc.tokens[c.m.tokenStart].sentence >= sentence - 2)
    .sort((a, b) => a[0].m.start - b[0].m.start);
  void atToken;
  for (let k = ordered.length - 1; k > 0; k--) {
    const [c2, e2] = ordered[k];
    const [c1, e1] = ordered[k - 1];
    const adjacent = c2.m.tokenStart === c1.m.tokenEnd || (c2.m.tokenStart === c1.m.tokenStart && c2.m.start > c1.m.start);
    if (adjacent && c2.m.clitics.startsWith("و") && e1 !== e2) return [e1, e2];
  }
  return null;
}

function pairs(w: Work, chosen: Chosen[], entityOf: Map<Chosen, Entity>): void {
  const atToken = new Map<number, Chosen>();
  for (const c of chosen) atToken.set(c.m.tokenStart, c);
  for (const t of w.doc.tokens) {
    const v = w.variants[t.i].find((x) => PAIR_WORDS.has(x.form));
    if (!v) continue;
    const pair = pairBefore(w.doc, t.i, atToken, entityOf);
    if (!pair) continue;
    for (const e of pair) {
      addMention(w, e, t.start + v.offset, t.end, t.i, t.i + 1, "group");
      if (!w.actors.some((a) => a.tokenStart === t.i && a.country === e.country)) {
        w.actors.push({ span: spanOf(w.doc.text, t.start + v.offset, t.end), tokenStart: t.i, tokenEnd: t.i + 1, entity: e.id, country: e.country, sector: e.sector });
      }
    }
  }
}

type KnownName = { tokenStart: number; tokenEnd: number; start: number; name: PersonName };

/** Full names of curated office holders in the text, clitic-aware («وقال يوسف الشاهد»، «ليوسف الشاهد»). */
function knownNames(doc: Prepared, kb: KnowledgeBase, variants: Variant[][]): KnownName[] {
  const out: KnownName[] = [];
  const toks = doc.tokens;
  const names = kb.personNames;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== "ar") continue;
    let hit: KnownName | null = null;
    for (const v of variants[i]) {
      const list = names.get(v.form);
      if (!list) continue;
      for (const p of list) {
        const n = p.tokens.length;
        if (hit && n <= hit.tokenEnd - hit.tokenStart) break;
        let ok = i + n <= toks.length;
        for (let k = 1; k < n && ok; k++) ok = toks[i + k].norm === p.tokens[k] && toks[i + k].sentence === toks[i].sentence;
        if (ok) { hit = { tokenStart: i, tokenEnd: i + n, start: toks[i].start + v.offset, name: p }; break; }
      }
    }
    if (hit) {
      // a street, hospital or airport named after the person is a place, not the person: the word before, or the
      // one before an adjective («المستشفى الجامعي الحبيب بورقيبة»)
      const p1 = toks[i - 1];
      const p2 = toks[i - 2];
      const named = (t: typeof p1) => !!t && t.sentence === toks[i].sentence && variants[t.i].some((v) => NAMED_AFTER.has(v.form));
      if (!named(p1) && !(p1 && definite(p1) && named(p2))) out.push(hit);
      i = hit.tokenEnd - 1;
    }
  }
  return out;
}

function personEntity(w: Work, kb: KnowledgeBase, persons: Map<string, Entity>, span: [number, number], country: string | null, row: KbSectorRow, startChar?: number): Entity {
  const toks = w.doc.tokens.slice(span[0], span[1]);
  const start = startChar ?? toks[0].start;
  const end = toks[toks.length - 1].end;
  const name = w.doc.text.slice(start, end);
  const key = [startChar === undefined ? toks[0].norm : normalize(w.doc.text.slice(start, toks[0].end)), ...toks.slice(1).map((t) => t.norm)].join(" ");
  // «دي ميزيير» after «توماس دي ميزيير»: a known person's last words name that person
  let e = persons.get(key);
  // … but not after «بن» (son of): «خالد بن سلمان» is not «الملك سلمان»
  const tail = (long: string, short: string) => long.endsWith(" " + short) && !PATRONYM.test(long.slice(0, -short.length - 1));
  if (!e) for (const [k, p] of persons) if (tail(k, key) || tail(key, k)) { e = p; break; }
  if (!e) {
    // an office without a country («رئيس الحكومة يوسف الشاهد»): a curated holder of that exact name lends the country
    const known = country ? null : kb.personNames.get(key.split(" ")[0])?.find((p) => p.tokens.join(" ") === key) ?? null;
    if (known) country = known.country;
    const leader = linkLeader(kb, name, country);
    const sector = row.sector === "UNK" ? known?.sector ?? null : row.sector;
    e = newEntity(w, `P:${key}`, "PER", name, leader?.name_en ?? null, country ?? leader?.country ?? null, sector, null);
    e.role = row.label;
    persons.set(key, e);
  }
  addMention(w, e, start, end, span[0], span[1], "name");
  w.actors.push({ span: spanOf(w.doc.text, start, end), tokenStart: span[0], tokenEnd: span[1], entity: e.id, country: e.country, sector: e.sector });
  return e;
}

function surnames(w: Work, persons: Map<string, Entity>, personActors: ActorMention[]): void {
  if (!persons.size) return;
  const bySurname = new Map<string, Entity[]>();
  for (const [key, e] of persons) {
    const parts = key.split(" ");
    if (parts.length < 2) continue;
    const list = bySurname.get(parts[parts.length - 1]) ?? [];
    if (!list.includes(e)) list.push(e);
    bySurname.set(parts[parts.length - 1], list);
  }
  for (const t of w.doc.tokens) {
    if (w.taken[t.i] || t.kind !== "ar") continue;
    // a definite word is not a bare surname («اليوم الجمعة» is Friday, not «مهدي جمعة»)
    const withArticle = definite(t);
    for (const v of w.variants[t.i]) {
      const list = bySurname.get(v.form);
      if (!list || (withArticle && !v.form.startsWith("ال"))) continue;
      // two persons of one family name («الباجي قايد السبسي»، «حافظ قايد السبسي»): the one named last before
      const e = list.length === 1 ? list[0] : nearestBefore(list, t.start);
      if (!e) break;
      addMention(w, e, t.start + v.offset, t.end, t.i, t.i + 1, "name");
      personActors.push({ span: spanOf(w.doc.text, t.start + v.offset, t.end), tokenStart: t.i, tokenEnd: t.i + 1, entity: e.id, country: e.country, sector: e.sector });
      w.taken[t.i] = 1;
      break;
    }
  }
}

function nearestBefore(list: Entity[], at: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const e of list) {
    for (const m of e.mentions) if (m.start < at && m.start > bestAt) { best = e; bestAt = m.start; }
  }
  return best;
}

function dedupe(actors: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  const seen = new Set<string>();
  for (const a of actors) {
    const k = `${a.span.start}:${a.span.end}:${a.entity}:${a.country}:${a.sector}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(a);
  }
  return out;
}
