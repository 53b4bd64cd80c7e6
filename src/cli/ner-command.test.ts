import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { registerNer } from "./ner-command.js";

const dir = mkdtempSync(join(tmpdir(), "rasd-ner-"));
const file = (name: string, content: string | Buffer): string => { const p = join(dir, name); writeFileSync(p, content); return p; };

async function run(args: string[]): Promise<{ out: string; err: string }> {
  let out = "";
  let err = "";
  const w = vi.spyOn(process.stdout, "write").mockImplementation((s) => { out += String(s); return true; });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s) => { err += String(s); return true; });
  const c = vi.spyOn(console, "error").mockImplementation((...a) => { err += a.join(" "); });
  try {
    const program = new Command().exitOverride();
    registerNer(program);
    await program.parseAsync(["node", "rasd", "ner", ...args]);
  } finally {
    w.mockRestore(); e.mockRestore(); c.mockRestore();
  }
  return { out, err };
}

afterEach(() => { process.exitCode = undefined; });

describe("rasd ner", () => {
  const conll = "قال O\nالرئيس O\nالمصري O\nحسني B-PERS\nمبارك I-PERS\n.\tO\n\nفي\nالقاهرة\n";
  it("tags a CoNLL file in the rasd tag set by default, ignoring columns after the token", async () => {
    const { out } = await run([file("a.conll", conll)]);
    expect(out).toContain("حسني\tB-PER\nمبارك\tI-PER\n");
    expect(out).toContain("القاهرة\tB-GPE\n");
    expect(out.endsWith("\n\n")).toBe(true);
  });
  it("speaks ANERcorp's tags with --tagset anercorp", async () => {
    const { out } = await run([file("b.conll", conll), "--tagset", "anercorp"]);
    expect(out).toContain("حسني\tB-PERS\n");
    expect(out).toContain("القاهرة\tB-LOC\n");
  });
  it("refuses an unknown tag set and invalid UTF-8 with an error code", async () => {
    expect((await run([file("c.conll", conll), "--tagset", "conll03"])).err).toMatch(/BAD_INPUT/);
    expect((await run([file("d.conll", Buffer.from([0xd8, 0x41, 0xff]))])).err).toMatch(/INVALID_UTF8/);
    expect(process.exitCode).toBe(1);
  });
});
