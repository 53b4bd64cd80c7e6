// The engine's recipe: one article in, one analysis record out. Pure: resources are loaded by src/engine.
import type { ArticleInput } from "../core/article.js";
import { SCHEMA_ID, type Analysis } from "../core/contract.js";
import { readEvents } from "../events/index.js";
import { recognize, type NerModel } from "../ner/index.js";
import { prepare, type PrepResources } from "../prep/index.js";
import { resolve, type KnowledgeBase } from "../resolve/index.js";
import { readTimes } from "../time/index.js";

export type EngineResources = { prep: PrepResources; ner: NerModel; kb: KnowledgeBase };

export function analyze(article: ArticleInput, res: EngineResources): Analysis {
  const doc = prepare(article.text, res.prep);
  const warnings = [...doc.warnings];
  if (!article.published) warnings.push("no publication date: relative dates left unresolved");
  const mentions = recognize(doc, res.ner);
  const resolved = resolve(doc, mentions, res.kb);
  const times = readTimes(doc, article.published);
  const { events, reports, relations } = readEvents({ doc, resolved, times, published: article.published });
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
