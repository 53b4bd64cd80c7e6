import type { Span } from "./contract.js";

/** Builds a span over `text`; the only way spans are made, so `text.slice(start, end) === span.text` holds. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
