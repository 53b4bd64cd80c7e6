// The engine's recipe: one article in, one analysis record out. Pure: resources are loaded by src/engine.
import type { ArticleInput } from "../core/article.js";
import { SCHEMA_ID, type Analysis } from "../core/contract.js";
import { readEvents, type EventsModel } from "../events/index.js";
import { recognize, type NerModel } from "../ner/index.js";
import { prepare, type PrepResources } from "../prep/index.js";
import { resolve, type KnowledgeBase } from "../resolve/index.js";
import { outletCountry } from "../resolve/outlet-country.js";
import { readTimes } from "../time/index.js";

export type EngineResources = { prep: PrepResources; ner: NerModel; kb: KnowledgeBase; events: EventsModel };

/** Milliseconds spent per stage, summed over calls (for the benchmark's profile; never part of a record). */
export type StageProfile = Record<"prep" | "ner" | "resolve" | "time" | "events", number>;

export function newStageProfile(): StageProfile {
  return { prep: 0, ner: 0, resolve: 0, time: 0, events: 0 };
}

export type AnalyzeOptions = { profile?: StageProfile };

export function analyze(article: ArticleInput, res: EngineResources, opts: AnalyzeOptions = {}): Analysis {
  const timed = opts.profile ? stageTimer(opts.profile) : <T>(_: keyof StageProfile, f: () => T) => f();
  const doc = timed("prep", () => prepare(article.text, res.prep));
  const warnings = [...doc.warnings];
  if (!article.published) warnings.push("no publication date: relative dates left unresolved");
  const mentions = timed("ner", () => recognize(doc, res.ner));
  const resolved = timed("resolve", () => resolve(doc, mentions, res.kb));
  const times = timed("time", () => readTimes(doc, article.published));
  const { events, reports, relations } = timed("events", () => readEvents({ doc, resolved, times, published: article.published, outletCountry: outletCountry(res.kb, article) }, res.events));
  return {
    schema: SCHEMA_ID,
    document: {
      id: article.id, published: article.published, outlet: article.outlet, url: article.url, title: article.title,
      language: "ar",
    },
    text: doc.text,
    repairs: doc.repairs,
    entities: resolved.entities,
    times: times.map(({ span, value, precision, anchor }) => ({ span, value, precision, anchor })),
    events,
    reports,
    relations: [...resolved.relations, ...relations],
    warnings,
  };
}

function stageTimer(profile: StageProfile) {
  return <T>(stage: keyof StageProfile, f: () => T): T => {
    const t0 = performance.now();
    try { return f(); } finally { profile[stage] += performance.now() - t0; }
  };
}
