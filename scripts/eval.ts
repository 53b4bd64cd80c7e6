// npm run eval -- NAME [args]: runs scripts/eval/NAME.ts, which prints its figures and the data it used.
import { runNamed } from "./run-named.js";

await runNamed("eval", process.argv.slice(2));
