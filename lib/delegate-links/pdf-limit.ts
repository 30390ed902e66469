import { createHash } from "node:crypto";
import { clientAddress } from "@/lib/auth/client-address";
import { countRequest, type Limit } from "@/lib/rate-limit";

// A delegate's PDF is made on demand and costs real CPU: one link, or one address, must not
// be able to keep the server busy (8 connections on one link made 10 PDFs a second and slowed
// every other page). A delegate downloads a handful; a hotel's shared address serves a group.
export const PDF_PER_LINK: Limit = { max: 10, windowSeconds: 60 };
export const PDF_PER_ADDRESS: Limit = { max: 60, windowSeconds: 60 };

export const PDF_TOO_MANY =
  "Too many downloads of this itinerary just now. Wait a minute, then try again; the page itself keeps working. / " +
  "Zu viele Downloads dieses Reiseplans in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es dann erneut; die Seite selbst funktioniert weiter.";

/** null when the download may go ahead, else the 429 response to send. */
export async function pdfRateLimit(req: Request, token: string): Promise<Response | null> {
  // The link's key is a hash: the token itself is a secret and is never stored.
  const link = createHash("sha256").update(token).digest("base64url").slice(0, 32);
  const address = clientAddress(req.headers);
  const byLink = await countRequest(`pdf-link:${link}`, PDF_PER_LINK);
  const verdict = byLink.ok ? await countRequest(`pdf-address:${address}`, PDF_PER_ADDRESS) : byLink;
  if (verdict.ok) return null;
  return new Response(PDF_TOO_MANY, {
    status: 429,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": String(verdict.retryAfterSeconds) },
  });
}
