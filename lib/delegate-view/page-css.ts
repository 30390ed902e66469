import fs from "node:fs";
import path from "node:path";
import { nodeRequire } from "./node-require";

// The delegate page's CSS, inlined into every page. `npm run build` compiles it once into
// the build folder (scripts/build.mjs); without a build (next dev, tests) it is compiled on
// first use, and in development on every page so that class changes show on reload.

const SOURCE = "lib/delegate-view/page.css";
export const BUILT_CSS = "itinera/delegate-page.css";
const distDir = () => process.env.NEXT_DIST_DIR || ".next";

let memo: Promise<string> | null = null;

export function delegateCss(): Promise<string> {
  if (process.env.NODE_ENV === "development") return compileDelegateCss();
  return (memo ??= readBuilt().then((css) => css ?? compileDelegateCss()));
}

async function readBuilt(): Promise<string | null> {
  try {
    return await fs.promises.readFile(path.join(process.cwd(), distDir(), BUILT_CSS), "utf8");
  } catch {
    return null;
  }
}

/** Tailwind over the page's own components only, minified. */
export async function compileDelegateCss(): Promise<string> {
  type Postcss = (plugins: unknown[]) => { process(css: string, o: { from: string }): Promise<{ css: string }> };
  const postcss = nodeRequire<Postcss>("postcss");
  const tailwind = nodeRequire<(o: object) => unknown>("@tailwindcss", "postcss");
  const from = path.join(process.cwd(), SOURCE);
  const out = await postcss([tailwind({ optimize: { minify: true } })]).process(await fs.promises.readFile(from, "utf8"), { from });
  return out.css;
}
