import path from "node:path";

// The delegates' service worker, bundled from lib/delegate-view/sw.ts (Serwist) by esbuild
// once, when `next build` prerenders this static route. Served at /d/sw.js so its default
// scope is /d/: it can never control a staff page.
export const dynamic = "force-static";

export async function GET() {
  const { build } = await import("esbuild");
  const out = await build({
    entryPoints: [path.join(process.cwd(), "lib/delegate-view/sw.ts")],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  return new Response(out.outputFiles[0].text, {
    headers: { "Content-Type": "application/javascript; charset=utf-8", "Cache-Control": "no-cache" },
  });
}
