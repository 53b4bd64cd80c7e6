// Reads the knowledge base and gazetteer shipped in data/kb and data/gazetteer (built by scripts/build-kb.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RasdError } from "../core/errors.js";
import type { KbData } from "./kb-types.js";
import { buildKnowledgeBase, type GazPlace, type KnowledgeBase, type LeaderRow } from "./knowledge-base.js";
import { parseOutlets } from "./outlet-country.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function rows(path: string): string[][] {
  return readFileSync(path, "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t"));
}

/** Loads data/kb/kb.json, data/kb/leaders.tsv, data/kb/outlets.tsv, data/gazetteer/places.tsv and data/gazetteer/common-names.tsv into lookup tables (~100 ms, once). */
export function loadKnowledgeBase(root: string = ROOT): KnowledgeBase {
  try {
    const data = JSON.parse(readFileSync(join(root, "data/kb/kb.json"), "utf8")) as KbData;
    const places: GazPlace[] = rows(join(root, "data/gazetteer/places.tsv")).map((c) => ({
      geonames: Number(c[0]), name_en: c[1], names_ar: c[2].split("|"), lat: Number(c[3]), lon: Number(c[4]),
      country: c[5] || null, admin1: c[6] || null, fcode: c[7], population: Number(c[8]) || 0, capitalOf: c[9] || null,
    }));
    // country, office_class, name_en, start, end, source, names_ar, wikidata, sector
    const leaders: LeaderRow[] = rows(join(root, "data/kb/leaders.tsv")).map((c) => ({
      country: c[0], office: c[1], name_en: c[2], start: c[3] ?? "", end: c[4] ?? "",
      ...(c[6] ? { names_ar: c[6].split("|") } : {}), ...(c[7] ? { wikidata: c[7] } : {}), ...(c[8] ? { sector: c[8] } : {}),
    }));
    const outlets = parseOutlets(readFileSync(join(root, "data/kb/outlets.tsv"), "utf8"));
    const commonNames = readFileSync(join(root, "data/gazetteer/common-names.tsv"), "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t")[0]);
    return buildKnowledgeBase({ data, places, leaders, outlets, commonNames });
  } catch (cause) {
    throw new RasdError("MODEL_MISSING", "knowledge base (data/kb, data/gazetteer): run `npx tsx scripts/build-kb.ts`", { cause });
  }
}
