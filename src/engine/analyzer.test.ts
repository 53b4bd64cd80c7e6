import { describe, expect, it } from "vitest";
import { createAnalyzer, recordJson } from "./analyzer.js";

const article = (id: string) => ({ id, text: "قالت الشرطة إن اشتباكات اندلعت أمس في طرابلس.", published: "2016-03-02", outlet: null, url: null, title: null });

describe("createAnalyzer", () => {
  it("gives the same record in process and in a worker pool, in the order asked", async () => {
    const local = await createAnalyzer({ workers: 0 });
    const pool = await createAnalyzer({ workers: 2 });
    try {
      const ids = ["a", "b", "c", "d", "e", "f"];
      const fromPool = await Promise.all(ids.map((id) => pool.analyze(article(id))));
      expect(fromPool.map((r) => r.document.id)).toEqual(ids);
      expect(fromPool[0]).toEqual(await local.analyze(article("a")));
      expect(pool.concurrency).toBe(2);
    } finally {
      await Promise.all([local.close(), pool.close()]);
    }
  });

  it("serializes the record in the worker: the same JSON text as stringifying it in process", async () => {
    const local = await createAnalyzer({ workers: 0 });
    const pool = await createAnalyzer({ workers: 1 });
    try {
      const ids = ["x", "y", "z"];
      const lines = await Promise.all(ids.map((id) => recordJson(pool, article(id))));
      expect(lines.map((l) => JSON.parse(l).document.id)).toEqual(ids);
      expect(lines[1]).toBe(JSON.stringify(await local.analyze(article("y"))));
      expect(await recordJson(local, article("y"))).toBe(lines[1]);
    } finally {
      await Promise.all([local.close(), pool.close()]);
    }
  });
});
