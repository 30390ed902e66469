// npm start: the production server. A plain Node HTTP server answers the delegates' page
// (GET /d/<token>) itself with the handler bundled by scripts/build.mjs, and hands every
// other request to Next. Next's router costs several milliseconds per request, far more
// than the page; phones on a busy morning should not pay it. Usage:
//   node scripts/server.mjs [-H host] [-p port]      (PORT / HOSTNAME work too)
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";

process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
const arg = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const hostname = arg("-H") ?? process.env.HOSTNAME ?? "127.0.0.1";
const port = Number(arg("-p") ?? process.env.PORT ?? 3000);
const dir = process.cwd();
const dist = process.env.NEXT_DIST_DIR || ".next";

const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

let fast = null;
try {
  ({ handleDelegatePage: fast } = await import(pathToFileURL(path.join(dir, dist, "itinera/delegate-page.mjs")).href));
} catch (e) {
  console.warn(`The delegate page's fast path is missing (${e.code ?? e.message}); Next serves it. Run npm run build.`);
}

const server = http.createServer((req, res) => {
  // The client's address for throttles and rate limits (lib/auth/client-address.ts): the TCP
  // peer, overwriting anything a client sent under this name.
  req.headers["x-itinera-peer"] = req.socket.remoteAddress ?? "";
  if (fast && fast(req, res)) return;
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Itinera ready on http://${hostname}:${port}${fast ? "" : " (without the delegate page's fast path)"}`));

const stop = () => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
