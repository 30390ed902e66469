"use server";

import { refresh, revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { createSlot, deleteSlot, moveSlot, updateSlot } from "./mutations";
import { AppError } from "@/lib/errors";
import { slotForEdit } from "./data";
import { createSlotSchema, deleteSlotSchema, moveSlotSchema, slotIdSchema, undoSchema, updateSlotSchema } from "./schema";
import { undoEntries } from "./undo";

// Server actions for the schedule editor: staffAction checks the session and the editor role
// and parses with the form's schema; the mutation does the rest in one transaction.

// Every page of the visit shows the draft (schedule, conflicts, publish, history); the open
// page re-renders in the same round trip.
function refreshVisit(visitId: string) {
  revalidatePath(`/visits/${visitId}`, "layout");
  refresh();
}

export const createSlotAction = staffAction({ role: "EDITOR", schema: createSlotSchema }, async (input, { staff }) => {
  const r = await createSlot(staff, input);
  refreshVisit(r.visitId);
  return r;
});

export const updateSlotAction = staffAction({ role: "EDITOR", schema: updateSlotSchema }, async (input, { staff }) => {
  const r = await updateSlot(staff, input);
  refreshVisit(r.visitId);
  return r;
});

export const deleteSlotAction = staffAction({ role: "EDITOR", schema: deleteSlotSchema }, async (input, { staff }) => {
  const r = await deleteSlot(staff, input);
  refreshVisit(r.visitId);
  return r;
});

export const moveSlotAction = staffAction({ role: "EDITOR", schema: moveSlotSchema }, async (input, { staff }) => {
  const r = await moveSlot(staff, input);
  refreshVisit(r.visitId);
  return r;
});

/** The slot's current values for the one edit dialog, read when it opens. */
export const loadSlotAction = staffAction({ role: "EDITOR", schema: slotIdSchema }, async ({ slotId }) => {
  const r = await slotForEdit(slotId);
  if (!r) throw new AppError("NOT_FOUND");
  return r;
});

/** Takes back the changes recorded in these audit entries (from the toast or from History). */
export const undoAction = staffAction({ role: "EDITOR", schema: undoSchema }, async ({ entryIds }, { staff }) => {
  const r = await undoEntries(staff, entryIds);
  refreshVisit(r.visitId);
  return r;
});
