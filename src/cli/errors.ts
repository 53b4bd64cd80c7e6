// The one place where the CLI turns error codes into what a person reads and the exit status.
import { ERRORS, asRasdError, type ErrorCode } from "../core/errors.js";

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export function errorLine(err: unknown): { code: ErrorCode; message: string } {
  const e = asRasdError(err);
  return { code: e.code, message: e.message || ERRORS[e.code].message };
}

/** Prints `rasd: CODE: message` on stderr and sets the exit status. */
export function reportError(err: unknown): void {
  const { code, message } = errorLine(err);
  process.stderr.write(`rasd: ${code}: ${message}\n`);
  process.exitCode = EXIT.failure;
}
