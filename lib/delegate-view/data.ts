import { db } from "@/lib/db";
import { hashToken, looksLikeToken } from "@/lib/delegate-links/tokens";
import { saveSeenSlots } from "@/lib/delegate-links/mutations";
import type { Publication } from "@/lib/schedule/types";
import { programmeView, type DelegatePageData } from "./programme-view";
import { publishedSnapshot } from "./snapshots";

// Reads for the delegate's own pages. The token is the only credential: a wrong, malformed
// or revoked token gives null (the route answers 404). Only the published snapshot is read.

export type DelegateLink = { delegateId: string; language: "en" | "de"; seenSlots: unknown; publication: Publication | null };

type LinkRow = {
  id: string;
  language: "en" | "de";
  seenSlots: unknown;
  publicationId: string | null;
  version: number | null;
  publishedAt: Date | null;
  publishedBy: string | null;
};

/**
 * One indexed lookup per request: the delegate by the token's hash, with the id of their
 * visit's latest publication. Never cached, so a revoked or re-issued link fails on the very
 * next request on every instance. The snapshot itself comes from the per-process cache.
 */
export async function openDelegateLink(token: string): Promise<DelegateLink | null> {
  if (!looksLikeToken(token)) return null;
  const rows = await db().$queryRaw<LinkRow[]>`
    SELECT d.id, d.language::text AS language, d."seenSlots",
           p.id AS "publicationId", p.version, p."publishedAt", COALESCE(u.name, u.email) AS "publishedBy"
    FROM "Delegate" d
    LEFT JOIN LATERAL (
      SELECT id, version, "publishedAt", "publishedById" FROM "Publication"
      WHERE "visitId" = d."visitId" ORDER BY version DESC LIMIT 1
    ) p ON true
    LEFT JOIN "StaffUser" u ON u.id = p."publishedById"
    WHERE d."linkTokenHash" = ${hashToken(token)}`;
  const d = rows[0];
  if (!d) return null;
  const itinerary = d.publicationId ? await publishedSnapshot(d.publicationId) : null;
  const publication: Publication | null =
    itinerary && d.version != null && d.publishedAt
      ? { version: d.version, publishedAt: new Date(d.publishedAt).toISOString(), publishedBy: d.publishedBy, itinerary }
      : null;
  return { delegateId: d.id, language: d.language, seenSlots: d.seenSlots, publication };
}

/**
 * The delegate's programme as of `now`. With `recordSeen`, remembers what was shown for the
 * next visit's "changed" marks (written only when something differs).
 */
export async function delegatePage(link: DelegateLink, now: Date, { recordSeen }: { recordSeen: boolean }): Promise<DelegatePageData> {
  const { data, seen } = programmeView(link.publication, link.delegateId, link.language, link.seenSlots, now);
  if (recordSeen && seen?.dirty) await saveSeenSlots(link.delegateId, seen.next);
  return data;
}

export type { DelegatePageData };
