// FILE or "-" to bytes / byte stream, with the size limit checked before reading a whole file into memory.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { RasdError } from "../core/errors.js";

export async function readAllBytes(path: string, maxBytes: number): Promise<Buffer> {
  if (path === "-") {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += chunk.length;
      if (size > maxBytes) throw new RasdError("INPUT_TOO_LARGE", `stdin is larger than ${maxBytes} bytes`);
      parts.push(chunk as Buffer);
    }
    return Buffer.concat(parts);
  }
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new RasdError("BAD_INPUT", `${path} is a directory`);
    if (st.size > maxBytes) throw new RasdError("INPUT_TOO_LARGE", `${path} is ${st.size} bytes, the limit is ${maxBytes}`);
    return await readFile(path);
  } catch (err) {
    if (err instanceof RasdError) throw err;
    throw new RasdError("NOT_FOUND", `cannot read ${path}`, { cause: err });
  }
}

export function byteStream(path: string): AsyncIterable<Buffer> {
  return path === "-" ? process.stdin : createReadStream(path);
}
