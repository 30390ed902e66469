import { hashToken, looksLikeToken } from "@/lib/delegate-links/token-format";
import type { Publication } from "@/lib/schedule/types";
import { findLink, publicationOf, readSeen, saveSeen } from "./page-store";
import { programmeView, type DelegatePageData } from "./programme-view";

// Reads for the delegate's calendar feed and manifest (and the programme as data). The token
// is the only credential: a wrong, malformed or revoked token gives null (the route answers
// 404). Only the published snapshot is read. The page itself is page-handler.ts, on the same
// reads (page-store.ts).

export type DelegateLink = { delegateId: string; language: "en" | "de"; seenSlots: unknown; seenHash: string; publication: Publication | null };

/** The delegate a token opens, with their visit's latest publication; checked in the database now. */
export async function openDelegateLink(token: string): Promise<DelegateLink | null> {
  if (!looksLikeToken(token)) return null;
  const link = await findLink(hashToken(token));
  if (!link) return null;
  const [publication, seen] = await Promise.all([publicationOf(link), readSeen(link.delegateId)]);
  if (!seen) return null; // deleted between the two reads
  return { delegateId: link.delegateId, language: link.language, seenSlots: seen.seenSlots, seenHash: seen.seenHash, publication };
}

/**
 * The delegate's programme as of `now`. With `recordSeen`, remembers what was shown for the
 * next visit's "changed" marks (written only when something differs).
 */
export async function delegatePage(link: DelegateLink, now: Date, { recordSeen }: { recordSeen: boolean }): Promise<DelegatePageData> {
  const { data, seen } = programmeView(link.publication, link.delegateId, link.language, link.seenSlots, now);
  if (recordSeen && seen?.dirty) await saveSeen(link.delegateId, link.seenHash, seen.next);
  return data;
}

export type { DelegatePageData };
