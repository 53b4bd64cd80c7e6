// Loads the engine's models and data from disk once per process (or worker). The only I/O of the engine.
import type { EngineResources } from "../pipeline/analyze.js";

export type Engine = EngineResources & { version: string };

export const ENGINE_VERSION = "0.1.0";

let cached: Engine | null = null;

export function loadEngine(): Engine {
  if (cached) return cached;
  cached = { version: ENGINE_VERSION, prep: {}, ner: { kind: "none" }, kb: { kind: "none" } };
  return cached;
}
