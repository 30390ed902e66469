import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { withSequences } from "@/lib/schedule/changes";
import { findConflicts } from "@/lib/schedule/conflicts";
import type { Itinerary } from "@/lib/schedule/types";
import { loadItinerary } from "@/lib/visits/data";
import type { Prisma } from "@/lib/generated/prisma/client";
import { draftKey } from "./fingerprint";
import type { PublishInput } from "./schema";

/**
 * Publishes the current draft as the next version (used by the seed; staff publish through
 * publishDraft). Serialised per visit by the row lock on the visit.
 */
export async function publishVisit(visitId: string, actorId: string | null): Promise<{ version: number }> {
  return db().$transaction(async (tx: Tx) => {
    await lockVisit(tx, visitId);
    const draft = await loadItinerary(visitId);
    if (!draft) throw new Error(`no visit ${visitId}`);
    return writePublication(tx, draft, actorId);
  });
}

/**
 * What the Publish button does: refuses while a blocking clash remains or when the draft
 * changed after the review page was drawn, then writes the version and its audit entry
 * in one transaction.
 */
export async function publishDraft(actor: { id: string }, input: PublishInput): Promise<{ version: number }> {
  return db().$transaction(async (tx: Tx) => {
    await lockVisit(tx, input.visitId);
    const draft = await loadItinerary(input.visitId);
    if (!draft) throw new AppError("NOT_FOUND");
    const blocking = findConflicts(draft).filter((w) => w.severity === "blocking");
    if (blocking.length) {
      throw new AppError("BLOCKED", `Not published: ${blocking.length === 1 ? "1 blocking clash remains" : `${blocking.length} blocking clashes remain`}. Fix ${blocking.length === 1 ? "it" : "them"} on the schedule first.`);
    }
    if (draftKey(draft) !== input.draftKey) {
      throw new AppError("STALE", "Not published: the draft changed while you were reviewing it. The page now shows the latest changes; check them and publish again.");
    }
    const published = await writePublication(tx, draft, actor.id);
    await recordAudit(tx, {
      visitId: input.visitId, actorId: actor.id, action: "publish", entity: "Publication", entityId: published.id,
      after: { version: published.version, slots: draft.slots.length },
    });
    return { version: published.version };
  });
}

async function lockVisit(tx: Tx, visitId: string) {
  await tx.$queryRaw`SELECT id FROM "Visit" WHERE id = ${visitId} FOR UPDATE`;
}

async function writePublication(tx: Tx, draft: Itinerary, actorId: string | null) {
  const visitId = draft.visit.id;
  const last = await tx.publication.findFirst({ where: { visitId }, orderBy: { version: "desc" } });
  const previous = (last?.snapshot as unknown as Itinerary | undefined) ?? null;
  const snapshot = withSequences(previous, draft);
  const version = (last?.version ?? 0) + 1;
  const p = await tx.publication.create({
    data: { visitId, version, publishedById: actorId, snapshot: snapshot as unknown as Prisma.InputJsonValue },
  });
  return { id: p.id, version };
}
