import { db } from "@/lib/db";
import { hashToken, looksLikeToken } from "@/lib/delegate-links/tokens";
import { saveSeenSlots } from "@/lib/delegate-links/mutations";
import { latestPublication } from "@/lib/publications/data";
import { slotFingerprint } from "@/lib/schedule/changes";
import type { Publication } from "@/lib/schedule/types";
import { delegateProgramme, type DelegateProgramme } from "./model";
import { updateSeen } from "./seen";

// Reads for the delegate's own pages. The token is the only credential: a wrong, malformed
// or revoked token gives null (the route answers 404). Only the published snapshot is read.

export type DelegateLink = { delegateId: string; language: "en" | "de"; seenSlots: unknown; publication: Publication | null };

export async function openDelegateLink(token: string): Promise<DelegateLink | null> {
  if (!looksLikeToken(token)) return null;
  const d = await db().delegate.findUnique({
    where: { linkTokenHash: hashToken(token) },
    select: { id: true, visitId: true, language: true, seenSlots: true },
  });
  if (!d) return null;
  return { delegateId: d.id, language: d.language, seenSlots: d.seenSlots, publication: await latestPublication(d.visitId) };
}

export type DelegatePageData =
  | { status: "unpublished"; language: "en" | "de" }
  | { status: "ok"; language: "en" | "de"; programme: DelegateProgramme; version: number; publishedAt: string };

/**
 * The delegate's programme as of `now`. With `recordSeen`, remembers what was shown for the
 * next visit's "changed" marks (written only when something differs).
 */
export async function delegatePage(link: DelegateLink, now: Date, { recordSeen }: { recordSeen: boolean }): Promise<DelegatePageData> {
  const pub = link.publication;
  const it = pub?.itinerary;
  if (!pub || !it || !it.delegates.some((d) => d.id === link.delegateId)) return { status: "unpublished", language: link.language };
  const mine = it.slots.filter((s) => s.attendees.some((a) => a.kind === "delegate" && a.personId === link.delegateId));
  const fingerprints = Object.fromEntries(mine.map((s) => [s.id, slotFingerprint(s, it)]));
  const seen = updateSeen(link.seenSlots, fingerprints, now);
  if (recordSeen && seen.dirty) await saveSeenSlots(link.delegateId, seen.next);
  const programme = delegateProgramme(it, link.delegateId, now, seen.changed)!;
  return { status: "ok", language: link.language, programme, version: pub.version, publishedAt: pub.publishedAt };
}
