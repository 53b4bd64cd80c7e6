// Every record the engine emits validates against the contract's JSON Schema, and every span is exact.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { articleInputSchema } from "../src/core/article.js";
import type { Analysis } from "../src/core/contract.js";
import { loadEngine, type Engine } from "../src/engine/index.js";
import { analyze } from "../src/pipeline/analyze.js";

const SHARED = new URL("../../shared/", import.meta.url);
const schema = JSON.parse(readFileSync(new URL("../contract/analysis.schema.json", import.meta.url), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function* spans(o: unknown): Generator<{ start: number; end: number; text: string }> {
  if (o && typeof o === "object") {
    const s = o as Record<string, unknown>;
    if (typeof s.start === "number" && typeof s.end === "number" && typeof s.text === "string") yield s as never;
    for (const v of Object.values(s)) yield* spans(v);
  }
}

function check(record: Analysis) {
  const ok = validate(record);
  expect(ok ? [] : validate.errors?.slice(0, 3)).toEqual([]);
  const { text, ...rest } = record;
  for (const s of spans(rest)) expect(text.slice(s.start, s.end)).toBe(s.text);
}

let engine: Engine;
beforeAll(() => { engine = loadEngine(); });

describe("the analysis record", () => {
  it("ships the contract's schema unchanged", () => {
    expect(schema).toEqual(JSON.parse(readFileSync(new URL("contract/analysis.schema.json", SHARED), "utf8")));
  });

  it("validates for the seed article", () => {
    const text = readFileSync(new URL("gold/seed/000_086ea53787d38e81.txt", SHARED), "utf8");
    const record = analyze(articleInputSchema.parse({ id: "seed", text, published: "2020-10-10" }), engine);
    check(record);
    expect(record.warnings).toEqual([]);
  });

  it("validates for 200 corpus articles, with and without a publication date", () => {
    const lines = gunzipSync(readFileSync(new URL("data/corpus/ant.jsonl.gz", SHARED))).toString("utf8").split("\n");
    const sample = lines.filter(Boolean).filter((_, i) => i % 47 === 0).slice(0, 200);
    expect(sample.length).toBe(200);
    for (const [i, line] of sample.entries()) {
      const a = JSON.parse(line);
      const record = analyze(articleInputSchema.parse({ ...a, published: i % 10 === 0 ? null : a.published }), engine);
      check(record);
      if (i % 10 === 0) expect(record.warnings.join(" ")).toMatch(/no publication date/);
    }
  });
});
