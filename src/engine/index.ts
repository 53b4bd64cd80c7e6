// Loads the engine's models and data from disk once per process (or worker thread): the engine's only I/O.
import { loadEventsModel } from "../events/load.js";
import { loadNerModel } from "../ner/load.js";
import type { EngineResources } from "../pipeline/analyze.js";
import { loadPrepResources } from "../prep/load.js";
import { loadKnowledgeBase } from "../resolve/load.js";

export type Engine = EngineResources & { version: string };

/** Stored with every record; `rasd reanalyze` re-runs articles whose record came from another version. */
export const ENGINE_VERSION = "0.1.0";

let cached: Engine | null = null;

export function loadEngine(): Engine {
  cached ??= {
    version: ENGINE_VERSION,
    prep: loadPrepResources(),
    ner: loadNerModel(),
    kb: loadKnowledgeBase(),
    events: loadEventsModel(),
  };
  return cached;
}
