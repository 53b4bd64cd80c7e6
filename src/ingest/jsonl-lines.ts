// Splits a byte stream into lines without decoding first, so that one line of invalid UTF-8 or one huge
// line is reported on its own and the lines around it are still read.
export type RawLine = { n: number; bytes: Buffer; tooLong: boolean };

export async function* jsonlLines(source: AsyncIterable<Buffer | string>, maxLineBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let n = 0;
  for await (const chunk of source) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      add(buf.subarray(from, nl));
      n++;
      yield { n, bytes: Buffer.concat(parts), tooLong };
      parts = []; size = 0; tooLong = false;
      from = nl + 1;
    }
    add(buf.subarray(from));
  }
  if (size > 0 || tooLong) { n++; yield { n, bytes: Buffer.concat(parts), tooLong }; }

  function add(piece: Buffer) {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) { tooLong = true; parts = []; size = 0; return; }
    parts.push(Buffer.from(piece));
    size += piece.length;
  }
}
