import { recordSeen } from "@/lib/delegate-view/data";

// The delegate's page reports here, from their own browser once it is shown, which published
// version they saw (the body is its publication id). Only then do the "changed" marks start
// their day: a link preview or mail scanner that fetches the page changes nothing.
export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const publicationId = (await req.text()).trim();
  const none = { headers: { "Cache-Control": "no-store" } };
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(publicationId)) return new Response(null, { status: 400, ...none });
  const recorded = await recordSeen(token, publicationId, new Date());
  return new Response(null, { status: recorded ? 204 : 404, ...none });
}
