// Bundles the dashboard (src/web) into dist/web with esbuild and copies what it needs to run offline:
// the Noto Arabic fonts (@fontsource) and the world's country shapes (world-atlas countries-110m).
// Nothing is fetched from a CDN at run time; the page talks only to its own server.
import { build } from "esbuild";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src/web");
const out = join(root, "dist/web");
const require = createRequire(import.meta.url);

if (!existsSync(join(src, "main.ts"))) {
  console.log("build-web: no dashboard source");
  process.exit(0);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "fonts"), { recursive: true });
mkdirSync(join(out, "world"), { recursive: true });

const started = Date.now();
await build({
  entryPoints: [join(src, "main.ts")],
  outfile: join(out, "app.js"),
  bundle: true,
  format: "esm",
  target: "es2020",
  platform: "browser",
  minify: true,
  sourcemap: true,
  legalComments: "linked",
  logLevel: "warning",
});
copyFileSync(join(src, "index.html"), join(out, "index.html"));
copyFileSync(join(src, "styles.css"), join(out, "styles.css"));

// Fonts: regular and bold of Noto Sans Arabic (interface) and Noto Naskh Arabic (article text), every
// unicode-range subset the @fontsource CSS declares, woff2 only (all current browsers read it).
const fontCss = [];
for (const family of ["noto-sans-arabic", "noto-naskh-arabic"]) {
  const pkg = dirname(require.resolve(`@fontsource/${family}/package.json`));
  for (const weight of ["400", "700"]) {
    const css = readFileSync(join(pkg, `${weight}.css`), "utf8")
      .replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, "")
      .replace(/url\(\.\/files\/([^)]+\.woff2)\)/g, (_m, file) => {
        copyFileSync(join(pkg, "files", file), join(out, "fonts", file));
        return `url(./${file})`;
      });
    fontCss.push(css);
  }
  copyFileSync(join(pkg, "LICENSE"), join(out, "fonts", `LICENSE-${family}.txt`));
}
writeFileSync(join(out, "fonts/fonts.css"), fontCss.join("\n"));

const atlas = dirname(require.resolve("world-atlas/package.json"));
copyFileSync(join(atlas, "countries-110m.json"), join(out, "world/countries-110m.json"));
copyFileSync(join(atlas, "LICENSE"), join(out, "world/LICENSE-world-atlas.txt"));

console.log(`build-web: dist/web built in ${Date.now() - started} ms`);
