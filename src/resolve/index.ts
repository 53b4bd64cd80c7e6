// Stage 3, resolution: mentions -> entities with knowledge-base codes, geocoded places, holds_office relations.
// NOT BUILT YET: returns nothing.
import type { Mention, Prepared, Resolved } from "../core/doc.js";

export type KnowledgeBase = { readonly kind: "none" };

export function resolve(_doc: Prepared, _mentions: Mention[], _kb: KnowledgeBase): Resolved {
  return { entities: [], actors: [], mentions: [], places: new Map(), relations: [] };
}
