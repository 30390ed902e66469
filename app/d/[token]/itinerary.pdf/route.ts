import { delegateItineraryResponse } from "@/lib/pdf-downloads/handlers";
import { pdfRateLimit } from "@/lib/delegate-links/pdf-limit";

// A delegate's own itinerary, from their private link: lib/pdf-downloads/handlers.ts, after the
// per-link and per-address limit (lib/delegate-links/pdf-limit.ts).
export const dynamic = "force-dynamic";

type Context = Parameters<typeof delegateItineraryResponse>[1];

export async function GET(req: Request, ctx: Context): Promise<Response> {
  const { token } = await ctx.params;
  return (await pdfRateLimit(req, token)) ?? delegateItineraryResponse(req, ctx);
}
