import type { IncomingMessage, ServerResponse } from "node:http";
import { delegatePageResponse } from "./page-handler";

// The delegate page for scripts/server.mjs, bundled by esbuild into the build folder
// (scripts/build.mjs): GET or HEAD /d/<token>[?lang=..] is answered here, before Next's
// router, which costs more per request than the page itself. Anything else returns false
// and goes to Next.

const PAGE = /^\/d\/([A-Za-z0-9_-]{43})(?:\?([^#]*))?$/;

export function handleDelegatePage(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const m = PAGE.exec(req.url ?? "");
  if (!m) return false;
  const host = req.headers.host;
  const proto = (req.headers["x-forwarded-proto"] as string | undefined)?.split(",")[0]?.trim() || "http";
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
  const lang = m[2] ? new URLSearchParams(m[2]).get("lang") : null;
  delegatePageResponse({ token: m[1], lang, origin: host ? `${proto}://${host}` : null, gzip }).then(
    (r) => {
      res.writeHead(r.status, { ...r.headers, "Content-Length": r.body.length });
      res.end(req.method === "HEAD" ? undefined : r.body);
    },
    (e: unknown) => {
      console.error("delegate page failed:", e);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end("Something went wrong on the server. Please try again in a minute.");
    },
  );
  return true;
}

// For scripts/build.mjs: the page's CSS is compiled once, into the build folder.
export { BUILT_CSS, compileDelegateCss } from "./page-css";
