"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { createVisit, updateVisit } from "./mutations";
import { visitCreateSchema, visitUpdateSchema } from "./schema";

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
