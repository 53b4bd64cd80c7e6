// Shared by `npm run eval -- NAME` and `npm run train -- NAME`: runs scripts/<kind>/NAME.ts (its exported
// main(args)), or every one of them when no name is given.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

export async function runNamed(kind: "eval" | "train", argv: string[]): Promise<void> {
  const dir = fileURLToPath(new URL(`./${kind}/`, import.meta.url));
  const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => f.slice(0, -3)) : [];
  const [name, ...rest] = argv;
  if (name && !names.includes(name)) {
    console.error(`unknown ${kind} "${name}"; known: ${names.join(", ")}`);
    process.exit(2);
  }
  for (const n of name ? [name] : names.filter((x) => !x.startsWith("_"))) {
    console.log(`\n=== ${kind} ${n}`);
    const mod = await import(pathToFileURL(`${dir}${n}.ts`).href);
    await mod.main(rest);
  }
}
