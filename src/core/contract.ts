// The analysis record: the public output of the engine (contract/README.md, contract/analysis.schema.json).
// These types mirror the JSON Schema one to one; a test validates emitted records against the schema.

export const SCHEMA_ID = "rasd.analysis/1" as const;

/** Offsets are UTF-16 code units into `Analysis.text`, end exclusive; `text.slice(start, end) === span.text`. */
export type Span = { start: number; end: number; text: string };

export type RepairKind = "split" | "join" | "digits" | "unicode" | "markup" | "other";
/** `at` is the offset of `after` in the cleaned text. */
export type Repair = { kind: RepairKind; before: string; after: string; at: number };

export const ENTITY_TYPES = ["PER", "ORG", "GPE", "LOC", "FAC", "MISC"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type Entity = {
  id: string;
  type: EntityType;
  name: string;
  name_en: string | null;
  wikidata: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  mentions: Span[];
};

export type Actor = { entity: string | null; text: string; country: string | null; sector: string | null };

export const PRECISIONS = ["day", "part_of_day", "week", "month", "year", "interval", "approximate"] as const;
export type Precision = (typeof PRECISIONS)[number];

export type When = { value: string | null; precision: Precision; span: Span | null };

export type Place = {
  entity: string | null;
  name: string;
  name_en: string | null;
  geonames: number | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
  admin1: string | null;
  precision: 1 | 2 | 3;
  span: Span | null;
};

export type TimeExpression = {
  span: Span;
  value: string | null;
  precision: Precision | null;
  anchor: "publication" | "absolute" | "none";
};

export const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = "asserted" | "negated" | "future" | "hypothetical";

export type EventRecord = {
  id: string;
  type: EventType;
  mode: string | null;
  context: string[];
  actor: Actor[];
  recipient: Actor[];
  when: When | null;
  where: Place | null;
  size: { dead: number | null; injured: number | null; arrested: number | null } | null;
  source: Actor | null;
  status: EventStatus;
  trigger: Span;
  evidence: Span;
  confidence: number;
};

export type CountQualifier = "exact" | "at_least" | "more_than" | "about" | "up_to";
export type Count = { value: number; qualifier: CountQualifier };

export type CasualtyReport = {
  id: string;
  claimant: Actor | null;
  dead: Count | null;
  injured: Count | null;
  among: "civilians" | "combatants" | "all" | null;
  side: Actor | null;
  period: { from: string | null; to: string | null };
  where: Place | null;
  evidence: Span;
};

export const RELATION_TYPES = [
  "ally", "defense_pact", "member_of", "leads", "mediates", "part_of", "capital_of", "holds_office", "hosts", "other",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export type Relation = { type: RelationType; a: string; b: string; label: string | null; evidence: Span };

export type DocumentMeta = {
  id: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
  title: string | null;
  language: "ar";
};

export type Analysis = {
  schema: typeof SCHEMA_ID;
  document: DocumentMeta;
  text: string;
  repairs: Repair[];
  entities: Entity[];
  times: TimeExpression[];
  events: EventRecord[];
  reports: CasualtyReport[];
  relations: Relation[];
  warnings: string[];
};
