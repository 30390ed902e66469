import { db, type Tx } from "@/lib/db";
import { withSequences } from "@/lib/schedule/changes";
import type { Itinerary } from "@/lib/schedule/types";
import { loadItinerary } from "@/lib/visits/data";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Publishes the current draft as the next version. The caller has checked the role and
 * that no blocking warnings remain. Serialised per visit by the row lock on the visit.
 */
export async function publishVisit(visitId: string, actorId: string | null): Promise<{ version: number }> {
  return db().$transaction(async (tx: Tx) => {
    await tx.$queryRaw`SELECT id FROM "Visit" WHERE id = ${visitId} FOR UPDATE`;
    const draft = await loadItinerary(visitId);
    if (!draft) throw new Error(`no visit ${visitId}`);
    const last = await tx.publication.findFirst({ where: { visitId }, orderBy: { version: "desc" } });
    const previous = (last?.snapshot as unknown as Itinerary | undefined) ?? null;
    const snapshot = withSequences(previous, draft);
    const version = (last?.version ?? 0) + 1;
    await tx.publication.create({
      data: { visitId, version, publishedById: actorId, snapshot: snapshot as unknown as Prisma.InputJsonValue },
    });
    await tx.visit.update({ where: { id: visitId }, data: { status: "PUBLISHED" } });
    return { version };
  });
}
