// From trigger words to candidate events: for each sentence, its clauses, the triggers that name an event
// there, and for each trigger its arguments (actor, recipient by position and preposition), source, status,
// time and place. Triggers that are arguments of another («قبلتا عرض المحادثات», «دعا إلى وقف القتال»),
// consequences («أسفرت عن مقتل»), intentions («في محاولة لإنهاء») or tolls («31 مدنيا قتلوا») are not events.
import type { Actor, EventStatus, EventType, Place, Span, When } from "../core/contract.js";
import type { ActorMention, Resolved, ResolvedMention, TimeMention } from "../core/doc.js";
import { spanOf } from "../core/span.js";
import { groupActors, groupsIn, topLevel, type Group } from "./actors.js";
import { casualtyCounts, type CasualtyCount } from "./casualties.js";
import { splitClauses, type Clause } from "./clauses.js";
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
  for (let k = m.end; k < Math.min(sEnd, m.end + 6); k++) {
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
    matches.push(ms[0]);
    i = ms[0].end - 1;
  }
  const triggerVerbAt = (i: number) => matches.some((m) => m.start === i && m.entry.obj !== null);
  const scopes = sourceScopes(w, s, actors, resolved, ctx.lastSource, triggerVerbAt);
  for (const sc of scopes) if (sc.source) ctx.lastSource = sc.source;
  const reportingAt = new Set(scopes.map((sc) => sc.at));
  const counts = casualtyCounts(w, s, times);
  const scores = sentenceScores(ctx, s.tokenStart, s.tokenEnd);

  // 2. absorption: arguments of complement-taking triggers, objects of verbs, consequences, intentions
  const out: Candidate[] = [];
  let scopeEnd = -1;
  let scopeVerbal = false;
  let scopeClause: Clause | null = null;
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
    }
    if (COMPLEMENT_TAKING.has(m.entry.type) && !absorbed) {
      scopeEnd = s.tokenEnd;
      scopeVerbal = m.verb !== null;
      scopeClause = clause;
      for (let k = m.end; k < s.tokenEnd; k++) {
        const t = toks[k];
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
    if (skip) continue;
    let nextVerb = s.tokenEnd;
    for (let k = mi + 1; k < matches.length; k++) if (matches[k].verb && !reportingAt.has(matches[k].start)) { nextVerb = matches[k].start; break; }
    const cand = buildCandidate(ctx, m, clause, clauses, actors, scopes, counts, s.tokenStart, s.tokenEnd, si, nextVerb);
    if (!cand) continue;
    cand.conflictScore = scores.conflict;
    cand.sportScore = scores.sport;
    out.push(cand);
    if (cand.type === "ASSAULT" && cand.entry.sym && new Set(cand.actor.map((a) => a.country).filter(Boolean)).size >= 2) ctx.lastSides = cand.actor.slice();
  }
  return { candidates: out, scopes, counts, clauses };
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
  if (e.pos === "V" && to === clause.end) {
    let k = ci + 1;
    while (k < clauses.length && clauses[k].opener === "punct" && timeOnly(w, ctx.times, clauses[k])) k++;
    if (k > ci + 1 && k < clauses.length && clauses[k].opener === "punct") to = clauses[k].end;
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
  const isPlaceGroup = (g: Group) => g.mentions.every((x) => x.entity !== null && resolved.places.has(x.entity) && !x.sector);
  const sym = e.sym;

  // light / patient verbs before a noun trigger: «شنت X هجوما», «تعرضت X للقصف»
  let patient = false;
  if (e.pos === "N") {
    for (let k = Math.max(clause.start, t - 6); k < t; k++) {
      const light = w.isCue(k, "light");
      const pat = w.isCue(k, "patient");
      if (!light && !pat) continue;
      const subj = groups.find((g) => g.prep === null && !used.has(g) && ((g.tokenStart > k && g.tokenStart < t) || (g.tokenEnd <= k && g.tokenEnd >= k - 2)));
      if (subj) take(subj, pat ? "r" : "a");
      if (pat) patient = true;
    }
  }
  // the subject: VSO after a verb, SVO before it, the genitive after a noun
  const after = groups.filter((g) => g.tokenStart >= m.end && !used.has(g));
  const before = groups.filter((g) => g.tokenEnd <= t && !used.has(g));
  let subject: Group | null = null;
  let pronounSubject = false;
  if (e.pos === "V") {
    // (the words between verb and subject are a date, an adverb («زار سرا») or an office title; a plain noun
    // there is the object and the group its genitive: «وتؤيد مبادرات موسكو»)
    const vso = after.find((g) => g.prep === null && g.tokenStart - m.end <= 3 && vsoGap(w, ctx.times, m.end, g.tokenStart));
    const svo = [...before].reverse().find((g) => g.prep === null && t - g.tokenEnd <= 2);
    subject = vso ?? svo ?? null;
    if (vso && svo && svo.tokenEnd === t) subject = svo;
    // «أعلنت الوزارة أنها دعت سفيرة ...»: the pronoun on the complementizer is the reporter, the verb's subject
    const comp = t > sStart ? toks[t - 1].norm.replace(/^[وف]/, "") : "";
    const reporter = scope && scope.at < t ? scope.source ?? (scope.subject ? groupActors(scope.subject, resolved)[0] ?? null : null) : null;
    if (/^[اإ]?نه(ا|م|ما)?$/.test(comp) && w.isCue(t - 1, "comp") && reporter) {
      actor.push(reporter);
      if (vso) take(vso, "r");
      subject = null;
      pronounSubject = true;
    }
  } else if (!actor.length && !patient) {
    const gen = after.find((g) => (g.prep === null || g.prep === "ل") && g.tokenStart - m.end <= 2);
    if (gen && !isPlaceGroup(gen)) subject = gen;
  }
  if (subject) take(subject, "a");
  // an implicit subject: the relative clause's head («ستيباناكرت، التي ...، تعرضت للقصف»), a coordinated
  // clause's subject («وتستبعد أرمينيا ...، كما تتهم تركيا»), a complement's governor («أن يجتمع»)
  let inherited: Actor[] = [];
  if (!subject && !actor.length && !patient && e.pos === "V") {
    if (prevClause && prevClause.opener === "rel") {
      const head = groupsIn(w, actors, Math.max(sStart, prevClause.start - 6), prevClause.start).pop();
      if (head) { take(head, "a"); }
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
  // objects and prepositional arguments
  for (const g of groups) {
    if (used.has(g)) continue;
    if (g.tokenEnd <= t && e.pos === "V") continue;
    if (g.tokenEnd <= t && !(g.prep === "بين")) continue;
    const p = g.prep;
    if ((p === "في" || p === "ب") && isPlaceGroup(g)) continue;
    // «في القتال بمنطقة ناجورنو قرة باغ»: a place after a locative is where it happened, not a party
    if (g.mentions.length === 1 && g.mentions[0].entity && resolved.places.has(g.mentions[0].entity) && isLocative(w, g.mentions[0])) continue;
    if (p === "بين" || p === "من قبل") take(g, "a");
    else if (p === "مع") take(g, sym ? "a" : "r");
    else if (p === "علي" || p === "ضد" || p === "الي" || p === "ل" || p === "ب" || p === "تجاه" || p === "نحو") {
      if (p === "ب" && e.type !== "ACCUSE" && e.type !== "REQUEST" && e.type !== "CONSULT") continue;
      take(g, sym ? "a" : "r");
    } else if (p === null) {
      // a place right after a noun or further on is a genitive («محادثات جنيف»): the where, not a party
      if (isPlaceGroup(g) && g.tokenStart > 0 && w.triggersAt(g.tokenStart - 1).some((x) => x.entry.pos === "N")) continue;
      if (ONE_SIDED_ACCUSATIVE.has(e.type) || !sym) take(g, actor.length || e.pos === "N" ? "r" : "a");
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
  if (e.pos === "V" && !subject && !pronounSubject && !titled) {
    // pro-drop: the subject of an earlier clause of the sentence, for coordinated and complement clauses
    if (clause.opener === "comp" || clause.opener === "coord" || clause.opener === "boundary" || clause.opener === "punct") {
      for (let k = ci - 1; k >= 0; k--) {
        const g = groupsIn(w, actors, clauses[k].start, clauses[k].end).find((x) => x.prep === null && !(scope?.subject && x.tokenStart === scope.subject.tokenStart));
        if (g) { inherited = groupActors(g, resolved); break; }
      }
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
  // «الطرفين», «البلدين»: the two sides of the last two-sided event
  for (let k = clause.start; k < to; k++) {
    if (w.isCue(k, "dual") && ctx.lastSides.length) {
      for (const a of ctx.lastSides) if (!actor.some((x) => x.country === a.country && x.text === a.text)) actor.push(a);
      break;
    }
  }
  // a two-sided clash «مع X» reported by one side: the reporter is the other side
  const source = scope?.source ?? null;
  if (e.type === "ASSAULT" && sym && source?.country && !actor.some((a) => a.country === source.country) && groups.some((g) => g.prep === "مع" && used.has(g))) {
    if (source.sector === null || ARMED.has(source.sector) || source.sector === "GOV") actor.unshift(source);
  }
  // «أعلنت الشرطة اعتقال ...»: the announcer acts when the noun has no agent
  if (e.pos === "N" && !actor.length && scope?.subject && scope.at < t && t - scope.at <= 4 && e.type !== "ASSAULT") {
    actor.push(...groupActors(scope.subject, resolved));
  }

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
    trigger: t, verb: m.verb, future: m.future, clause,
    previous: clause.opener === "comp" ? prevClause : null,
    sentenceEnd: sEnd, when, published: ctx.published,
  });
  // a past incident («بعد عدة هجمات») does not take the clause's future date
  let when0 = when;
  if (e.pos === "N" && when0?.value && ctx.published && when0.value.slice(0, 10) > ctx.published.slice(0, 10) && afterPast(w, t, clause.start)) when0 = null;
  const hasContext = actor.length + recipient.length > 0 || when0 !== null || where !== null;
  // an ambiguous verb with no one doing it or undergoing it is figurative («أزمة تهدد الاستقرار»)
  if (e.amb && e.pos === "V" && actor.length + recipient.length === 0) return null;
  let happening = false;
  for (let k = Math.max(clause.start, t - 3); k < Math.min(to, m.end + 3); k++) if (w.isCue(k, "happen") || w.isCue(k, "light") || w.isCue(k, "patient")) happening = true;
  if (relEnd > 0) happening = true;
  // «هجوم متزامن أسفر عن إصابات»: an incident with consequences happened
  for (let k = m.end; k < Math.min(sEnd, m.end + 3); k++) if (w.isCue(k, "result")) happening = true;
  if (e.pos === "N" && !e.free && !hasContext && !happening) return null;
  const demonstrative = t > clause.start && w.isCue(t - 1, "anaphor");
  // a definite incident noun in a prepositional phrase with no victim of its own («في القتال», «بشأن
  // الاشتباكات», «منذ اندلاع القتال») refers back; one with its own victim or place is told as news
  const prevTok = t > 0 ? w.tokens[t - 1].norm.replace(/^[وف]/, "") : "";
  const inPP = /^(بال|كال|لل)/.test(w.tokens[t].norm.replace(/^[وف]/, "")) || (t > clause.start && (w.isCue(t - 1, "prep") || w.isCue(t - 1, "happen") || prevTok === "بشان"));
  const anaphoric = e.pos === "N" && !e.free && (demonstrative || (isDefinite(w, t) && (inPP || actor.length + recipient.length === 0) && !patient && recipient.length === 0));
  let confidence = e.pos === "V" ? 0.75 : 0.6;
  if (actor.length + recipient.length) confidence += 0.1;
  if (when0) confidence += 0.05;
  if (happening) confidence += 0.05;
  if (e.amb) confidence -= 0.15;
  const cue = counts.filter((c) => c.start >= clause.start && c.end <= to);
  return {
    type: e.type, mode: e.mode, context: e.context, entry: e, trigger: { start: m.start, end: m.end }, sentence: si, clause,
    actor: dedupe(actor), recipient: dedupe(recipient).filter((r) => !actor.some((a) => a.text === r.text)),
    argStart: Math.max(sStart, Math.min(argStart, t)), argEnd: Math.min(sEnd, Math.max(argEnd, m.end)),
    when: when0, where, whereEntity, source, status, anaphoric, demonstrative, counts: cue, confidence,
    conflictScore: 0, sportScore: 0,
  };
}

const PURPOSE_TYPES = new Set<EventType>(["REJECT", "SUPPORT", "ACCUSE", "PROTEST", "REQUEST"]);

function isPurposeMasdar(w: Words, i: number): boolean {
  const tok = w.tokens[i];
  const bare = tok.text.replace(/[\u064B-\u0652]/g, "");
  if (!/ا$/.test(bare) || /^[وف]?(ال|بال|لل)/.test(tok.norm)) return false;
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
