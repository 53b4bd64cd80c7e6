// One JSONL line -> a validated article, or an error that still says which article it was.
import { articleInputSchema, type ArticleInput } from "../core/article.js";
import { RasdError } from "../core/errors.js";
import { decodeText } from "./decode-text.js";
import type { RawLine } from "./jsonl-lines.js";

export type LineResult = { ok: true; article: ArticleInput } | { ok: false; id: string; error: RasdError };

export function parseArticleLine(line: RawLine, maxBytes: number): LineResult {
  const fallbackId = `line-${line.n}`;
  if (line.tooLong) return { ok: false, id: fallbackId, error: new RasdError("INPUT_TOO_LARGE", `line ${line.n} is longer than ${maxBytes} bytes`) };
  let raw: string;
  try {
    raw = decodeText(line.bytes, { maxBytes, what: `line ${line.n}` });
  } catch (err) {
    return { ok: false, id: fallbackId, error: err as RasdError };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { ok: false, id: fallbackId, error: new RasdError("BAD_JSON", `line ${line.n}`, { cause: err }) };
  }
  const id = idOf(json) ?? fallbackId;
  const parsed = articleInputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, id, error: new RasdError("BAD_INPUT", `line ${line.n}: ${issue.path.join(".") || "value"}: ${issue.message}`, { cause: parsed.error }) };
  }
  if (!parsed.data.text.trim()) return { ok: false, id, error: new RasdError("EMPTY_INPUT", `line ${line.n}: text is empty`) };
  return { ok: true, article: parsed.data };
}

function idOf(json: unknown): string | null {
  if (json && typeof json === "object" && "id" in json) {
    const id = (json as { id: unknown }).id;
    if ((typeof id === "string" && id) || typeof id === "number") return String(id);
  }
  return null;
}
