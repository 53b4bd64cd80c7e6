// Loads the preparation stage's data (data/prep/, built by scripts/build-prep.ts). The stage's only I/O.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RasdError } from "../core/errors.js";
import { normalize } from "./normalize.js";
import { Vocabulary, type PrepResources } from "./resources.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Sentence cues opening a sentence at least this share of the time they occur. */
const CUE_RATIO = 0.85;

export function loadPrepResources(dir = `${ROOT}data/prep/`): PrepResources {
  try {
    const vocab = Vocabulary.fromTsv(readFileSync(`${dir}vocab.tsv`, "utf8"), readFileSync(`${dir}bigrams.tsv`, "utf8"),
      readFileSync(`${dir}spellings.tsv`, "utf8"));
    const cues = new Set<string>();
    for (const line of readFileSync(`${dir}sentence-cues.tsv`, "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const [w, , ratio] = line.split("\t");
      if (Number(ratio) >= CUE_RATIO) cues.add(normalize(w));
    }
    vocab.boundaryOdds("ال", "ال"); // builds the letter tables now rather than on the first article
    vocab.cutLetterOdds("الولايات", 3); // and the letter model
    return { vocab, sentenceCues: cues };
  } catch (cause) {
    throw new RasdError("MODEL_MISSING", `cannot read the preparation data in ${dir}`, { cause });
  }
}
