// The client's network address, for throttles and rate limits.
//
// - Behind a reverse proxy (TRUSTED_PROXY=<number of proxies in front of the app>, usually 1):
//   the address the outermost trusted proxy saw, read from the right of X-Forwarded-For.
//   Entries further left were written by the client itself and can say anything.
// - Otherwise: the TCP peer, which scripts/server.mjs (npm start) writes into PEER_HEADER,
//   overwriting whatever a client sent under that name. X-Forwarded-For is ignored.
// - `next dev` has no such header: every request counts as "unknown".

export const PEER_HEADER = "x-itinera-peer";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function read(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
}

export function trustedProxyHops(value = process.env.TRUSTED_PROXY): number {
  if (!value) return 0;
  if (value === "true") return 1;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export function clientAddress(headers: HeaderBag, hops = trustedProxyHops()): string {
  if (hops > 0) {
    const chain = (read(headers, "x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
    const seen = chain[chain.length - hops];
    if (seen) return seen.slice(0, 64);
  }
  return (read(headers, PEER_HEADER) ?? "").trim().slice(0, 64) || "unknown";
}
