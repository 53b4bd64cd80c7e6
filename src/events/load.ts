// The events stage's only I/O: reads data/events/ (lexicons) and models/events/ (the topic gate) from the
// package root, which works from src/ under tsx and from dist/ after a build.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RasdError } from "../core/errors.js";
import { parseCues, parseTriggers } from "./lexicon.js";
import type { EventsModel } from "./model.js";
import { parseTopicModel } from "./topic.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let cached: EventsModel | null = null;

/** Loads the lexicons and the topic model once per process. */
export function loadEventsModel(dataDir = `${ROOT}data/events/`, modelDir = `${ROOT}models/events/`): EventsModel {
  const isDefault = dataDir === `${ROOT}data/events/` && modelDir === `${ROOT}models/events/`;
  if (isDefault && cached) return cached;
  let model: EventsModel;
  try {
    const triggers = parseTriggers(readFileSync(`${dataDir}triggers.tsv`, "utf8"));
    const cues = parseCues(readFileSync(`${dataDir}cues.tsv`, "utf8"));
    const topicFile = `${modelDir}topic.json`;
    const topic = existsSync(topicFile) ? parseTopicModel(readFileSync(topicFile, "utf8")) : null;
    model = { triggers, cues, topic };
  } catch (cause) {
    throw new RasdError("MODEL_MISSING", `cannot read the event lexicons in ${dataDir}`, { cause });
  }
  if (isDefault) cached = model;
  return model;
}
