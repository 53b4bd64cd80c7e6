// An article as it enters the engine, validated at the boundary (CLI, JSONL, API, ingest).
import { z } from "zod";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** True for a real calendar date in ISO 8601 form (date or date-time). */
export function isIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.slice(0, 10).split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const optionalText = z.string().trim().min(1).nullish().transform((v) => v ?? null);

export const articleInputSchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  text: z.string(),
  published: z.string().nullish().transform((v) => (v ? v.trim() : null))
    .refine((v) => v === null || isIsoDate(v), { message: "published must be an ISO 8601 date (YYYY-MM-DD)" }),
  outlet: optionalText,
  url: optionalText,
  title: optionalText,
});

export type ArticleInput = z.output<typeof articleInputSchema>;
