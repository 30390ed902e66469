import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashToken, looksLikeToken } from "@/lib/delegate-links/token-format";
import type { Itinerary, Publication } from "@/lib/schedule/types";
import { staticProgramme } from "./model";
import { programmeView, type DelegatePageData } from "./programme-view";
import { updateSeen } from "./seen";
import { changeLines, type SlotChangeLines } from "./change-lines";
import { cachedSnapshot } from "./snapshot-cache";

// The delegate's routes read through here (page, calendar, manifest, "seen" report). The token
// is the only credential and is checked in the database on every request: a wrong, malformed
// or revoked token gives null. Only the published snapshot is read; it is cached in memory by
// its publication id, which never changes once written.

// One read per request: the delegate by token hash, joined to the latest publication of their
// visit, in SQL rather than Prisma's query API on purpose: Prisma 6's client engine compiles every
// typed query to SQL in WebAssembly on the main thread (about 0.9 ms of CPU each; plan caching
// came in Prisma 7.4, which cannot run here), and this query runs on every page view, calendar
// poll and "seen" report. The row type below is checked against the schema by
// tests/db/delegate-view.test.ts, which runs it on the migrated database (decision 025).
type LinkRow = {
  id: string;
  visitId: string;
  language: "en" | "de";
  seenSlots: unknown;
  publicationId: string | null;
  version: number | null;
  publishedAt: Date | null;
};

export type PublishedCopy = Publication & { id: string };
export type DelegateLink = {
  delegateId: string;
  visitId: string;
  language: "en" | "de";
  seenSlots: unknown;
  publication: PublishedCopy | null;
};

/** The delegate a token opens, with their visit's latest publication (then its cached snapshot). */
export async function openDelegateLink(token: string): Promise<DelegateLink | null> {
  if (!looksLikeToken(token)) return null;
  const [d] = await db().$queryRaw<LinkRow[]>`
    SELECT d."id", d."visitId", d."language"::text AS "language", d."seenSlots",
           p."id" AS "publicationId", p."version", p."publishedAt"
      FROM "Delegate" d
      LEFT JOIN LATERAL (
        SELECT "id", "version", "publishedAt" FROM "Publication"
         WHERE "visitId" = d."visitId" ORDER BY "version" DESC LIMIT 1
      ) p ON true
     WHERE d."linkTokenHash" = ${hashToken(token)}`;
  if (!d) return null;
  const itinerary = d.publicationId ? await snapshot(d.publicationId) : null;
  // The page names no publisher: publishedBy stays null here.
  const publication =
    d.publicationId && itinerary && d.version !== null && d.publishedAt
      ? { id: d.publicationId, version: d.version, publishedAt: d.publishedAt.toISOString(), publishedBy: null, itinerary }
      : null;
  return { delegateId: d.id, visitId: d.visitId, language: d.language, seenSlots: d.seenSlots, publication };
}

function snapshot(publicationId: string): Promise<Itinerary | null> {
  return cachedSnapshot(
    publicationId,
    async (id) => (await db().publication.findUnique({ where: { id }, select: { snapshot: true } }))?.snapshot ?? null,
  );
}

/**
 * The delegate's programme as of `now`, with the "changed" marks against what they last
 * reported seeing, and per marked slot the publication it changed from (when known). Writes nothing.
 */
export function delegatePage(
  link: DelegateLink,
  now: Date,
): DelegatePageData & { publicationId: string | null; changedFrom: Record<string, string> } {
  const { data, seen } = programmeView(link.publication, link.delegateId, link.language, link.seenSlots, now);
  return { ...data, publicationId: link.publication?.id ?? null, changedFrom: seen?.changedFrom ?? {} };
}

/**
 * What changed in each marked slot, before → after, in `language`: loads each "before"
 * publication (of this visit only; cached by its id) and diffs it with the one shown. Reads only.
 */
export async function delegateChangeLines(
  link: DelegateLink,
  changedFrom: Record<string, string>,
  language: "en" | "de",
): Promise<SlotChangeLines> {
  const after = link.publication?.itinerary;
  const ids = [...new Set(Object.values(changedFrom))].filter((id) => id !== link.publication?.id);
  if (!after || ids.length === 0) return {};
  const own = await db().publication.findMany({ where: { id: { in: ids }, visitId: link.visitId }, select: { id: true } });
  const before = new Map<string, Itinerary>();
  for (const { id } of own) {
    const it = await snapshot(id);
    if (it) before.set(id, it);
  }
  return changeLines({ after, before, changedFrom, delegateId: link.delegateId, language });
}

/**
 * Records that the delegate's own browser showed them publication `publicationId` (the page
 * reports it once shown): from now on its changes are "seen", and each stays marked for a day.
 * Only a publication of the link's own visit counts. Returns false when nothing was recorded.
 */
export async function recordSeen(token: string, publicationId: string, now: Date): Promise<boolean> {
  const link = await openDelegateLink(token);
  if (!link?.publication) return false;
  let itinerary = link.publication.id === publicationId ? link.publication.itinerary : null;
  if (!itinerary) {
    // The page was rendered from an earlier publication (a newer one came out meanwhile).
    const p = await db().publication.findFirst({ where: { id: publicationId, visitId: link.visitId }, select: { id: true } });
    itinerary = p ? await snapshot(p.id) : null;
  }
  const shown = itinerary && staticProgramme(itinerary, link.delegateId);
  if (!shown) return false;
  const seen = updateSeen(link.seenSlots, shown.fingerprints, now, shown.labels, publicationId);
  if (seen.dirty)
    await db().delegate.update({ where: { id: link.delegateId }, data: { seenSlots: seen.next as unknown as Prisma.InputJsonValue } });
  return true;
}

export type VisitContact = { name: string; phone: string; email: string };

/**
 * Whom to ask, for a token that opened a programme once and was revoked or replaced: the
 * visit's contact, else whoever last published it. Null for any other token (the caller shows
 * the same neutral page as for a token never issued).
 */
export async function revokedLinkContact(token: string): Promise<VisitContact | null> {
  if (!looksLikeToken(token)) return null;
  const r = await db().revokedLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      visit: {
        select: {
          contactName: true,
          contactPhone: true,
          contactEmail: true,
          publications: { orderBy: { version: "desc" }, take: 1, select: { publishedBy: { select: { name: true, email: true } } } },
        },
      },
    },
  });
  if (!r) return null;
  const v = r.visit;
  if (v.contactName || v.contactPhone || v.contactEmail) return { name: v.contactName, phone: v.contactPhone, email: v.contactEmail };
  const staff = v.publications[0]?.publishedBy;
  return staff ? { name: staff.name, phone: "", email: staff.email } : null;
}

export type { DelegatePageData };
