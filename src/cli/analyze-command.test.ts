import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CLI = new URL("../cli.ts", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "rasd-cli-"));
const rasd = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, ["--import", "tsx", CLI, ...args], { input, encoding: "utf8", maxBuffer: 64 << 20 });
const file = (name: string, content: string | Buffer) => { const p = join(dir, name); writeFileSync(p, content); return p; };

describe("rasd analyze", () => {
  it("prints one record for a text file, anchored on --published", () => {
    const r = rasd(["analyze", file("a.txt", "قالت وزارة الدفاع إن اشتباكات اندلعت أمس."), "--published", "2020-10-10", "--outlet", "رويترز"]);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.document).toMatchObject({ id: "a", published: "2020-10-10", outlet: "رويترز", language: "ar" });
    expect(rec.schema).toBe("rasd.analysis/1");
  });
  it("reads stdin with -", () => {
    const r = rasd(["analyze", "-", "--id", "x"], "تظاهر آلاف في تونس");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).document.id).toBe("x");
  });
  it("refuses empty, binary and invalid UTF-8 files with a code and status 1", () => {
    expect(rasd(["analyze", file("e.txt", "")]).stderr).toMatch(/EMPTY_INPUT/);
    const bin = rasd(["analyze", file("b.bin", Buffer.from([0x89, 0x50, 0, 0, 1, 2]))]);
    expect([bin.status, /BINARY_INPUT/.test(bin.stderr)]).toEqual([1, true]);
    expect(rasd(["analyze", file("u.txt", Buffer.from([0xd8, 0x41, 0xff]))]).stderr).toMatch(/INVALID_UTF8/);
  });
  it("refuses a file over the size limit and a bad date", () => {
    expect(rasd(["analyze", file("big.txt", "ا".repeat(2000)), "--max-bytes", "1000"]).stderr).toMatch(/INPUT_TOO_LARGE/);
    expect(rasd(["analyze", file("d.txt", "نص"), "--published", "2020-02-30"]).stderr).toMatch(/BAD_INPUT/);
  });
  it("analyses JSONL in order, reporting bad lines in place without stopping", () => {
    const lines = [
      JSON.stringify({ id: "1", text: "اجتمع الوزير بنظيره", published: "2020-01-02" }),
      "{broken",
      JSON.stringify({ id: "3", text: "" }),
      JSON.stringify({ id: "4", text: "أعلنت الشرطة اعتقال ثلاثة" }),
    ];
    const r = rasd(["analyze", "--jsonl", file("b.jsonl", `${lines.join("\n")}\n`)]);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out.map((o) => o.document?.id ?? o.id)).toEqual(["1", "line-2", "3", "4"]);
    expect(out[1].error.code).toBe("BAD_JSON");
    expect(out[2].error.code).toBe("EMPTY_INPUT");
  });
  it("exits 1 when no line of a JSONL batch could be analysed", () => {
    const r = rasd(["analyze", "--jsonl", "-"], "{bad\n[1,2]\n");
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split("\n")).toHaveLength(2);
  });
});
