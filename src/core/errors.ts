// Every failure Rasd reports carries a stable code; the CLI and the HTTP API map codes to exit statuses,
// HTTP statuses and messages from this one table (never from the message text).

export const ERRORS = {
  EMPTY_INPUT: { status: 400, message: "the input is empty" },
  BINARY_INPUT: { status: 415, message: "the input looks binary, not text" },
  INVALID_UTF8: { status: 400, message: "the input is not valid UTF-8" },
  INPUT_TOO_LARGE: { status: 413, message: "the input is larger than the limit" },
  BAD_JSON: { status: 400, message: "malformed JSON" },
  BAD_INPUT: { status: 400, message: "the input does not have the expected shape" },
  BAD_DATE: { status: 400, message: "not a valid ISO 8601 date" },
  BAD_HTML: { status: 422, message: "no article text could be extracted from the HTML" },
  BAD_FEED: { status: 422, message: "malformed RSS/Atom feed" },
  NOT_FOUND: { status: 404, message: "not found" },
  UNAUTHORIZED: { status: 401, message: "a valid token is required" },
  FORBIDDEN: { status: 403, message: "not allowed" },
  RATE_LIMITED: { status: 429, message: "too many requests" },
  FETCH_BLOCKED: { status: 403, message: "the address is not allowed (private, loopback or metadata)" },
  FETCH_FAILED: { status: 502, message: "fetching the URL failed" },
  UNSUPPORTED_CONTENT: { status: 415, message: "unsupported content type" },
  MODEL_MISSING: { status: 500, message: "a model or data file the engine needs is missing" },
  STORE_ERROR: { status: 500, message: "the store failed" },
  INTERNAL: { status: 500, message: "internal error" },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class RasdError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, detail?: string, options?: { cause?: unknown }) {
    super(detail ? `${ERRORS[code].message}: ${detail}` : ERRORS[code].message, options);
    this.name = "RasdError";
    this.code = code;
  }
}

/** Wraps anything thrown into a RasdError, keeping the original as `cause`. */
export function asRasdError(err: unknown, fallback: ErrorCode = "INTERNAL"): RasdError {
  if (err instanceof RasdError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  return new RasdError(fallback, detail, { cause: err });
}

export function httpStatus(code: ErrorCode): number {
  return ERRORS[code].status;
}
