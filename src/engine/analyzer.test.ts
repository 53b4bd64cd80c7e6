import { describe, expect, it } from "vitest";
import { createAnalyzer } from "./analyzer.js";

const article = (id: string) => ({ id, text: "قالت الشرطة إن اشتباكات اندلعت أمس في طرابلس.", published: "2016-03-02", outlet: null, url: null, title: null });

describe("createAnalyzer", () => {
  it("gives the same record in process and in a worker pool", async () => {
    const local = await createAnalyzer({ workers: 0 });
    const pool = await createAnalyzer({ workers: 2 });
    try {
      const ids = ["a", "b", "c", "d"];
      const fromPool = await Promise.all(ids.map((id) => pool.analyze(article(id))));
      expect(fromPool.map((r) => r.document.id)).toEqual(ids);
      expect(fromPool[0]).toEqual(await local.analyze(article("a")));
      expect(pool.concurrency).toBe(2);
    } finally {
      await Promise.all([local.close(), pool.close()]);
    }
  });
});
