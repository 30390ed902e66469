"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { createVisit, deleteVisit, setVisitArchived, updateVisit } from "./mutations";
import { visitArchiveSchema, visitCreateSchema, visitDeleteSchema, visitUpdateSchema } from "./schema";

export const createVisitAction = staffAction({ role: "EDITOR", schema: visitCreateSchema }, async (input, { staff }) => {
  const created = await createVisit(input, staff.id);
  revalidatePath("/");
  return created;
});

export const updateVisitAction = staffAction({ role: "EDITOR", schema: visitUpdateSchema }, async (input, { staff }) => {
  const saved = await updateVisit(input, staff.id);
  revalidatePath(`/visits/${input.id}`, "layout");
  return saved;
});

/** Admins only: a whole visit is more than an editor's day-to-day change. */
export const deleteVisitAction = staffAction({ role: "ADMIN", schema: visitDeleteSchema }, async (input, { staff }) => {
  const deleted = await deleteVisit(input, staff.id);
  revalidatePath("/");
  return deleted;
});

export const archiveVisitAction = staffAction({ role: "EDITOR", schema: visitArchiveSchema }, async (input, { staff }) => {
  const r = await setVisitArchived(input, staff.id);
  revalidatePath("/");
  revalidatePath(`/visits/${input.visitId}`, "layout");
  return r;
});
