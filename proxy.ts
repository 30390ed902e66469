import { NextResponse, type NextRequest } from "next/server";
import { PERMISSIONS_POLICY, contentSecurityPolicy } from "@/lib/csp";

// Security headers for every page but the delegates' own (/d/…, which sets its own policy):
// a strict CSP with a nonce made for this request, and a Permissions-Policy. Auth is not
// checked here: pages, actions and route handlers check it where they read or write.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("permissions-policy", PERMISSIONS_POLICY);
  return response;
}

export const config = {
  matcher: [
    {
      // Not /visits/import either: a visit file (up to 64 MB of JSON) would be cut at the
      // proxy's 10 MB body buffer, and the route answers JSON that needs no page policy.
      source: "/((?!d/|api/|visits/import|_next/static|_next/image|favicon.ico).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
  ],
};
