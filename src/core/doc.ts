// The pipeline's internal document: what each stage adds on its way to the analysis record.
// Offsets are UTF-16 code units into `Prepared.text` (the cleaned text), end exclusive.
import type { Entity, EntityType, Place, Relation, Repair, Span, TimeExpression } from "./contract.js";

export type TokenKind = "ar" | "num" | "latin" | "punct" | "sym";

/** A clitic-segmentation piece of a word: proclitics (و ف ب ل ك ال س), the stem, pronoun suffixes. */
export type MorphRole = "proclitic" | "stem" | "enclitic";
export type MorphTag = "CONJ" | "PREP" | "DET" | "FUT" | "PRON" | "STEM";
export type Morph = { start: number; end: number; text: string; role: MorphRole; tag: MorphTag };

export type Token = {
  /** index in Prepared.tokens */
  i: number;
  start: number;
  end: number;
  text: string;
  /** normalize(text): the matching form (see prep/normalize.ts) */
  norm: string;
  kind: TokenKind;
  /** index in Prepared.sentences */
  sentence: number;
  /** clitic segmentation, in text order; a word without clitics has one STEM morph */
  morphs: Morph[];
  /** normalized stem (normalize of the STEM morph), the lookup key for lexicons */
  stem: string;
};

export type Sentence = { start: number; end: number; tokenStart: number; tokenEnd: number };

export type Prepared = {
  text: string;
  repairs: Repair[];
  sentences: Sentence[];
  tokens: Token[];
  warnings: string[];
};

/** A named-entity mention found by the tagger; tokenEnd is exclusive. */
export type Mention = { start: number; end: number; text: string; type: EntityType; tokenStart: number; tokenEnd: number };

/** How a resolved mention refers to its entity. */
export type MentionKind = "name" | "alias" | "nisba" | "metonym" | "group" | "role";

export type ResolvedMention = {
  entity: string; // Entity.id
  span: Span;
  tokenStart: number;
  tokenEnd: number;
  kind: MentionKind;
};

/**
 * A phrase that denotes an actor: an entity mention («أذربيجان», «الكرملين»), or a sector word with what
 * it belongs to («قوات أذربيجان» AZE/MIL, «مسؤولين روس» RUS/GOV, «الجيش الأرميني» ARM/MIL). The events
 * stage picks actors from these by position; it never re-derives codes.
 */
export type ActorMention = {
  span: Span;
  tokenStart: number;
  tokenEnd: number;
  entity: string | null; // Entity.id when the phrase is or contains a resolved entity
  country: string | null;
  sector: string | null;
};

export type Resolved = {
  entities: Entity[];
  /** actor phrases, sorted by start; nested phrases allowed (the longest one first at a given start) */
  actors: ActorMention[];
  /** every mention of every entity, sorted by start */
  mentions: ResolvedMention[];
  /** geocoded places by Entity.id */
  places: Map<string, Place>;
  /** relations read during resolution (holds_office from role appositions) */
  relations: Relation[];
};

/** A time expression with the tokens it covers (tokenEnd exclusive). */
export type TimeMention = TimeExpression & { tokenStart: number; tokenEnd: number };
