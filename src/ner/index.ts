// Stage 2, named entities: Prepared -> Mention[] from the trained tagger (models/ner).
// NOT BUILT YET: returns no mentions.
import type { Mention, Prepared } from "../core/doc.js";

export type NerModel = { readonly kind: "none" };

export function recognize(_doc: Prepared, _model: NerModel): Mention[] {
  return [];
}
