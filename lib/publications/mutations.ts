import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { withSequences } from "@/lib/schedule/changes";
import { findConflicts } from "@/lib/schedule/conflicts";
import { publicItinerary } from "@/lib/schedule/protocol";
import type { Itinerary } from "@/lib/schedule/types";
import { loadItinerary } from "@/lib/visits/data";
import type { EnqueueResult } from "@/lib/outbox/enqueue";
import type { Prisma } from "@/lib/generated/prisma/client";
import { draftKey, sameContent, slotKeys } from "./fingerprint";
import type { PublishRequest } from "./schema";

/**
 * Publishes the current draft as the next version (used by the seed; staff publish through
 * publishDraft). Serialised per visit by the row lock on the visit.
 */
export async function publishVisit(visitId: string, actorId: string | null): Promise<{ version: number }> {
  return db().$transaction(
    async (tx: Tx) => {
      await lockVisit(tx, visitId);
      const draft = await loadItinerary(visitId);
      if (!draft) throw new Error(`no visit ${visitId}`);
      return writePublication(tx, draft, actorId);
    },
    { timeout: PUBLISH_TIMEOUT_MS },
  );
}

/**
 * What the Publish button does: refuses while a blocking clash remains, when the draft
 * changed after the review page was drawn, or when it is the published version again; then
 * writes the version, its audit entry and the e-mails to send in one transaction (the
 * outbox worker sends them later: publishing never waits for the mail server).
 */
export async function publishDraft(actor: { id: string }, request: PublishRequest): Promise<{ version: number; mail: EnqueueResult }> {
  const input = { ...request, notify: request.notify ?? "changed" };
  // Loaded here, not at the top: publishVisit (seed, scripts, tests) needs no mail code.
  const [{ boss }, { enqueue }, { publishMessages }] = await Promise.all([
    import("@/lib/outbox/boss"),
    import("@/lib/outbox/enqueue"),
    import("@/lib/outbox/publish"),
  ]);
  if (input.notify !== "nobody") await boss(); // the queue's tables exist before the transaction
  return db().$transaction(
    async (tx: Tx) => {
      await lockVisit(tx, input.visitId);
      const draft = await loadItinerary(input.visitId);
      if (!draft) throw new AppError("NOT_FOUND");
      const blocking = findConflicts(draft).filter((w) => w.severity === "blocking");
      if (blocking.length) {
        throw new AppError(
          "BLOCKED",
          `Not published: ${blocking.length === 1 ? "1 blocking clash remains" : `${blocking.length} blocking clashes remain`}. Fix ${blocking.length === 1 ? "it" : "them"} on the schedule first.`,
        );
      }
      if (draftKey(draft) !== input.draftKey) {
        throw new AppError(
          "STALE",
          "Not published: the draft changed while you were reviewing it. The page now shows the latest changes; check them and publish again.",
        );
      }
      const published = await writePublication(tx, draft, actor.id, true);
      await recordAudit(tx, {
        visitId: input.visitId,
        actorId: actor.id,
        action: "publish",
        entity: "Publication",
        entityId: published.id,
        after: { version: published.version, slots: draft.slots.length, notify: input.notify },
      });
      const mail = await enqueue(tx, publishMessages(input.notify, published.previous, published.snapshot, published.version));
      return { version: published.version, mail };
    },
    { timeout: PUBLISH_TIMEOUT_MS },
  );
}

/** A summit-sized visit (2,000 slots) takes seconds to check and snapshot on a busy machine; Prisma's 5 s default is too tight. */
const PUBLISH_TIMEOUT_MS = 30_000;

async function lockVisit(tx: Tx, visitId: string) {
  await tx.$queryRaw`SELECT id FROM "Visit" WHERE id = ${visitId} FOR UPDATE`;
}

async function writePublication(tx: Tx, draft: Itinerary, actorId: string | null, refuseUnchanged = false) {
  const visitId = draft.visit.id;
  const last = await tx.publication.findFirst({ where: { visitId }, orderBy: { version: "desc" } });
  const previous = (last?.snapshot as unknown as Itinerary | undefined) ?? null;
  const shown = publicItinerary(draft);
  if (refuseUnchanged && last && previous && sameContent(previous, shown)) {
    throw new AppError("BLOCKED", `Nothing has changed since version ${last.version}: there is nothing to publish.`);
  }
  const snapshot = withSequences(previous, shown);
  const version = (last?.version ?? 0) + 1;
  const p = await tx.publication.create({
    data: {
      visitId,
      version,
      publishedById: actorId,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      slotKeys: slotKeys(snapshot),
    },
  });
  return { id: p.id, version, snapshot, previous: last && previous ? { version: last.version, itinerary: previous } : null };
}
