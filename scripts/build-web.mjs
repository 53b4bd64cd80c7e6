// Bundles the dashboard (src/web) into dist/web. Replaced by the dashboard build once it exists.
import { existsSync } from "node:fs";
if (!existsSync(new URL("../src/web/main.ts", import.meta.url))) console.log("build-web: no dashboard source yet");
