// Hand-built analysis records for tests of the store, incidents, exports and the API: they depend only on
// the contract (src/core/contract.ts), never on what the engine currently finds.
import type { ArticleInput } from "../core/article.js";
import type { Actor, Analysis, Entity, EventRecord, Place, Span } from "../core/contract.js";
import { SCHEMA_ID } from "../core/contract.js";

/** A span of `text` at the first occurrence of `word` (or the start when absent). */
export function spanIn(text: string, word: string): Span {
  const start = Math.max(0, text.indexOf(word));
  return { start, end: start + word.length, text: text.slice(start, start + word.length) };
}

export const PLACES: Record<string, Place> = {
  stepanakert: { entity: null, name: "ستيباناكرت", name_en: "Stepanakert", geonames: 174875, lat: 39.8177, lon: 46.7528, country: "AZE", admin1: "Nagorno-Karabakh", precision: 1, span: null },
  ganja: { entity: null, name: "كنجة", name_en: "Ganja", geonames: 586523, lat: 40.6828, lon: 46.3606, country: "AZE", admin1: "Ganja", precision: 1, span: null },
  moscow: { entity: null, name: "موسكو", name_en: "Moscow", geonames: 524901, lat: 55.7522, lon: 37.6156, country: "RUS", admin1: "Moscow", precision: 1, span: null },
  tunis: { entity: null, name: "تونس", name_en: "Tunis", geonames: 2464470, lat: 36.819, lon: 10.1658, country: "TUN", admin1: "Tunis", precision: 1, span: null },
};

export const ACTORS: Record<string, Actor> = {
  aze: { entity: null, text: "القوات الأذربيجانية", country: "AZE", sector: "MIL" },
  arm: { entity: null, text: "القوات الأرمينية", country: "ARM", sector: "MIL" },
  rus: { entity: null, text: "روسيا", country: "RUS", sector: "GOV" },
  azeMod: { entity: null, text: "وزارة الدفاع الأذربيجانية", country: "AZE", sector: "MIL" },
  armMod: { entity: null, text: "وزارة الدفاع الأرمينية", country: "ARM", sector: "MIL" },
};

export type EventSpec = Partial<EventRecord> & { type: EventRecord["type"] };

export function makeEvent(text: string, id: string, spec: EventSpec, trigger = text.split(/\s+/)[0]): EventRecord {
  return {
    id, mode: null, context: [], actor: [], recipient: [], when: null, where: null, size: null, source: null,
    status: "asserted", trigger: spanIn(text, trigger), evidence: { start: 0, end: text.length, text }, confidence: 0.8,
    ...spec,
  };
}

export function makeRecord(article: ArticleInput, events: EventRecord[] = [], entities: Entity[] = []): Analysis {
  return {
    schema: SCHEMA_ID,
    document: { id: article.id, published: article.published, outlet: article.outlet, url: article.url, title: article.title, language: "ar" },
    text: article.text, repairs: [], entities, times: [], events, reports: [], relations: [], warnings: [],
  };
}

export function article(id: string, text: string, extra: Partial<ArticleInput> = {}): ArticleInput {
  return { id, text, published: null, outlet: null, url: null, title: null, ...extra };
}

/** Two outlets reporting the same shelling of Stepanakert with different tolls, and an unrelated meeting. */
export function karabakhFixtures(): { article: ArticleInput; record: Analysis }[] {
  const t1 = "قصفت القوات الأذربيجانية مدينة ستيباناكرت أمس ما أسفر عن مقتل 3 مدنيين، بحسب وزارة الدفاع الأرمينية.";
  const a1 = article("k1", t1, { published: "2020-10-10", outlet: "وكالة أ", url: "https://a.example/k1", title: "قصف ستيباناكرت" });
  const e1 = makeEvent(t1, "V1", {
    type: "ASSAULT", mode: "heavy-weapons", actor: [ACTORS.aze], recipient: [ACTORS.arm],
    when: { value: "2020-10-09", precision: "day", span: spanIn(t1, "أمس") }, where: { ...PLACES.stepanakert, span: spanIn(t1, "ستيباناكرت") },
    size: { dead: 3, injured: null, arrested: null }, source: ACTORS.armMod,
  }, "قصفت");
  const t2 = "قالت وزارة الدفاع الأرمينية إن قصفا أذربيجانيا على ستيباناكرت الجمعة أدى إلى مقتل 7 أشخاص وإصابة 12. والتقى وزيرا الخارجية في موسكو.";
  const a2 = article("k2", t2, { published: "2020-10-10", outlet: "صحيفة ب", url: "https://b.example/k2", title: "سبعة قتلى في ستيباناكرت" });
  const e2 = makeEvent(t2, "V1", {
    type: "ASSAULT", actor: [ACTORS.aze], recipient: [ACTORS.arm],
    when: { value: "2020-10-09", precision: "day", span: spanIn(t2, "الجمعة") }, where: { ...PLACES.stepanakert, lat: 39.82, lon: 46.76, span: spanIn(t2, "ستيباناكرت") },
    size: { dead: 7, injured: 12, arrested: null }, source: ACTORS.armMod,
  }, "قصفا");
  const e3 = makeEvent(t2, "V2", {
    type: "CONSULT", actor: [{ entity: null, text: "وزيرا الخارجية", country: null, sector: "GOV" }], where: { ...PLACES.moscow, span: spanIn(t2, "موسكو") },
    when: { value: "2020-10-09", precision: "day", span: null },
  }, "والتقى");
  const t3 = "أعلنت الحكومة التونسية عن إجراءات جديدة لدعم الفلاحين في ولاية جندوبة.";
  const a3 = article("t1", t3, { published: "2016-05-02", outlet: "جوهرة أف أم", title: "دعم الفلاحين" });
  const e4 = makeEvent(t3, "V1", { type: "AID", actor: [{ entity: "E1", text: "الحكومة التونسية", country: "TUN", sector: "GOV" }], where: { ...PLACES.tunis, lat: null, lon: null } }, "لدعم");
  const ent: Entity = { id: "E1", type: "ORG", name: "الحكومة التونسية", name_en: "Government of Tunisia", wikidata: null, country: "TUN", sector: "GOV", role: null, mentions: [spanIn(t3, "الحكومة التونسية")] };
  return [
    { article: a1, record: makeRecord(a1, [e1]) },
    { article: a2, record: makeRecord(a2, [e2, e3]) },
    { article: a3, record: makeRecord(a3, [e4], [ent]) },
  ];
}
