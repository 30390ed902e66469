import type { Tx } from "@/lib/db";
import { AppError, userMessage } from "@/lib/errors";
import { giftRows, slotProtocolColumns } from "./rows";
import type { SlotProtocolOutput } from "./schema";
import type { SlotProtocol } from "@/lib/schedule/protocol-types";

// A slot's protocol is written with the slot, in the same transaction (lib/slots/mutations.ts).

/** The interpreter, when a host contact, must belong to the slot's visit. */
export async function checkProtocolReferences(tx: Tx, visitId: string, p: Pick<SlotProtocolOutput, "interpreting"> | undefined) {
  const contactId = p?.interpreting.contactId;
  if (!contactId) return;
  if (!(await tx.hostContact.count({ where: { id: contactId, organisation: { visitId } } }))) {
    throw new AppError("INVALID_INPUT", userMessage("INVALID_INPUT"), {
      fieldErrors: { "protocol.interpreting.contactId": ["This person is no longer part of the visit. Choose again."] },
    });
  }
}

/** Sets the protocol columns and replaces the slot's gifts; no-op when the form sent none. */
export async function writeSlotProtocol(tx: Tx, visitId: string, slotId: string, p: SlotProtocolOutput | undefined) {
  if (!p) return;
  await tx.timeSlot.update({ where: { id: slotId }, data: slotProtocolColumns(p) });
  await tx.gift.deleteMany({ where: { slotId } });
  if (p.gifts.length) await tx.gift.createMany({ data: giftRows(visitId, slotId, p.gifts) });
}

/**
 * Puts a slot's protocol back as an audit record kept it (undo): the columns, and the gifts
 * with their own ids, so the register and the history name the same gifts as before.
 */
export async function restoreSlotProtocol(tx: Tx, visitId: string, slotId: string, p: SlotProtocol) {
  await tx.timeSlot.update({ where: { id: slotId }, data: slotProtocolColumns(p) });
  await tx.gift.deleteMany({ where: { slotId } });
  if (p.gifts.length) {
    const rows = giftRows(visitId, slotId, p.gifts);
    await tx.gift.createMany({ data: rows.map((g, n) => ({ ...g, id: p.gifts[n].id })) });
  }
}

/** The transport legs that start or end at a slot: a deletion's audit entry keeps them for undo. */
export type LegEnds = { id: string; from: boolean; to: boolean }[];

export async function legEndsAt(tx: Tx, slotId: string): Promise<LegEnds> {
  const legs = await tx.transportLeg.findMany({
    where: { OR: [{ fromSlotId: slotId }, { toSlotId: slotId }] },
    select: { id: true, fromSlotId: true, toSlotId: true },
  });
  return legs.map((l) => ({ id: l.id, from: l.fromSlotId === slotId, to: l.toSlotId === slotId }));
}

/**
 * Ties the legs back to a slot brought back by undo, where the deletion left them without one
 * (a leg since pointed elsewhere, or deleted, is left as it is).
 */
export async function reattachLegs(tx: Tx, slotId: string, ends: LegEnds) {
  for (const e of ends) {
    if (e.from) {
      await tx.transportLeg.updateMany({
        where: { id: e.id, fromKind: "SLOT", fromSlotId: null },
        data: { fromSlotId: slotId, version: { increment: 1 } },
      });
    }
    if (e.to) {
      await tx.transportLeg.updateMany({
        where: { id: e.id, toKind: "SLOT", toSlotId: null },
        data: { toSlotId: slotId, version: { increment: 1 } },
      });
    }
  }
}
