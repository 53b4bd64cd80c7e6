// npm run train -- NAME [args]: runs scripts/train/NAME.ts, which writes its model deterministically for a seed.
import { runNamed } from "./run-named.js";

await runNamed("train", process.argv.slice(2));
