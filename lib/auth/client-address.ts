// The client's network address, for the sign-in throttle and the PDF rate limit.
//
// `next start` puts the TCP peer's address in X-Forwarded-For, but only when the request has
// no such header: a client talking to Next directly can write its own. So:
// - Behind reverse proxies (TRUSTED_PROXY=<how many proxies>, usually 1): the address the
//   outermost trusted proxy saw, counted from the right of X-Forwarded-For. Entries further
//   left were written by the client and can say anything. This is the deployment to use.
// - Without TRUSTED_PROXY: the header's first entry, which is the peer's address unless the
//   client sent the header itself. The sign-in throttle therefore also keeps a per-account
//   counter across all addresses (lib/auth/throttle.ts) that such a client cannot dodge.
// docs/security.md says how to set it.

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
  const chain = (read(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const address = hops > 0 ? chain[chain.length - hops] : chain[0];
  return address ? address.slice(0, 64) : "unknown";
}
