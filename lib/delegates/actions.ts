"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { csvImportSchema } from "@/lib/csv/schema";
import { importDelegates } from "./csv";
import { createDelegate, deleteDelegate, updateDelegate } from "./mutations";
import { delegateCreateSchema, delegateDeleteSchema, delegateUpdateSchema } from "./schema";

const refresh = (visitId: string) => revalidatePath(`/visits/${visitId}`, "layout");

export const createDelegateAction = staffAction({ role: "EDITOR", schema: delegateCreateSchema }, async (input, { staff }) => {
  const r = await createDelegate(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const updateDelegateAction = staffAction({ role: "EDITOR", schema: delegateUpdateSchema }, async (input, { staff }) => {
  const r = await updateDelegate(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const deleteDelegateAction = staffAction({ role: "EDITOR", schema: delegateDeleteSchema }, async (input, { staff }) => {
  const r = await deleteDelegate(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const importDelegatesAction = staffAction(
  { role: "EDITOR", schema: csvImportSchema, checksOwnText: ["csv"] },
  async (input, { staff }) => {
    const r = await importDelegates(input.visitId, input.csv, staff.id);
    refresh(input.visitId);
    return r;
  },
);
