// Query parameters validated at the boundary: a bad value is a 400 BAD_INPUT naming the parameter,
// never a silently ignored filter.
import { z } from "zod";
import { isIsoDate } from "../core/article.js";
import { EVENT_TYPES, type EventStatus, type EventType } from "../core/contract.js";
import { RasdError } from "../core/errors.js";
import type { EventFilter, Paging } from "../store/store.js";

const STATUSES = ["asserted", "negated", "future", "hypothetical"] as const;

const list = <T extends string>(allowed: readonly T[]) =>
  z.string().max(400).transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
    .refine((xs) => xs.every((x) => (allowed as readonly string[]).includes(x.toUpperCase()) || (allowed as readonly string[]).includes(x)), {
      message: `one or more of ${allowed.join(", ")}`,
    });

const day = z.string().refine((s) => isIsoDate(s), { message: "an ISO date (YYYY-MM-DD)" });
const text = z.string().trim().min(1).max(200);
const int = (max: number) => z.string().regex(/^\d{1,9}$/, "a non-negative integer").transform(Number).refine((n) => n <= max, `at most ${max}`);

const eventQuery = z.object({
  type: list(EVENT_TYPES).transform((xs) => xs.map((x) => x.toUpperCase() as EventType)).optional(),
  status: list(STATUSES).transform((xs) => xs.map((x) => x.toLowerCase() as EventStatus)).optional(),
  country: z.string().regex(/^[A-Za-z]{3}$/, "an ISO 3166-1 alpha-3 code").optional(),
  actor: text.optional(),
  place: text.optional(),
  article: text.optional(),
  from: day.optional(),
  to: day.optional(),
}).strip();

const pageQuery = z.object({ limit: int(100_000).optional(), offset: int(1_000_000_000).optional() }).strip();

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, query: Record<string, string>): T {
  const r = schema.safeParse(query);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new RasdError("BAD_INPUT", `${i.path.join(".") || "query"}: ${i.message}`);
  }
  return r.data;
}

export function eventFilter(query: Record<string, string>): EventFilter {
  const f = parse(eventQuery, query);
  const out: EventFilter = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

export function paging(query: Record<string, string>): Paging {
  return parse(pageQuery, query);
}

export function searchQuery(query: Record<string, string>): string {
  return parse(z.object({ q: z.string().trim().min(1, "required").max(500) }), query).q;
}
