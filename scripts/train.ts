// npm run train -- NAME [args]: runs scripts/train/NAME.ts, which writes the model deterministically for a seed.
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL("./train/", import.meta.url));
const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).map((f) => f.slice(0, -3)) : [];
const [name, ...rest] = process.argv.slice(2);
const run = name ? [name] : names.filter((n) => !n.startsWith("_"));
if (name && !names.includes(name)) {
  console.error(`unknown trainuation "${name}"; known: ${names.join(", ")}`);
  process.exit(2);
}
for (const n of run) {
  console.log(`\n=== train ${n}`);
  const mod = await import(pathToFileURL(`${dir}${n}.ts`).href);
  await mod.main(rest);
}
