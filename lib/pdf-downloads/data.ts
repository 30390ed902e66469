import { db } from "@/lib/db";
import type { Logo } from "@/lib/export/pdf/logo";
import { currentLinkTokens } from "@/lib/delegate-links/tokens";
import { delegateUrl, publicBaseUrl } from "@/lib/delegate-links/urls";

// Reads the PDF downloads need beside the published snapshot. The caller checks access first.

/** The visit's logo for the PDFs, or null. */
export async function visitLogo(visitId: string): Promise<Logo | null> {
  const v = await db().visit.findUnique({ where: { id: visitId }, select: { logo: true, logoType: true } });
  if (!v?.logo || (v.logoType !== "image/png" && v.logoType !== "image/svg+xml")) return null;
  return { bytes: new Uint8Array(v.logo), type: v.logoType };
}

/** Each delegate's current live URL (id -> URL); delegates without a working link are left out. */
export async function liveUrls(delegateIds: string[], requestOrigin: string | null): Promise<Map<string, string>> {
  const base = publicBaseUrl(requestOrigin);
  const tokens = await currentLinkTokens(delegateIds);
  return new Map([...tokens].map(([id, token]) => [id, delegateUrl(token, base)]));
}
