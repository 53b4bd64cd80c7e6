// Guards the dashboard's one rule against script injection: data reaches the DOM only as text. No file of
// the dashboard may use an API that parses a string as HTML.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc|DOMParser)\b|\beval\s*\(|new Function\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith(".ts") && !d.name.endsWith(".test.ts") ? [join(dir, d.name)] : []);
}

describe("dashboard sources", () => {
  const files = sources(here);
  it("are found", () => {
    expect(files.some((f) => f.endsWith("main.ts"))).toBe(true);
  });
  it.each(files.map((f) => [f.slice(here.length)]))("%s uses no HTML-parsing sink", (name) => {
    const lines = readFileSync(join(here, name), "utf8").split("\n");
    const hits = lines.map((l, i) => [i + 1, l] as const).filter(([, l]) => SINKS.test(l));
    expect(hits).toEqual([]);
  });
});
