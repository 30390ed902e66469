import { delegatePageResponse } from "@/lib/delegate-view/page-handler";

// The delegate's phone page. In production scripts/server.mjs answers /d/<token> itself,
// before Next's router, with this same handler; this route serves it under `next dev` or
// a plain `next start`. Plain HTML with inline CSS: no React runtime goes to the phone.
export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const url = new URL(req.url);
  // Next compresses the response itself.
  const r = await delegatePageResponse({ token, lang: url.searchParams.get("lang"), origin: url.origin, gzip: false });
  return new Response(new Uint8Array(r.body), { status: r.status, headers: r.headers });
}
