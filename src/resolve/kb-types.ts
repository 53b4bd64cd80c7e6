// The knowledge base as stored in data/kb/kb.json (written by scripts/build-kb.ts, read by load.ts).
import type { EntityType } from "../core/contract.js";

/** One KB entity: a state, organisation, government metonym, region or partially recognised entity. */
export type KbEntity = {
  id: string;
  type: EntityType;
  /** canonical Arabic name */
  name: string;
  name_en: string | null;
  /** ISO alpha-3 or a PLOVER code above states (IGO, UNO, EUR, IMG, NGO) */
  country: string | null;
  /** PLOVER sector (GOV, MIL, REB, PRE, MED, ...) */
  sector: string | null;
  wikidata: string | null;
  /** Arabic names and variants, as written */
  aliases: string[];
  /** masculine singular nisba adjectives (states); inflected forms are generated at load */
  nisba: string[];
  /** broken plurals naming the people (روس، أتراك) */
  plurals: string[];
  geonames: number | null;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  precision: 1 | 2 | 3;
  kind: "state" | "org" | "metonym" | "region" | "pre";
};

export type KbSectorRow = { kind: "office" | "body" | "group"; forms: string[]; sector: string; label: string | null };

export type KbData = { version: 1; entities: KbEntity[]; sectors: KbSectorRow[] };
