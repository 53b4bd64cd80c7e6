// The fuzz targets with a small budget; `npm run fuzz` runs the same targets with >= 100,000 cases.
import fc from "fast-check";
import { describe, it } from "vitest";
import { targets } from "./fuzz-targets.js";

describe("fuzzing (small budget)", () => {
  for (const [name, make] of Object.entries(targets)) {
    it(`${name} never throws and keeps every invariant`, () => {
      fc.assert(make(), { numRuns: name === "pipeline" ? 300 : 500, seed: 20201010 });
    }, 120_000);
  }
});
