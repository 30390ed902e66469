// npm run build: Next's production build, then the delegate page's fast path for
// scripts/server.mjs: lib/delegate-view/node-entry.ts bundled by esbuild (npm packages stay
// external, so Node loads the same ones Next uses) and the page's own compiled CSS, both in
// <build folder>/itinera/. `--skip-next` redoes only the second part.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const dist = process.env.NEXT_DIST_DIR || ".next";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

if (!process.argv.includes("--skip-next")) execFileSync("npx", ["next", "build"], { stdio: "inherit", env });

const outDir = path.join(dist, "itinera");
fs.mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, "delegate-page.mjs");
await build({
  entryPoints: ["lib/delegate-view/node-entry.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  jsx: "automatic",
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});
const { compileDelegateCss, BUILT_CSS } = await import(pathToFileURL(path.resolve(outfile)).href);
const css = await compileDelegateCss();
fs.writeFileSync(path.join(dist, BUILT_CSS), css);
console.log(`delegate page: ${outfile} (${(fs.statSync(outfile).size / 1024).toFixed(0)} kB), CSS ${(css.length / 1024).toFixed(1)} kB`);
