// From trigger words to candidate events: for each sentence, its clauses, the triggers that name an event
// there, and for each trigger its arguments (actor, recipient by position and preposition), source, status,
// time and place. Triggers that are arguments of another («قبلتا عرض المحادثات», «دعا إلى وقف القتال»),
// consequences («أسفرت عن مقتل»), intentions («في محاولة لإنهاء») or tolls («31 مدنيا قتلوا») are not events.
import type { Actor, EventStatus, EventType, Place, Span, When } from "../core/contract.js";
import type { ActorMention, Resolved, ResolvedMention, TimeMention } from "../core/doc.js";
import { spanOf } from "../core/span.js";
import { groupActors, groupsIn, topLevel, type Group } from "./actors.js";
import { bodyAt, bodyBefore } from "./bodies.js";
import { casualtyCounts, type CasualtyCount } from "./casualties.js";
import { isKnownVerb, splitClauses, type Clause } from "./clauses.js";
import type { TriggerEntry } from "./lexicon.js";
import { scopeAt, sourceScopes, type SourceScope } from "./sources.js";
import { afterPast, statusOf } from "./status.js";
import type { Match, Words } from "./words.js";

export type Candidate = {
  type: EventType;
  mode: string | null;
  context: string[];
  entry: TriggerEntry;
  trigger: { start: number; end: number };
  sentence: number;
  clause: Clause;
  actor: Actor[];
  recipient: Actor[];
  /** tokens covered by the arguments, for the evidence span */
  argStart: number;
  argEnd: number;
  when: When | null;
  where: Place | null;
  whereEntity: string | null;
  source: Actor | null;
  status: EventStatus;
  /** a definite or demonstrative mention of an incident already reported («الاشتباكات», «هذا الاجتماع») */
  anaphoric: boolean;
  /** «هذا الاجتماع», «تلك الهجمات» */
  demonstrative: boolean;
  /** «دوي الانفجارات», «أصوات إطلاق النار»: what was heard of an incident, not an incident of its own */
  heard?: boolean;
  counts: CasualtyCount[];
  confidence: number;
  /** violence evidence in the sentence (conflict words, armed actors, tolls) minus sport/economy words */
  conflictScore: number;
  sportScore: number;
};

export type SentenceContext = {
  w: Words;
  resolved: Resolved;
  actors: ActorMention[];
  times: TimeMention[];
  published: string | null;
  /** last reporting source in the article (for «وأضاف») */
  lastSource: Actor | null;
  /** the most recent actors of a two-sided event, for «الطرفين», «البلدين» */
  lastSides: Actor[];
  /** the doers of the last act told with a named doer, and its sentence (for «كما حذر من ...» in the next one) */
  lastActors?: { actors: Actor[]; sentence: number };
  /** 1 for tokens inside multi-word entity names */
  inEntity: Uint8Array;
};

const COMPLEMENT_TAKING = new Set<EventType>(["REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONCEDE"]);
const ONE_SIDED_ACCUSATIVE = new Set<EventType>(["ASSAULT", "COERCE", "SANCTION", "ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "AID", "REJECT", "CONSULT"]);
const ARMED = new Set(["MIL", "REB", "COP", "UAF", "PRM", "SPY", "IMG"]);
const SCOPE_STOP = new Set(["لكن", "لكنه", "لكنها", "ولكن", "فيما", "بينما", "كما", "ثم", "حيث", "وفيما", "وبينما", "وكما"]);
const SPEECH_ACTS = new Set<EventType>(["AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT"]);
const NON_STOP = new Set(["الا", "حتي", "كي", "لكي", "اذ"]);
const STRIP_DAY = (v: string | null) => (v ?? "").slice(0, 10);

function placeMentions(resolved: Resolved, from: number, to: number): ResolvedMention[] {
  return resolved.mentions.filter((m) => m.tokenStart >= from && m.tokenEnd <= to && resolved.places.has(m.entity));
}

/** Tokens inside multi-word entity names («حزب الدعوة», «منظمة الأمن والتعاون»): no triggers there. */
export function entityTokens(resolved: Resolved, n: number): Uint8Array {
  const inside = new Uint8Array(n);
  for (const m of resolved.mentions) if (m.tokenEnd - m.tokenStart > 1) for (let i = m.tokenStart; i < m.tokenEnd && i < n; i++) inside[i] = 1;
  return inside;
}

function isLocative(w: Words, m: { tokenStart: number; span: Span }): boolean {
  const toks = w.tokens;
  const first = toks[m.tokenStart];
  if (first) {
    const pre = w.doc.text.slice(first.start, m.span.start);
    if (/[بف]/.test(pre) && pre.length <= 3) return true;
    const n = first.norm.replace(/^و/, "");
    if (n.startsWith("ب") && first.morphs.some((x) => x.role === "proclitic" && x.tag === "PREP" && x.text === "ب")) return true;
  }
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 2); k--) if (w.isCue(k, "loc")) return true;
  return false;
}

function usable(tm: TimeMention, w: Words): boolean {
  if (/الآن|الان|حاليا/.test(tm.span.text)) return false;
  const prev = w.tokens[tm.tokenStart - 1];
  if (prev && prev.norm === "حتي") return false;
  return true;
}

function toWhen(tm: TimeMention): When {
  return { value: tm.value, precision: tm.precision ?? "day", span: tm.span };
}

const SPECIFIC = new Set(["day", "part_of_day", "week", "interval"]);

/** The event's time: in its clause (after the trigger first), else the nearest specific one in the sentence. */
export function chooseWhen(w: Words, times: TimeMention[], trigger: number, clause: Clause, sStart: number, sEnd: number): When | null {
  const inClause = times.filter((t) => t.tokenStart >= clause.start && t.tokenEnd <= clause.end && usable(t, w));
  const after = inClause.find((t) => t.tokenStart >= trigger);
  if (after) return toWhen(after);
  if (inClause.length) return toWhen(inClause[inClause.length - 1]);
  // outside the clause: the nearest earlier one in the sentence (it frames what follows), else a later one
  // in the clauses that follow without a contrast («لكن», «فيما») in between
  let best: TimeMention | null = null;
  for (const t of times) {
    if (t.tokenStart < sStart || t.tokenEnd > clause.start || !usable(t, w) || !SPECIFIC.has(t.precision ?? "")) continue;
    best = t;
  }
  if (best) return toWhen(best);
  for (const t of times) {
    if (t.tokenStart < clause.end || t.tokenEnd > sEnd || !usable(t, w) || !SPECIFIC.has(t.precision ?? "")) continue;
    let contrast = false;
    for (let k = clause.end; k < t.tokenStart; k++) if (w.isCue(k, "boundary") || w.isCue(k, "rel")) contrast = true;
    if (!contrast) return toWhen(t);
    break;
  }
  return null;
}

function sentenceScores(ctx: SentenceContext, from: number, to: number): { conflict: number; sport: number } {
  const { w } = ctx;
  let conflict = 0;
  let sport = 0;
  for (let i = from; i < to; i++) {
    if (w.isCue(i, "conflict") || w.isCue(i, "dead") || w.isCue(i, "injured")) conflict++;
    if (w.isCue(i, "sport")) sport++;
    if (w.isCue(i, "economy")) sport += 0.5;
  }
  for (const a of ctx.actors) if (a.tokenStart >= from && a.tokenEnd <= to && a.sector && ARMED.has(a.sector)) conflict++;
  return { conflict, sport };
}

function hasObject(w: Words, m: Match<TriggerEntry>, sEnd: number): boolean {
  const obj = m.entry.obj;
  if (!obj) return true;
  // (a speech act's object may stand past its subject and a date: «أعرب الرئيس ...، السبت، عن رغبة»; a violent
  // reading keeps a tighter window)
  const reach = VIOLENT_TYPES.has(m.entry.type) ? 8 : 10;
  for (let k = m.end; k < Math.min(sEnd, m.end + reach); k++) {
    for (const words of obj) if (w.phraseAt(k, words)) return true;
  }
  return false;
}

function blocked(w: Words, m: Match<TriggerEntry>, sStart: number, sEnd: number): boolean {
  const e = m.entry;
  if (e.notPrev.size && m.start > sStart) for (const k of w.keys[m.start - 1]) if (e.notPrev.has(k)) return true;
  if (e.notNext.size && m.end < sEnd) for (const k of w.keys[m.end]) if (e.notNext.has(k)) return true;
  return !hasObject(w, m, sEnd);
}

function isDefinite(w: Words, i: number): boolean {
  const n = w.tokens[i].norm.replace(/^[وف]/, "");
  return n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || n.startsWith("كال");
}

export type SentenceReading = { candidates: Candidate[]; scopes: SourceScope[]; counts: CasualtyCount[]; clauses: Clause[] };

/** Reads the candidate events of one sentence, with its reporting scopes and casualty counts. */
export function readSentence(ctx: SentenceContext, si: number): SentenceReading {
  const { w, resolved, times } = ctx;
  const s = w.doc.sentences[si];
  const toks = w.tokens;
  const clauses = splitClauses(w, s, si);
  const clauseOf = (i: number) => clauses.find((c) => i >= c.start && i < c.end) ?? clauses[clauses.length - 1];
  const actors = topLevel(ctx.actors.filter((a) => a.tokenStart >= s.tokenStart && a.tokenEnd <= s.tokenEnd));

  // 1. trigger matches (longest first, one per token), minus those blocked by their neighbours
  const matches: Match<TriggerEntry>[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (toks[i].kind !== "ar") continue;
    if (ctx.inEntity[i]) continue;
    const ms = w.triggersAt(i).filter((m) => m.end <= s.tokenEnd && !blocked(w, m, s.tokenStart, s.tokenEnd));
    if (!ms.length) continue;
    // a phrase or an object-bearing verb wins over a bare form of the same word
    ms.sort((a, b) => (b.end - a.end) || ((b.entry.obj ? 1 : 0) - (a.entry.obj ? 1 : 0)));
    let pick = ms[0];
    // «جدد رفضه للتدخل», «أبلغت إسرائيل رفضها»: «رفضه» is "he refused it" or "his refusal"; inside a clause,
    // after another word, it is the maṣdar with its owner (a verb with an object pronoun opens its clause)
    // (so after a comma that closes a reporting verb's subject: «وبين حزب التكتل، تضامنه المطلق مع ...»)
    if (pick.verb && pick.end === i + 1 && i > s.tokenStart && (toks[i - 1].kind === "ar" || afterReporter(w, i, s.tokenStart)) && !/^[وف]/.test(toks[i].norm) && POSSESSIVE.test(toks[i].text.replace(/[\u064B-\u0652]/g, ""))) {
      const noun = ms.find((x) => x.entry.pos === "N" && x.end === pick.end && x.entry.type === pick.entry.type);
      if (noun) pick = noun;
    }
    matches.push(pick);
    i = pick.end - 1;
  }
  const triggerVerbAt = (i: number) => matches.some((m) => m.start === i && m.entry.obj !== null);
  const scopes = sourceScopes(w, s, actors, resolved, ctx.lastSource, triggerVerbAt);
  for (const sc of scopes) if (sc.source) ctx.lastSource = sc.source;
  const reportingAt = new Set(scopes.map((sc) => sc.at));
  const counts = casualtyCounts(w, s, times);
  const scores = sentenceScores(ctx, s.tokenStart, s.tokenEnd);

  // «فعندما يترتب ترحيل طالب لجوء ... يرفض الأخير استعادته»: «عندما» with a present-tense verb states what
  // generally happens; the acts told after it are no incidents
  let generic = -1;
  for (let i = s.tokenStart; i < s.tokenEnd - 1 && generic < 0; i++) {
    if (GENERIC_WHEN.has(toks[i].norm.replace(/^[وف]/, "")) && /^ي/.test(toks[i + 1].norm) && toks[i + 1].norm.length >= 4) generic = i;
  }
  // 2. absorption: arguments of complement-taking triggers, objects of verbs, consequences, intentions
  const out: Candidate[] = [];
  let scopeEnd = -1;
  let scopeVerbal = false;
  let scopeClause: Clause | null = null;
  let scopeFactive = false;
  let scopeQuote = -1;
  let lastVerbEnd = -1;
  let lastVerbClause: Clause | null = null;
  for (let mi = 0; mi < matches.length; mi++) {
    const m = matches[mi];
    if (reportingAt.has(m.start)) continue;
    const clause = clauseOf(m.start);
    let absorbed = m.entry.pos === "N" && lastVerbClause === clause && m.start - lastVerbEnd <= 2;
    // «منفذي التفجير الانتحاري الذي استهدف الأحد كنيسة»: an incident noun that a relative clause tells
    // (what it hit, when) is a real incident even as another act's argument
    const told = m.entry.pos === "N" && toldBy(w, m.end, s.tokenEnd) > 0;
    if (told && m.entry.type === "ASSAULT") absorbed = false;
    else if (m.start < scopeEnd) {
      // a governed noun is always an argument; a verb only in the governor's clause or its complement
      if (m.entry.pos === "N") absorbed = true;
      else if (scopeVerbal && (clause === scopeClause || clause.opener === "comp" || w.isCue(clause.start, "hyp"))) absorbed = true;
      // (inside the quotation the act governs, every verb is its content)
      else if (m.start < scopeQuote) absorbed = true;
    }
    // «أدانت الرئاسة حكم محكمة إسرائيلية اليوم الاثنين بسجن طفل»: what is condemned or welcomed happened; an
    // incident there with its own date is reported along with the reaction
    let nominal = false;
    if (absorbed && scopeFactive && INCIDENT_TYPES.has(m.entry.type) && ownDate(w, times, m.end, s.tokenEnd)) { absorbed = false; nominal = m.verb !== null; }
    if (COMPLEMENT_TAKING.has(m.entry.type) && !absorbed) {
      scopeEnd = s.tokenEnd;
      scopeVerbal = m.verb !== null;
      scopeClause = clause;
      scopeFactive = m.entry.type === "ACCUSE" || m.entry.type === "SUPPORT";
      // «حذر من "خطورة ...، وتجاهل ..."»: a quotation that opens the act's complement is its content, commas and all
      let quoteEnd = -1;
      for (let k = m.end; k < Math.min(s.tokenEnd, m.end + 4); k++) {
        if (OPEN_QUOTE.has(toks[k].text)) {
          for (let j = k + 1; j < s.tokenEnd; j++) if (CLOSE_QUOTE.has(toks[j].text)) { quoteEnd = j; break; }
          break;
        }
        if (toks[k].kind === "punct") break;
      }
      scopeQuote = quoteEnd;
      for (let k = m.end; k < s.tokenEnd; k++) {
        const t = toks[k];
        if (k < quoteEnd) continue;
        // «اتهم مسؤول ألماني، اليوم الأربعاء، تونس بتأخير ترحيل ...»: a comma that only sets off a date or a
        // named party does not end what the act governs
        if (t.text === "،" || t.text === ",") {
          const next = clauses.find((c) => c.start === k + 1);
          if (next && next.opener === "punct" && (timeOnly(w, times, next) || nominalInsert(w, actors, next))) { k = next.end; continue; }
        }
        if (t.text === "،" || t.text === "," || t.text === "؛" || t.text === ";" || SCOPE_STOP.has(t.norm) || reportingAt.has(k) || (w.isCue(k, "boundary") && !NON_STOP.has(t.norm))) { scopeEnd = k; break; }
      }
    }
    if (m.verb) { lastVerbEnd = m.end; lastVerbClause = clause; }
    if (absorbed) continue;
    let skip = false;
    for (let k = Math.max(clause.start, m.start - 3); k < m.start; k++) {
      if (w.isCue(k, "intent") || w.isCue(k, "result") || (m.entry.pos === "N" && (w.isCue(k, "hyp") || w.isCue(k, "superl")))) skip = true;
    }
    if (m.entry.pos === "N" && m.start > clause.start && w.isCue(m.start - 1, "superl")) skip = true;
    // «بعد عدة هجمات في لندن»: a count of past incidents with no date of its own sums up, it tells none of them
    // (unless a relative clause tells them: «عدة اجتماعات عقدتها مؤخرا»)
    if (m.entry.pos === "N" && m.start > s.tokenStart && toks[m.start - 1].norm.replace(/^[وف]/, "") === "عده" && !isDefinite(w, m.start) && !told && !PRONOUN_VERB.test(toks[m.end]?.norm.replace(/^[وف]/, "") ?? "") && !ownDate(w, times, m.end, s.tokenEnd)) skip = true;
    if (generic >= 0 && m.start > generic && (m.verb === "pres" || m.entry.pos === "N") && !ownDate(w, times, m.end, s.tokenEnd)) skip = true;
    // «عدد الأمريكيين الذين تعتقلهم بيونجيانج», «الحركة التي تحكم القطاع»: a present-tense act in a relative
    // clause describes a standing state of affairs, not an incident (unless the clause dates it)
    if (m.verb === "pres" && !m.future && INCIDENT_TYPES.has(m.entry.type) && m.start > s.tokenStart && w.isCue(m.start - 1, "rel") && !ownDate(w, times, m.end, s.tokenEnd)) skip = true;
    // «رفضاً للعزل», «دعماً للشاب», «احتجاجاً على»: an indefinite accusative masdar after a clause says why
    // the clause's act was done, it is not an act of its own
    // (a verb form read there needs the written tanween: «رفضا» is also "the two refused")
    if (PURPOSE_TYPES.has(m.entry.type) && m.end === m.start + 1 && m.start > clause.start && (m.entry.pos === "N" || toks[m.start].text.includes("\u064B")) && isPurposeMasdar(w, m.start)) skip = true;
    // «منفذ هجوم مانشستر»: a person named by an incident already known, unless a relative clause tells it
    if (m.entry.pos === "N" && m.start > s.tokenStart && !told && (w.isCue(m.start - 1, "perp") || w.isCue(m.start - 2, "perp"))) skip = true;
    // «بموافقة الفصائل», «بدعم من», «بطلب من»: an indefinite speech-act noun after ب says how, not what happened
    if (m.entry.pos === "N" && !m.entry.free && SPEECH_ACTS.has(m.entry.type) && /^[وف]?ب(?!ال)/.test(toks[m.start].norm)) skip = true;
    // one clause, one event of a type: «محادثات ... تستضيفها روسيا»
    // (two kinds of one type are two events: «الاحتجاجات ... مع تنفيذ إضراب عام»)
    const prev = out[out.length - 1];
    if (prev && prev.clause === clause && prev.type === m.entry.type && !(prev.mode && m.entry.mode && prev.mode !== m.entry.mode)) skip = true;
    // «وقوع عمليتي دهس على لندن بريدج وطعن بسكين»: a word of the same kind joined by «و» right after the
    // previous incident noun's phrase names the same incident (no verb, no date of its own between them)
    if (prev && prev.sentence === si && prev.type === m.entry.type && prev.entry.pos === "N" && !(prev.mode && m.entry.mode && prev.mode !== m.entry.mode) &&
      /^و/.test(toks[m.start].norm) && m.start > prev.trigger.end && m.start - prev.trigger.end <= 6 && !matches.some((x) => x.verb && x.start > prev.trigger.end && x.start < m.start) &&
      !ownDate(w, times, m.end, Math.min(s.tokenEnd, m.end + 4))) skip = true;
    if (skip) continue;
    let nextVerb = s.tokenEnd;
    for (let k = mi + 1; k < matches.length; k++) if (matches[k].verb && !reportingAt.has(matches[k].start)) { nextVerb = matches[k].start; break; }
    // (the object of «أدانت» is a maṣdar, whatever verb form its letters also spell: «حكم» is "ruling")
    const read = nominal ? { ...m, verb: null, future: false, entry: { ...m.entry, pos: "N" as const } } : m;
    const cand = buildCandidate(ctx, read, clause, clauses, actors, scopes, counts, s.tokenStart, s.tokenEnd, si, nextVerb, out[out.length - 1]);
    if (!cand) continue;
    cand.conflictScore = scores.conflict;
    cand.sportScore = scores.sport;
    out.push(cand);
    if (cand.type === "ASSAULT" && cand.entry.sym && new Set(cand.actor.map((a) => a.country).filter(Boolean)).size >= 2) ctx.lastSides = cand.actor.slice();
    // (a party known only by its head noun, «الحزب», counts: its country is filled in later)
    if (cand.actor.some((a) => a.country || a.sector)) ctx.lastActors = { actors: cand.actor.slice(), sentence: si };
  }
  // «واعتبرت حركة الشعب أن "إقدام الولايات المتحدة على شن هذا العدوان ..."», «وشدد الأسد على أن هذا التقرير ...
  // "عار"»: a speaker's complement that blames (aggression, a violation, a disgrace) with no act of its own told
  // there is the speaker's accusation; the first other party named in it is the accused
  for (let k = 0; k < scopes.length; k++) {
    const ev = evaluation(ctx, si, scopes[k], scopes[k + 1]?.at ?? s.tokenEnd, out, actors, clauseOf(scopes[k].at));
    if (ev) out.push(ev);
  }
  out.sort((a, b) => a.trigger.start - b.trigger.start);
  return { candidates: out, scopes, counts, clauses };
}

const COUNTS: Record<string, number> = { الثلاث: 3, الثلاثه: 3, الثلاثة: 3, الاربع: 4, الاربعه: 4, الاربعة: 4, الخمس: 5, الخمسه: 5, الخمسة: 5, الست: 6, السته: 6, الستة: 6 };

/** «الدول الثلاث», «البلدان الأربعة» at token k: how many states it counts (0 when it is not such a phrase). */
function countedStates(w: Words, k: number): number {
  const head = w.tokens[k].norm.replace(/^[وف]/, "").replace(/^(لل|بال|ال)/, "");
  if (head !== "دول" && head !== "بلدان") return 0;
  if (!/^(ل|ب)?ال/.test(w.tokens[k].norm.replace(/^[وف]/, "")) && !w.tokens[k].norm.replace(/^[وف]/, "").startsWith("لل")) return 0;
  return COUNTS[w.tokens[k + 1]?.norm ?? ""] ?? 0;
}

/** The states of the last list of exactly `n` states named before token k («تونس والجزائر ومصر»); [] when none. */
function statesBefore(ctx: SentenceContext, k: number, n: number): Actor[] {
  const { resolved } = ctx;
  const states = resolved.mentions.filter((m) => {
    const p = m.tokenEnd <= k ? resolved.places.get(m.entity) : undefined;
    return Boolean(p && p.admin1 === null && p.precision === 3 && p.country);
  }).sort((a, b) => a.tokenStart - b.tokenStart);
  let best: Actor[] = [];
  let run: Actor[] = [];
  let end = -10;
  for (const m of states) {
    const country = resolved.places.get(m.entity)!.country!;
    // (the next name of a list follows at once, «والجزائر», or after a comma)
    if (m.tokenStart - end > 1) run = [];
    if (!run.some((a) => a.country === country)) run.push({ entity: m.entity, text: m.span.text, country, sector: null });
    end = m.tokenEnd;
    if (run.length === n) best = run.slice();
  }
  return best;
}

/** Whether token i follows a comma that closes a reporting verb's subject («وأكد الحزب، رفضه ...»). */
function afterReporter(w: Words, i: number, sStart: number): boolean {
  const c = w.tokens[i - 1]?.text;
  if (c !== "،" && c !== ",") return false;
  for (let k = i - 2; k >= Math.max(sStart, i - 9); k--) {
    if (w.tokens[k].kind === "punct") return false;
    if (w.cue(k, "report")?.verb || w.isCue(k, "continue") || w.isBayyana(k)) return true;
  }
  return false;
}

const EVALUATION: TriggerEntry = {
  type: "ACCUSE", mode: "disapprove", pos: "V", amb: false, sym: false, cas: false, free: false, part: false, told: false,
  victim: false, obj: null, notPrev: new Set(), notNext: new Set(), context: [], line: -1,
};
// acts told in a complement that are the speaker's own stance: the evaluation is not a second act
const STANCES = new Set<EventType>(["ACCUSE", "REJECT", "THREATEN", "REQUEST", "SUPPORT", "AGREE"]);

/** The accusation a reporting verb makes when its complement blames and tells no stance of its own. */
function evaluation(ctx: SentenceContext, si: number, sc: SourceScope, end: number, out: Candidate[], actors: ActorMention[], clause: Clause): Candidate | null {
  const { w, resolved } = ctx;
  const src = sc.source;
  // (a party known by its state or sector; a complement opened by «أن»: «يعتبر غزوا» is "counts as", no speaker)
  if (!src || (!src.country && !src.sector)) return null;
  if (!w.cue(sc.at, "report")?.verb && !w.cue(sc.at, "continue")) return null;
  if (!w.isCue(sc.from, "comp")) return null;
  if (out.some((c) => c.trigger.start >= sc.at && c.trigger.start < end && STANCES.has(c.type))) return null;
  let blame = -1;
  for (let k = sc.from; k < end; k++) {
    if (!w.isCue(k, "blame")) continue;
    // «ليس عدوانا», «لا يتضمن أي انتهاك»: a denied blame blames no one
    if (w.isCue(k - 1, "neg") || w.isCue(k - 2, "neg") || w.isCue(k - 3, "neg")) continue;
    blame = k;
    break;
  }
  if (blame < 0) return null;
  const s = w.doc.sentences[si];
  const accused: Actor[] = [];
  for (const g of groupsIn(w, actors, sc.from, end)) {
    const list = groupActors(g, resolved).filter((a) => a.country && a.country !== src.country && a.text !== src.text);
    if (list.length) { accused.push(...list); break; }
  }
  return {
    type: "ACCUSE", mode: "disapprove", context: [], entry: EVALUATION, trigger: { start: sc.at, end: sc.at + 1 }, sentence: si, clause,
    actor: [src], recipient: accused, argStart: sc.at, argEnd: Math.min(s.tokenEnd, blame + 1),
    when: chooseWhen(w, ctx.times, sc.at, clause, s.tokenStart, s.tokenEnd), where: null, whereEntity: null, source: null,
    status: "asserted", anaphoric: false, demonstrative: false, counts: [], confidence: 0.55, conflictScore: 0, sportScore: 0,
  };
}

function buildCandidate(
  ctx: SentenceContext,
  m: Match<TriggerEntry>,
  clause: Clause,
  clauses: Clause[],
  actors: ActorMention[],
  scopes: SourceScope[],
  counts: CasualtyCount[],
  sStart: number,
  sEnd: number,
  si: number,
  nextVerb: number,
  prev?: Candidate,
): Candidate | null {
  const { w, resolved } = ctx;
  const toks = w.tokens;
  const e = m.entry;
  const t = m.start;
  const ci = clauses.indexOf(clause);
  const prevClause = ci > 0 ? clauses[ci - 1] : null;
  // a killing verb next to a count with no agent is a toll («31 مدنيا قتلوا»), read as a report
  if (e.cas && counts.some((c) => Math.abs(c.cue - t) <= 1 || (c.start >= t - 4 && c.start <= t + 4))) return null;

  // the argument window: the clause, extended over «أن» complements for complement-taking types
  let to = clause.end;
  if (COMPLEMENT_TAKING.has(e.type)) {
    for (let k = ci + 1; k < clauses.length && clauses[k].opener === "comp"; k++) to = clauses[k].end;
  }
  // «اتهم مسؤول ألماني، اليوم الأربعاء، تونس بـ...»: a clause that is only a date does not end the verb's
  // arguments; the clause after it still holds them
  // «ودعت حركة الشعب، الحكومة التونسية، إلى ...», «جدد الأسد اتهامه الغرب، وخاصة بريطانيا وفرنسا، بدعم ...»:
  // a short verbless insert between commas that names a party (an object, an apposition) does not end them either
  if ((e.pos === "V" || COMPLEMENT_TAKING.has(e.type)) && to === clause.end) {
    let k = ci + 1;
    while (k < clauses.length && clauses[k].opener === "punct" && (timeOnly(w, ctx.times, clauses[k]) || nominalInsert(w, actors, clauses[k]))) k++;
    if (k > ci + 1 && k < clauses.length && clauses[k].opener === "punct") to = clauses[k].end;
    else if (k > ci + 1) to = clauses[k - 1].end;
  }
  // a noun's arguments stop at the next verb: «دعوات لوقف إطلاق النار تجاهل الطرفان ...»
  if (e.pos === "N" && nextVerb > t && nextVerb < to) to = nextVerb;
  // «الضربات التي وجهتها القاهرة قبل أيام», «اللقاء الذي جرى اليوم في موسكو بين ...»: the relative clause
  // that tells an incident noun holds its arguments, time and place
  const relEnd = e.pos === "N" ? toldBy(w, m.end, sEnd) : -1;
  let argClause = clause;
  if (relEnd > to) { to = relEnd; argClause = { ...clause, end: relEnd }; }
  const scope = scopeAt(scopes, t);
  const groups = groupsIn(w, actors, clause.start, to).filter((g) => !scope?.subject || g.tokenStart !== scope.subject.tokenStart);
  const actor: Actor[] = [];
  const recipient: Actor[] = [];
  const used = new Set<Group>();
  let argStart = clause.start;
  let argEnd = clause.end;
  const take = (g: Group, role: "a" | "r") => {
    used.add(g);
    (role === "a" ? actor : recipient).push(...groupActors(g, resolved));
    argStart = Math.min(argStart, g.tokenStart);
    argEnd = Math.max(argEnd, g.tokenEnd);
  };
  const persons = personIds(resolved);
  const isState = (x: ActorMention) => { const p = x.entity ? resolved.places.get(x.entity) : undefined; return Boolean(p && p.admin1 === null && p.precision === 3); };
  const isPlaceGroup = (g: Group) => g.mentions.every((x) => x.entity !== null && resolved.places.has(x.entity) && !x.sector);
  const sym = e.sym;

  // light / patient verbs before a noun trigger: «شنت X هجوما», «تعرضت X للقصف»
  let patient = false;
  let lightFuture = false;
  if (e.pos === "N") {
    for (let k = Math.max(clause.start, t - 9); k < t; k++) {
      const light = w.isCue(k, "light");
      const pat = w.isCue(k, "patient");
      if (!light && !pat) continue;
      // «إسرائيل ستشن حربا»: the light verb's future is the noun's
      if (light && w.cue(k, "light")?.future) lightFuture = true;
      const subj = groups.find((g) => g.prep === null && !used.has(g) && ((g.tokenStart > k && g.tokenStart < t) || (g.tokenEnd <= k && g.tokenEnd >= k - 2)));
      if (subj) take(subj, pat ? "r" : "a");
      // «فقد عبر الحزب الدستوري الحر عن استغرابه»: a party the resolver left unnamed after the light verb
      else if (light && !actor.length) { const b = bodyAt(w, k + 1); if (b) actor.push(b); }
      if (pat) patient = true;
    }
  }
  // the subject: VSO after a verb, SVO before it, the genitive after a noun
  const after = groups.filter((g) => g.tokenStart >= m.end && !used.has(g));
  const before = groups.filter((g) => g.tokenEnd <= t && !used.has(g));
  let subject: Group | null = null;
  let pronounSubject = false;
  const reporter = scope && scope.at < t ? scope.source ?? (scope.subject ? groupActors(scope.subject, resolved)[0] ?? null : null) : null;
  const possessive = e.pos === "N" && POSSESSIVE.test(toks[t].text.replace(/[\u064B-\u0652]/g, ""));
  if (e.pos === "V") {
    // (the words between verb and subject are a date, an adverb («زار سرا») or an office title; a plain noun
    // there is the object and the group its genitive: «وتؤيد مبادرات موسكو»)
    const vso = after.find((g) => g.prep === null && g.tokenStart - m.end <= 3 && vsoGap(w, ctx.times, m.end, g.tokenStart));
    const svo = [...before].reverse().find((g) => g.prep === null && t - g.tokenEnd <= 2);
    subject = vso ?? svo ?? null;
    if (vso && svo && svo.tokenEnd === t) subject = svo;
    // «ودعت حركة الشعب، الحكومة التونسية، إلى ...»: a party the resolver left unnamed right after the verb (or
    // before it) is the subject, and the named group after it the object
    const body = subject && !(vso && vso.tokenStart > m.end && w.isCue(m.end, "body")) ? null : bodyAt(w, m.end) ?? (svo ? null : bodyBefore(w, t, clause.start));
    if (body && !e.part) {
      actor.push(body);
      if (vso) take(vso, "r");
      subject = null;
      pronounSubject = true;
    }
    // «أعلنت الوزارة أنها دعت سفيرة ...»: the pronoun on the complementizer is the reporter, the verb's subject;
    // so is the speaker of a first-person verb in a quote («أدعو العدو», «نحن نؤيد المبادرات الروسية»)
    const comp = t > sStart ? toks[t - 1].norm.replace(/^[وف]/, "") : "";
    const first = m.verb === "pres" && FIRST_PERSON.test(toks[t].norm);
    if (((PRONOUN_COMP.test(comp) && w.isCue(t - 1, "comp")) || first) && reporter) {
      actor.push(reporter);
      if (vso) take(vso, "r");
      subject = null;
      pronounSubject = true;
    } else if (first || e.part) {
      // a first-person verb with no speaker named, a circumstantial participle («..., داعيا الكيان إلى ...»):
      // the group after it is its object; the doer is the main clause's (below)
      if (vso) take(vso, "r");
      subject = null;
      pronounSubject = first;
    }
  } else if (!actor.length && !patient && t > clause.start && w.isCue(t - 1, "light-part")) {
    // «...، مجددا الدعوة إلى الحكومة»: a participle says the main clause's doer did it again
    if (prev && prev.sentence === si && prev.actor.length) actor.push(...prev.actor);
    else if (reporter) actor.push(reporter);
  } else if (!actor.length && !patient && possessive) {
    // «رفضها», «اتهامه الغرب»: the pronoun is the doer and the noun after it the object; the doer is the
    // clause's subject before it («السلطة أبلغت إسرائيل رفضها»), the act just told, else the reporter
    const own = before.find((g) => g.prep === null && g.tokenStart >= clause.start && !isPlaceGroup(g));
    if (own) {
      take(own, "a");
      // «السلطة أبلغت إسرائيل رفضها»: a party between the owner and the maṣdar is whom it was told to
      for (const g of before) if (g !== own && g.prep === null && g.tokenStart >= own.tokenEnd) take(g, "r");
    }
    else if (prev && prev.sentence === si && prev.actor.length) actor.push(...prev.actor);
    else if (reporter) actor.push(reporter);
  } else if (!actor.length && !patient) {
    const gen = after.find((g) => (g.prep === null || g.prep === "ل") && g.tokenStart - m.end <= 2);
    if (gen && !isPlaceGroup(gen)) subject = gen;
    // «اعتقال كوريا الشمالية مواطنا أمريكيا»: a state in the genitive with an object after it is the doer
    // (a city there is where: «محادثات جنيف»; a state alone is what was visited: «زيارة فرنسا»)
    else if (gen && ONE_SIDED_ACCUSATIVE.has(e.type) && gen.mentions.every((x) => isState(x)) && objectAt(w, gen.tokenEnd)) subject = gen;
  }
  // «كيم هاك سونج، الذي يعمل ...، اعتقل يوم السبت»: a person before an arrest or killing verb with nothing after
  // it to undergo the act underwent it (the passive «اعتُقل», «قُتل» is written like the active)
  const passive = (g: Group) => e.pos === "V" && m.verb === "past" && PASSIVE_PRONE.has(e.type) && g.tokenEnd <= t &&
    g.mentions.every((x) => x.entity !== null && persons.has(x.entity)) && !after.some((x) => x.prep === null && x !== g) && !wordAfter(w, ctx.times, m.end, sEnd);
  if (subject) take(subject, passive(subject) ? "r" : "a");
  // an implicit subject: the relative clause's head («ستيباناكرت، التي ...، تعرضت للقصف»), a coordinated
  // clause's subject («وتستبعد أرمينيا ...، كما تتهم تركيا»), a complement's governor («أن يجتمع»)
  let inherited: Actor[] = [];
  if (!subject && !actor.length && !patient && e.pos === "V") {
    if (prevClause && prevClause.opener === "rel") {
      const head = groupsIn(w, actors, Math.max(sStart, prevClause.start - 6), prevClause.start).pop();
      if (head) { take(head, passive(head) ? "r" : "a"); }
    }
  }
  // patient verbs on a verb trigger: «تعرضت X للقصف» is handled above; here «X تعرضت للقصف» with X before
  if (e.pos === "N" && !actor.length && !recipient.length && patient === false) {
    // a noun trigger right after «تعرض» whose subject precedes a relative clause
    if (t - 1 >= clause.start && w.isCue(t - 1, "patient")) {
      const head = prevClause && prevClause.opener === "rel" ? groupsIn(w, actors, Math.max(sStart, prevClause.start - 6), prevClause.start).pop() : undefined;
      if (head) { take(head, "r"); patient = true; }
    }
  }
  if (e.pos === "N" && patient && !recipient.length && prevClause && prevClause.opener === "rel") {
    const head = groupsIn(w, actors, Math.max(sStart, prevClause.start - 6), prevClause.start).pop();
    if (head) take(head, "r");
  }
  // «مقتل 6 قياديين من تنظيم داعش في غارة جوية»: the party a toll in the clause counts its dead from was hit
  if (e.type === "ASSAULT" && !sym && !recipient.length) {
    for (const c of counts) {
      if (c.end > t || c.start < clause.start) continue;
      // («من تنظيم "داعش"»: the head noun and a quote may stand between «من» and the name)
      const from = groups.find((g) => {
        if (used.has(g) || g.tokenStart < c.start || g.tokenEnd > t || isPlaceGroup(g)) return false;
        if (g.prep === "من") return g.tokenStart - c.end <= 2;
        for (let k = g.tokenStart - 1; k >= Math.max(c.start, g.tokenStart - 3); k--) if (toks[k].norm === "من") return k - c.end <= 2;
        return false;
      });
      if (from) { take(from, "r"); break; }
    }
  }
  // objects and prepositional arguments
  let fallbackActor = false;
  for (const g of groups) {
    if (used.has(g)) continue;
    if (g.tokenEnd <= t && e.pos === "V") continue;
    if (g.tokenEnd <= t && !(g.prep === "بين")) continue;
    const p = g.prep;
    if ((p === "في" || p === "ب") && isPlaceGroup(g)) continue;
    // «في القتال بمنطقة ناجورنو قرة باغ»: a place after a locative is where it happened, not a party
    if (g.mentions.length === 1 && g.mentions[0].entity && resolved.places.has(g.mentions[0].entity) && isLocative(w, g.mentions[0])) continue;
    if (p === "بين" || p === "من قبل") take(g, "a");
    // «اتصال هاتفي تلقاه من أمير قطر»: who a call or a visit came from takes part in it
    else if (p === "من" && e.type === "CONSULT" && g.tokenStart >= 2 && (PRONOUN_VERB.test(toks[g.tokenStart - 2].norm.replace(/^[وف]/, "")) || w.isCue(g.tokenStart - 2, "light"))) take(g, "a");
    // «حصلت دمشق على دعم عسكري من روسيا»: who the one obtaining it got aid from gives it
    else if (p === "من" && patient && GIVING.has(e.type) && g.tokenStart > t) take(g, "a");
    else if (p === "مع") take(g, sym ? "a" : "r");
    else if (p === "علي" || p === "ضد" || p === "الي" || p === "ل" || p === "ب" || p === "تجاه" || p === "نحو") {
      if (p === "ب" && e.type !== "ACCUSE" && e.type !== "REQUEST" && e.type !== "CONSULT") continue;
      take(g, sym ? "a" : "r");
    } else if (p === null) {
      // a place right after a noun or further on is a genitive («محادثات جنيف»): the where, not a party
      if (isPlaceGroup(g) && g.tokenStart > 0 && w.triggersAt(g.tokenStart - 1).some((x) => x.entry.pos === "N")) continue;
      // (a two-sided noun's bare genitives are its sides: «الاشتباكات ... أهالي قريتي بشني والجرسين»)
      if (sym && e.pos === "N") take(g, "a");
      else if (ONE_SIDED_ACCUSATIVE.has(e.type) || !sym) {
        const role = actor.length || e.pos === "N" || e.part || pronounSubject ? "r" : "a";
        // (a bare group further on than a subject stands, taken as the doer only for want of one)
        if (role === "a" && e.pos === "V" && !subject) fallbackActor = true;
        take(g, role);
      }
      else take(g, "a");
    }
  }
  // «وطالب وزير الأوقاف ...»: an office title after the verb is its subject, unnamed or not
  const titled = e.pos === "V" && m.end < to && (w.isCue(m.end, "title") || (w.isCue(m.end + 1, "title") && toks[m.end].kind !== "ar"));
  // «حذر وزير الأوقاف ... الفلسطيني» ... «وطالب وزير الأوقاف»: the same office named again is the same person
  if (titled && !subject && !actor.length) {
    const k = w.isCue(m.end, "title") ? m.end : m.end + 1;
    const again = sameOffice(ctx, k);
    if (again) actor.push(again);
  }
  if (e.pos === "V" && e.part && !actor.length) {
    if (prev && prev.sentence === si && prev.actor.length) actor.push(...prev.actor);
    else if (reporter) actor.push(reporter);
  }
  if (e.pos === "V" && !subject && !pronounSubject && !titled && !(e.part && actor.length)) {
    // pro-drop: the subject of an earlier clause of the sentence, for coordinated and complement clauses
    if (clause.opener === "comp" || clause.opener === "coord" || clause.opener === "boundary" || clause.opener === "punct") {
      for (let k = ci - 1; k >= 0; k--) {
        const g = groupsIn(w, actors, clauses[k].start, clauses[k].end).find((x) => x.prep === null && !(scope?.subject && x.tokenStart === scope.subject.tokenStart));
        if (g && passive(g)) { recipient.push(...groupActors(g, resolved)); break; }
        if (g) { inherited = groupActors(g, resolved); break; }
      }
      // «و طالب وزير الأوقاف ...، كما طالب العالمين ...»: with no party named in the earlier clauses, the doer
      // of the act the sentence told just before (a title the resolver left unnamed)
      if (!inherited.length && prev && prev.sentence === si && prev.actor.length && clause.opener !== "comp" && w.isCue(clause.start, "boundary")) inherited = prev.actor.slice();
      if (inherited.length && !sym && actor.length) { recipient.unshift(...actor); actor.splice(0, actor.length); }
      actor.unshift(...inherited);
    }
  }
  // «وتستبعد أرمينيا ...، كما تتهم تركيا بالتدخل»: in a coordinated clause a lone post-verbal group of a
  // transitive verb is its object; the subject is the earlier clause's
  if (subject && e.pos === "V" && ONE_SIDED_ACCUSATIVE.has(e.type) && !sym && ci > 0 && (clause.opener === "punct" || clause.opener === "boundary" || clause.opener === "coord")) {
    const bare = groups.filter((g) => g.prep === null && g.tokenStart >= m.end);
    const firstWord = w.tokens[clause.start].norm;
    if (bare.length >= 1 && bare[0].tokenStart === m.end && (firstWord === "كما" || firstWord === "وكما" || clause.opener === "coord")) {
      const prevSubj = groupsIn(w, actors, clauses[ci - 1].start, clauses[ci - 1].end).find((x) => x.prep === null);
      if (prevSubj && !(scope?.subject && prevSubj.tokenStart === scope.subject.tokenStart)) {
        const subjActors = groupActors(subject, resolved);
        actor.splice(0, actor.length, ...groupActors(prevSubj, resolved));
        recipient.splice(0, recipient.length, ...subjActors, ...recipient.filter((r) => !subjActors.some((x) => x.text === r.text)));
      }
    }
  }
  // «اللقاء الذي جمعه بالرئيس السوداني», «الاتفاق الذي عقد بينهما»: a pronoun in the relative clause that tells
  // the incident stands for parties named before (the sentence's subject; for a dual or plural, a coordinated pair)
  // (and an indefinite noun's unmarked relative: «خلال اتصال هاتفي تلقاه من أمير قطر»)
  let pronEnd = relEnd;
  if (pronEnd < 0 && e.pos === "N") {
    for (let k = m.end; k < Math.min(sEnd, m.end + 2); k++) if (PRONOUN_VERB.test(toks[k].norm.replace(/^[وف]/, ""))) { pronEnd = k + 1; break; }
  }
  if (pronEnd > 0) {
    for (let k = m.end; k < pronEnd; k++) {
      const n = toks[k].norm.replace(/^[وف]/, "");
      const pm = PRONOUN_VERB.exec(n);
      if (!pm) continue;
      const found = referents(ctx, si, t, pm[2] === "هما" || pm[2] === "هم");
      for (const a of found) if (!actor.some((x) => x.text === a.text)) actor.push(a);
      break;
    }
  }
  // «كما تقدما بالشكر لدولة الإمارات»: a dual verb with no subject of its own is the pair named before
  if (e.pos === "V" && !pronounSubject && m.verb === "past" && !e.part && DUAL_PAST.test(toks[t].norm) && !groups.some((g) => g.prep === null && g.tokenStart === m.end) && !(subject && subject.tokenEnd <= t)) {
    const pair = referents(ctx, si, t, true);
    if (pair.length >= 2) { actor.splice(0, actor.length, ...pair); }
  }
  // «كما حذر من ...», «ولكنه أكد ...», «ودعا إلى ...» opening a sentence with no subject of its own: the doer of
  // the act the sentence before told (Arabic drops a subject that continues)
  // (a bare group deep in the clause taken as the doer for want of a subject is then the object: «كما طالب
  // العالمين العربي ... لمنع الاحتلال الإسرائيلي»)
  if (e.pos === "V" && (!actor.length || fallbackActor) && !subject && !titled && !e.part && ci === 0 && t - sStart <= 1 && ctx.lastActors && ctx.lastActors.sentence === si - 1) {
    if (fallbackActor) recipient.unshift(...actor.splice(0, actor.length));
    actor.push(...ctx.lastActors.actors);
  }
  // «إن هولندا ستدفع ثمن تصرفاتها»: the one who will pay is threatened; the one who says so threatens
  if (e.victim) {
    const who = [...before].reverse().find((g) => g.prep === null && g.tokenStart >= clause.start) ?? after.find((g) => g.prep === null && g.tokenStart - m.end <= 1);
    const subjects = who ? groupActors(who, resolved) : [];
    const rest = [...actor, ...recipient].filter((a) => !subjects.some((x) => x.text === a.text));
    recipient.splice(0, recipient.length, ...subjects, ...rest);
    actor.splice(0, actor.length, ...(reporter ? [reporter] : []));
    if (who) { argStart = Math.min(argStart, who.tokenStart); }
  }
  // «الطرفين», «البلدين»: the two sides of the last two-sided event
  for (let k = clause.start; k < to; k++) {
    if (w.isCue(k, "dual") && ctx.lastSides.length) {
      for (const a of ctx.lastSides) if (!actor.some((x) => x.country === a.country && x.text === a.text)) actor.push(a);
      break;
    }
  }
  // «وزراء خارجية الدول الثلاث المجتمعين», «البلدان الأربعة»: a counted set of states is the last that many
  // states the article named before it
  for (let k = clause.start; k < to - 1; k++) {
    const n = countedStates(w, k);
    if (!n) continue;
    for (const a of statesBefore(ctx, k, n)) if (!actor.some((x) => x.country === a.country)) actor.push(a);
    break;
  }
  // a two-sided clash «مع X» reported by one side: the reporter is the other side
  const source = scope?.source ?? null;
  if (e.type === "ASSAULT" && sym && source?.country && !actor.some((a) => a.country === source.country) && groups.some((g) => g.prep === "مع" && used.has(g))) {
    if (source.sector === null || ARMED.has(source.sector) || source.sector === "GOV") actor.unshift(source);
  }
  // «أعلنت الشرطة اعتقال ...»: the announcer acts when the noun has no agent
  // (also past an office title and a name: «أكد والي الجهة سامي الغابي إرسال تعزيزات»)
  if (e.pos === "N" && !actor.length && scope?.subject && scope.at < t && (t - scope.at <= 4 || t - scope.subject.tokenEnd <= 1) && !w.isCue(t - 1, "comp") && e.type !== "ASSAULT") {
    actor.push(...groupActors(scope.subject, resolved));
  }
  // «قالوا إنهم أطلقوا صاروخا»: in a complement whose subject is a pronoun, the reporter is the doer
  if (!actor.length && !patient && reporter && clause.opener === "comp" && PRONOUN_COMP.test(toks[clause.start].norm.replace(/^[وف]/, ""))) actor.push(reporter);

  // time and place
  const when = chooseWhen(w, ctx.times, t, argClause, sStart, sEnd);
  let where: Place | null = null;
  let whereEntity: string | null = null;
  const usedSpan = (pm: ResolvedMention) => [...used].some((g) => pm.tokenStart >= g.tokenStart && pm.tokenEnd <= g.tokenEnd);
  const inClause = placeMentions(resolved, clause.start, to);
  // «ألقت X القبض على Y، أمس الأربعاء، في العاصمة طرابلس»: a locative in the comma-separated clauses that
  // continue this one (before the next trigger verb) still says where
  let tail = clause.end;
  for (let k = ci + 1; k < clauses.length && clauses[k].opener === "punct" && clauses[k].start < nextVerb; k++) tail = Math.min(clauses[k].end, nextVerb);
  const visited = e.mode === "visit" && e.pos === "V" ? inClause.find((pm) => pm.tokenStart >= m.end && pm.tokenStart - m.end <= 2 && usedSpan(pm)) : undefined;
  const pick =
    visited ??
    // (a locative the geocoder could place in a country first: «في مدينة الموصل» over a bare «مدينة»)
    inClause.find((pm) => isLocative(w, pm) && !usedSpan(pm) && Boolean(resolved.places.get(pm.entity)?.country)) ??
    inClause.find((pm) => isLocative(w, pm) && !usedSpan(pm)) ??
    (tail > to ? placeMentions(resolved, to, tail).find((pm) => isLocative(w, pm)) : undefined) ??
    // (not the genitive of another incident noun: «القبض على منفذ هجوم مانشستر» did not happen in Manchester)
    inClause.find((pm) => !usedSpan(pm) && !actors.some((a) => a.tokenStart <= pm.tokenStart && a.tokenEnd >= pm.tokenEnd && a.sector) &&
      !(pm.tokenStart - 1 > t && w.triggersAt(pm.tokenStart - 1).some((x) => x.entry.pos === "N"))) ??
    (e.type === "ASSAULT" && recipient.length ? placeMentions(resolved, Math.min(argStart, clause.start), to).find((pm) => usedSpan(pm) && recipient.some((r) => r.entity === pm.entity)) : undefined) ??
    (e.type === "CONSULT" ? hostPlace(w, resolved, clause, clause.end) : undefined) ??
    placeMentions(resolved, sStart, clause.start).find((pm) => isLocative(w, pm) && !(scope?.subject && pm.tokenStart >= scope.subject.tokenStart && pm.tokenEnd <= scope.subject.tokenEnd));
  if (pick) {
    const place = resolved.places.get(pick.entity);
    if (place) {
      where = { ...place, span: pick.span };
      whereEntity = pick.entity;
      argStart = Math.min(argStart, pick.tokenStart);
      argEnd = Math.max(argEnd, pick.tokenEnd);
    }
  }
  const status = statusOf(w, {
    trigger: t, verb: m.verb, future: m.future || lightFuture, clause,
    previous: clause.opener === "comp" ? prevClause : null,
    sentenceEnd: sEnd, when, published: ctx.published,
  });
  // a past incident («بعد عدة هجمات») does not take the clause's future date
  let when0 = when;
  if (e.pos === "N" && when0?.value && ctx.published && when0.value.slice(0, 10) > ctx.published.slice(0, 10) && afterPast(w, t, clause.start)) when0 = null;
  const hasContext = actor.length + recipient.length > 0 || when0 !== null || where !== null;
  // «استقبل المستشفى 25 جريحا»: a hospital receives the wounded; «في اتصال هاتفي مع وكالة أسوشيتد برس»: an
  // interview. Neither is a consultation between political actors
  if (e.type === "CONSULT") {
    for (let k = clause.start; k < to; k++) if (w.isCue(k, "injured") || w.isCue(k, "dead")) return null;
    if ([...actor, ...recipient].some((a) => a.sector === "MED" || a.sector === "JRN")) return null;
    // «أن ابنه زار ليبيا»: a relative's visit is a private trip, not a political consultation
    if (e.mode === "visit" && e.pos === "V" && (KIN.has(toks[t - 1]?.norm.replace(/^[وف]/, "") ?? "") || KIN.has(toks[m.end]?.norm ?? ""))) return null;
  }
  // an ambiguous verb with no one doing it or undergoing it is figurative («أزمة تهدد الاستقرار»)
  if (e.amb && e.pos === "V" && actor.length + recipient.length === 0) return null;
  let happening = false;
  for (let k = Math.max(clause.start, t - 3); k < Math.min(to, m.end + 3); k++) if (w.isCue(k, "happen") || w.isCue(k, "light") || w.isCue(k, "patient")) happening = true;
  if (relEnd > 0) happening = true;
  // «هجوم متزامن أسفر عن إصابات»: an incident with consequences happened
  for (let k = m.end; k < Math.min(sEnd, m.end + 3); k++) if (w.isCue(k, "result")) happening = true;
  if (e.pos === "N" && !e.free && !hasContext && !happening) return null;
  // «الاتفاق» is mostly a topic («تطبيق الاتفاق»); it is an incident when a clause tells it was reached
  if (e.told && !happening) return null;
  const demonstrative = t > clause.start && w.isCue(t - 1, "anaphor");
  // a definite incident noun in a prepositional phrase with no victim of its own («في القتال», «بشأن
  // الاشتباكات», «منذ اندلاع القتال») refers back; one with its own victim or place is told as news
  const prevTok = t > 0 ? w.tokens[t - 1].norm.replace(/^[وف]/, "") : "";
  const inPP = /^(بال|كال|لل)/.test(w.tokens[t].norm.replace(/^[وف]/, "")) || (t > clause.start && (w.isCue(t - 1, "prep") || w.isCue(t - 1, "happen") || prevTok === "بشان"));
  // («أن قرار قطع العلاقات يأتي في ظل ...»: the decision named by its definite act refers back to it when told before)
  const decided = prevTok === "قرار";
  const anaphoric = e.pos === "N" && (decided || (!e.free && (demonstrative || (isDefinite(w, t) && (inPP || actor.length + recipient.length === 0) && !patient && recipient.length === 0))));
  let confidence = e.pos === "V" ? 0.75 : 0.6;
  if (actor.length + recipient.length) confidence += 0.1;
  if (when0) confidence += 0.05;
  if (happening) confidence += 0.05;
  if (e.amb) confidence -= 0.15;
  const cue = counts.filter((c) => c.start >= clause.start && c.end <= to);
  return {
    type: e.type, mode: e.mode, context: e.context, entry: e, trigger: { start: m.start, end: m.end }, sentence: si, clause,
    actor: dedupe(actor), recipient: dedupe(recipient).filter((r) => !actor.some((a) => a.text === r.text || (a.entity !== null && a.entity === r.entity))),
    argStart: Math.max(sStart, Math.min(argStart, t)), argEnd: Math.min(sEnd, Math.max(argEnd, m.end)),
    when: when0, where, whereEntity, source, status, anaphoric, demonstrative, counts: cue, confidence,
    heard: e.pos === "N" && t > sStart && HEARD.has(toks[t - 1].norm.replace(/^[وف]/, "")),
    conflictScore: 0, sportScore: 0,
  };
}

// a word of a relative clause that points back at the parties of the incident it tells: «جمعه», «بينهما»,
// «تلقاه», «أجراها», «عقدها»
const PRONOUN_VERB = /^(بين|مع|جمع|جمعت|التقي|التقت|التقا|تلقا|تلقت|اجرا|اجرت|اجراه|عقد|عقدت)(ه|ها|هما|هم)$/;
const OPEN_QUOTE = new Set(['"', "«", "“"]);
const CLOSE_QUOTE = new Set(['"', "»", "”"]);
// a past verb of the dual («تقدما», «اتفقا», «التقيا»; not the plural «تقدموا»; not a three-letter root, whose
// dual is spelled like the accusative maṣdar: «دعما» is also "in support")
const DUAL_PAST = /^[وف]?[^\s]{3,}[^و]ا$/;
// «إنه», «أنها», «بأنهم», «أننا»: a complementizer carrying the subject pronoun
const PRONOUN_COMP = /^(ب)?[اإ]?ن(ه|ها|هم|هما|نا|ني)$/;
// a present verb with the first-person prefix (after و/ف and the future س): «أدعو», «نؤيد», «سنرد»
const FIRST_PERSON = /^[وف]?س?[انء]/;
// a maṣdar with a possessive pronoun («رفضها», «إدانته», «اتهامهم»), written with ه, not taa marbuta
const POSSESSIVE = /[^ة](ه|ها|هم|هما)$/;

const PURPOSE_TYPES = new Set<EventType>(["REJECT", "SUPPORT", "ACCUSE", "PROTEST", "REQUEST"]);

function isPurposeMasdar(w: Words, i: number): boolean {
  const tok = w.tokens[i];
  const bare = tok.text.replace(/[\u064B-\u0652]/g, "");
  // (the alif of the accusative, not of a possessive «إدانتها», «رفضهما»)
  if (!/ا$/.test(bare) || /(ها|هما|نا)$/.test(bare) || /^[وف]?(ال|بال|لل)/.test(tok.norm)) return false;
  // «شنت هجوماً على»: the object of a light verb is the act itself (unless another act came between)
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    if (w.isCue(k, "light")) return false;
    if (w.triggersAt(k).length) break;
  }
  const next = w.tokens[i + 1];
  if (!next) return false;
  return /^ل/.test(next.norm) || ["علي", "مع", "ب"].includes(next.norm);
}

/** The end of a relative clause right after a noun (at `from`) whose verb tells it happened, else -1. */
function toldBy(w: Words, from: number, sEnd: number): number {
  for (let k = from; k < Math.min(sEnd, from + 2); k++) {
    if (!w.isCue(k, "rel")) continue;
    const v = k + 1;
    if (v >= sEnd) return -1;
    if (!(w.isCue(v, "light") || w.isCue(v, "happen") || w.triggersAt(v).some((x) => x.entry.pos === "V"))) return -1;
    // the clause runs over commas («بين وزير الخارجية الروسي، سيرغي لافروف، ونظيره») up to a new clause
    let end = Math.min(sEnd, v + 24);
    for (let j = v + 1; j < end; j++) {
      const t = w.tokens[j];
      if (t.text === "؛" || t.text === ";" || w.isCue(j, "boundary") || w.isCue(j, "rel") || w.isCue(j, "comp") || w.triggersAt(j).some((x) => x.entry.pos === "V")) { end = j; break; }
    }
    return end;
  }
  return -1;
}

function vsoGap(w: Words, times: TimeMention[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = w.tokens[k];
    if (t.kind !== "ar") continue;
    if (times.some((x) => k >= x.tokenStart && k < x.tokenEnd)) continue;
    if (w.isCue(k, "title") || (k > from && w.isCue(k - 1, "title"))) continue;
    if (/ا$/.test(t.norm) && !/^(ال|لل|بال)/.test(t.norm)) continue;
    return false;
  }
  return true;
}

/** The office named at token `k` (title and the next word), as told earlier with a country, if it was. */
function sameOffice(ctx: SentenceContext, k: number): Actor | null {
  const toks = ctx.w.tokens;
  const a = toks[k].norm.replace(/^[وف]/, "");
  const b = toks[k + 1]?.norm;
  if (!b || toks[k + 1].kind !== "ar") return null;
  for (let i = k - 1; i >= 0; i--) {
    if (toks[i].norm.replace(/^[وف]/, "") !== a || toks[i + 1]?.norm !== b) continue;
    for (const act of ctx.actors) {
      if (act.tokenStart <= i || act.tokenStart > i + 6 || !act.country) continue;
      let comma = false;
      for (let j = i; j < act.tokenStart; j++) if (toks[j].kind === "punct") comma = true;
      if (!comma) return { entity: null, text: ctx.w.doc.text.slice(toks[k].start, toks[k + 1].end), country: act.country, sector: "GOV" };
    }
  }
  return null;
}

/** Whether a clause is a short verbless noun phrase that names a party («، الحكومة التونسية،», «، وخاصة بريطانيا وفرنسا،»). */
function nominalInsert(w: Words, actors: ActorMention[], clause: Clause): boolean {
  if (clause.end - clause.start > 7) return false;
  let named = false;
  for (const a of actors) if (a.tokenStart >= clause.start && a.tokenEnd <= clause.end) named = true;
  if (!named) return false;
  for (let k = clause.start; k < clause.end; k++) {
    if (isKnownVerb(w, k) || w.triggersAt(k).length || w.isCue(k, "comp") || w.isCue(k, "rel") || w.isCue(k, "prep") || w.isCue(k, "report")) return false;
  }
  return true;
}

/** The parties a pronoun stands for: the subject of the sentence before `before`, else of the sentence before it; a
 *  coordinated group for a dual or plural pronoun. */
function referents(ctx: SentenceContext, si: number, before: number, plural: boolean): Actor[] {
  const { w, resolved } = ctx;
  for (const k of [si, si - 1]) {
    const s = w.doc.sentences[k];
    if (!s) break;
    const end = k === si ? before : s.tokenEnd;
    const gs = groupsIn(w, topLevel(ctx.actors.filter((a) => a.tokenStart >= s.tokenStart && a.tokenEnd <= end)), s.tokenStart, end)
      .filter((g) => g.prep === null && !g.mentions.every((x) => x.entity !== null && resolved.places.has(x.entity) && !x.sector));
    const g = plural ? gs.find((x) => x.mentions.length >= 2) : gs[0];
    if (g) return groupActors(g, resolved);
    // two parties named one after the other («أصدر السراج ... وحفتر»)
    if (plural && gs.length >= 2) return [...groupActors(gs[0], resolved), ...groupActors(gs[1], resolved)];
  }
  return [];
}

const VIOLENT_TYPES = new Set<EventType>(["ASSAULT", "COERCE", "PROTEST"]);
// acts whose passive news writes with the active's letters («اعتقل», «قتل», «اختطف»)
const PASSIVE_PRONE = new Set<EventType>(["COERCE", "ASSAULT"]);
const personCache = new WeakMap<Resolved, Set<string>>();
function personIds(resolved: Resolved): Set<string> {
  let s = personCache.get(resolved);
  if (!s) { s = new Set(resolved.entities.filter((x) => x.type === "PER").map((x) => x.id)); personCache.set(resolved, s); }
  return s;
}
// a relative named by kinship (normalized): «ابنه», «والدها», «شقيقه», «زوجته»
const KIN = new Set(["ابنه", "ابنها", "ابنهم", "ابنته", "ابنتها", "والده", "والدها", "والدته", "والدتها", "شقيقه", "شقيقها", "شقيقته", "زوجته", "زوجها", "عائلته", "عائلتها", "اسرته", "اسرتها"]);
const GENERIC_WHEN = new Set(["عندما", "حينما", "كلما"]);
const HEARD = new Set(["دوي", "اصوات", "صوت", "سماع"]);
const GIVING = new Set<EventType>(["AID", "SUPPORT", "COOPERATE"]);
const INCIDENT_TYPES = new Set<EventType>(["ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "RETREAT", "AID"]);

/** Whether a date follows a trigger closely (within four words, no comma between): «حكم محكمة اليوم الاثنين». */
function ownDate(w: Words, times: TimeMention[], from: number, sEnd: number): boolean {
  for (let k = from; k < Math.min(sEnd, from + 5); k++) {
    if (w.tokens[k].kind === "punct") return false;
    if (times.some((x) => x.tokenStart === k && x.value)) return true;
  }
  return false;
}

/** Whether a plain word (an object) follows a verb at k, past any date («اعتقل يوم السبت» has none, «وقتل الأبرياء» has one). */
function wordAfter(w: Words, times: TimeMention[], k: number, sEnd: number): boolean {
  while (k < sEnd && times.some((x) => k >= x.tokenStart && k < x.tokenEnd)) k++;
  const t = w.tokens[k];
  if (!t || k >= sEnd || t.kind !== "ar") return false;
  if (w.isCue(k, "prep") || w.isCue(k, "comp") || w.isCue(k, "rel") || w.isCue(k, "boundary") || w.isCue(k, "loc")) return false;
  // «للاشتباه», «بالرصاص»: a prepositional phrase, not an object
  if (/^[وف]?(لل|بال|كال)/.test(t.norm) || t.morphs.some((x) => x.role === "proclitic" && x.tag === "PREP")) return false;
  return true;
}

/** Whether an object follows at token k: an indefinite accusative noun («مواطنا») or a definite noun phrase. */
function objectAt(w: Words, k: number): boolean {
  const t = w.tokens[k];
  if (!t || t.kind !== "ar" || w.isCue(k, "prep") || w.isCue(k, "comp") || w.isCue(k, "rel")) return false;
  const bare = t.text.replace(/[\u064B-\u0652]/g, "");
  return /ا$/.test(bare) && !/^[وف]?(ال|بال|لل)/.test(t.norm) && !/(ها|هما)$/.test(bare);
}

/** Whether a clause says nothing but a date («، اليوم الأربعاء،»). */
function timeOnly(w: Words, times: TimeMention[], clause: Clause): boolean {
  let words = 0;
  for (let k = clause.start; k < clause.end; k++) {
    if (w.tokens[k].kind === "punct") continue;
    words++;
    if (!times.some((t) => k >= t.tokenStart && k < t.tokenEnd)) return false;
  }
  return words > 0;
}

function hostPlace(w: Words, resolved: Resolved, clause: Clause, to: number): ResolvedMention | undefined {
  for (let k = clause.start; k < to; k++) {
    if (!w.isCue(k, "host")) continue;
    return placeMentions(resolved, k + 1, Math.min(to, k + 4))[0];
  }
  return undefined;
}

function dedupe(list: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of list) if (!out.some((b) => b.text === a.text && b.entity === a.entity)) out.push(a);
  return out;
}

/** Spans for the record: the trigger words and the evidence (the clause with its arguments). */
export function spansOf(w: Words, c: Candidate): { trigger: Span; evidence: Span } {
  const toks = w.tokens;
  const text = w.doc.text;
  const trigger = spanOf(text, toks[c.trigger.start].start, toks[c.trigger.end - 1].end);
  let a = c.argStart;
  let b = c.argEnd - 1;
  while (a < b && (toks[a].kind === "punct")) a++;
  while (b > a && (toks[b].kind === "punct")) b--;
  const evidence = spanOf(text, toks[a].start, toks[b].end);
  return { trigger, evidence };
}

export { STRIP_DAY };
