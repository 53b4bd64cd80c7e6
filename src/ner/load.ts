// The tagger's only I/O: reads models/ner/ from the package root (works from src/ under tsx and from dist/).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RasdError } from "../core/errors.js";
import { decodeModel, type ModelJson } from "./model-file.js";
import type { NerModel } from "./model.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Loads the committed tagger (models/ner/model.json + weights.bin). */
export function loadNerModel(dir = `${ROOT}models/ner/`): NerModel {
  let json: ModelJson;
  let bin: Uint8Array;
  try {
    json = JSON.parse(readFileSync(`${dir}model.json`, "utf8")) as ModelJson;
    bin = readFileSync(`${dir}weights.bin`);
  } catch (err) {
    throw new RasdError("MODEL_MISSING", `cannot read the NER model in ${dir}`, { cause: err });
  }
  return decodeModel(json, bin);
}
