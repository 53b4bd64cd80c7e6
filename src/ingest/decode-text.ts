// Bytes from a file, stdin or the network become article text here, or a clear error: empty, binary,
// invalid UTF-8 and oversized input are refused with a stable code instead of being analysed as garbage.
import { RasdError } from "../core/errors.js";

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export type DecodeOptions = { maxBytes?: number; what?: string };

export function decodeText(bytes: Uint8Array, opts: DecodeOptions = {}): string {
  const max = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const what = opts.what ?? "input";
  if (bytes.length > max) throw new RasdError("INPUT_TOO_LARGE", `${what} is ${bytes.length} bytes, the limit is ${max}`);
  if (looksBinary(bytes)) throw new RasdError("BINARY_INPUT", what);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (err) {
    throw new RasdError("INVALID_UTF8", what, { cause: err });
  }
  if (!text.trim()) throw new RasdError("EMPTY_INPUT", what);
  return text;
}

/** NUL bytes or a high share of control bytes in the first 8 KB: no text file looks like that. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}
