import { describe, expect, it } from "vitest";
import { jsonlLines } from "./jsonl-lines.js";

async function collect(chunks: (string | Buffer)[], max = 1000) {
  const out = [];
  for await (const l of jsonlLines((async function* () { yield* chunks; })(), max)) out.push({ n: l.n, s: l.bytes.toString(), tooLong: l.tooLong });
  return out;
}

describe("jsonlLines", () => {
  it("splits lines across chunk boundaries and keeps a last line without newline", async () => {
    expect(await collect(["{\"id\":1}\n{\"i", "d\":2}\n", "{\"id\":3}"])).toEqual([
      { n: 1, s: "{\"id\":1}", tooLong: false }, { n: 2, s: "{\"id\":2}", tooLong: false }, { n: 3, s: "{\"id\":3}", tooLong: false },
    ]);
  });
  it("keeps a multi-byte Arabic character split across chunks intact", async () => {
    const b = Buffer.from("{\"text\":\"قتال\"}\n");
    expect((await collect([b.subarray(0, 11), b.subarray(11)]))[0].s).toBe("{\"text\":\"قتال\"}");
  });
  it("flags an over-long line and goes on with the next", async () => {
    const out = await collect(["x".repeat(50) + "\n", "ok\n"], 10);
    expect(out).toEqual([{ n: 1, s: "", tooLong: true }, { n: 2, s: "ok", tooLong: false }]);
  });
});
